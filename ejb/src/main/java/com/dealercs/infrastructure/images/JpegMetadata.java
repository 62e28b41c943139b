package com.dealercs.infrastructure.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegConstants;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegUtils;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * A JPEG's metadata, read and removed with Commons Imaging's segment parser, without touching the
 * compressed image. What is kept is what a decoder needs to show the same picture: the JFIF header
 * (APP0), the colour profile (APP2 ICC_PROFILE), Adobe's colour transform flag (APP14), and every
 * table, frame and scan. Everything else goes: EXIF (APP1, with the GPS position, the device, the
 * time and an embedded preview), XMP (APP1), IPTC (APP13), other APPn segments and comments (COM).
 */
final class JpegMetadata {

    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JFXX = "JFXX\0".getBytes(StandardCharsets.US_ASCII);

    private JpegMetadata() {
    }

    /** The EXIF orientation (1–8), 1 when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            if (metadata instanceof JpegImageMetadata exif) {
                TiffField field = exif.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int orientation = field.getIntValue();
                    return orientation >= 1 && orientation <= 8 ? orientation : 1;
                }
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * The JPEG with only the segments a decoder needs, the compressed data as it was; empty when
     * its segments cannot be read to the end or something follows the image's end (a second
     * picture, as phones append, may carry metadata of its own): then the caller encodes it anew.
     */
    static Optional<byte[]> strip(byte[] jpeg) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(jpeg.length);
        kept.write(0xFF);
        kept.write(0xD8);
        boolean[] complete = {false};
        try {
            new JpegUtils().traverseJfif(ByteSource.array(jpeg), new JpegUtils.Visitor() {
                @Override
                public boolean beginSos() {
                    return true;
                }

                @Override
                public boolean visitSegment(int marker, byte[] markerBytes, int length, byte[] lengthBytes,
                                            byte[] data) {
                    if (needed(marker, data)) {
                        kept.writeBytes(markerBytes);
                        kept.writeBytes(lengthBytes);
                        kept.writeBytes(data);
                    }
                    return true;
                }

                @Override
                public void visitSos(int marker, byte[] markerBytes, byte[] imageData) {
                    kept.writeBytes(markerBytes);
                    kept.writeBytes(imageData);
                    int n = imageData.length;
                    complete[0] = n >= 2 && (imageData[n - 2] & 0xFF) == 0xFF && (imageData[n - 1] & 0xFF) == 0xD9
                            && endsOnlyOnce(imageData);
                }
            });
        } catch (ImagingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return complete[0] ? Optional.of(kept.toByteArray()) : Optional.empty();
    }

    private static boolean needed(int marker, byte[] data) {
        if (marker == JpegConstants.JPEG_APP0_MARKER) {
            return startsWith(data, JFIF) || startsWith(data, JFXX);
        }
        if (marker == JpegConstants.JPEG_APP0_MARKER + 2) {
            return startsWith(data, ICC_PROFILE);
        }
        if (marker == JpegConstants.JPEG_APP0_MARKER + 14) {
            return startsWith(data, ADOBE);
        }
        boolean application = marker >= JpegConstants.JPEG_APP0_MARKER && marker <= JpegConstants.JPEG_APP15_MARKER;
        return !application && marker != JpegConstants.COM_MARKER;
    }

    /**
     * Whether the compressed data has no end-of-image marker before its last two bytes: in
     * entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, and the tables
     * between the scans of a progressive JPEG hold no 0xFF 0xD9, so an earlier one means appended data.
     */
    private static boolean endsOnlyOnce(byte[] data) {
        for (int i = 0; i < data.length - 3; i++) {
            if ((data[i] & 0xFF) == 0xFF && (data[i + 1] & 0xFF) == 0xD9) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}

package com.dealercs.infrastructure.images;

import com.dealercs.application.PhotoProcessing;
import com.dealercs.domain.model.facts.PhotoKind;
import com.dealercs.domain.model.facts.PhotoLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos through the JDK's Image I/O (decoding, scaling, encoding) and Apache Commons Imaging
 * (reading JPEG segments and EXIF). A JPEG keeps its compressed data untouched: only its metadata
 * segments go ({@link JpegMetadata}); it is encoded anew only when its EXIF said it was taken turned
 * (the turn is applied to the pixels, since the EXIF that said so goes) or when its segments cannot
 * be sorted out. A PNG keeps its pixel chunks and loses its text and EXIF chunks ({@link PngChunks}).
 * The image kept is then decoded in full: one that the decoder warns about (a truncated JPEG is
 * "decoded" with grey at the bottom, with only a warning) is refused.
 */
@ApplicationScoped
public class ImagePhotoProcessing implements PhotoProcessing {

    private static final Logger LOG = Logger.getLogger(ImagePhotoProcessing.class.getName());
    /** Quality of a JPEG encoded anew: no visible loss for a photo of a showroom. */
    private static final float PHOTO_QUALITY = 0.92f;
    private static final float THUMBNAIL_QUALITY = 0.85f;

    @Override
    public Processed process(PhotoKind kind, byte[] content) throws Refused {
        try {
            return kind == PhotoKind.JPEG ? jpeg(content) : png(content);
        } catch (IOException | RuntimeException e) {
            // a decoder's failure on crafted input is the uploader's problem, not the server's
            LOG.log(Level.FINE, "A " + kind + " photo was refused", e);
            throw new Refused(Reason.UNREADABLE, String.valueOf(e.getMessage()), e);
        }
    }

    private Processed jpeg(byte[] content) throws IOException, Refused {
        int orientation = JpegMetadata.orientation(content);
        byte[] kept = orientation == 1 ? JpegMetadata.strip(content).orElse(null) : null;
        if (kept != null) {
            Decoded decoded = decode(PhotoKind.JPEG, kept, true);
            return new Processed(kept, decoded.size(), encode(PhotoKind.JPEG, thumbnail(decoded), THUMBNAIL_QUALITY));
        }
        // turned, or segments the stripper does not vouch for: the pixels, upright, in a new JPEG
        Decoded decoded = decode(PhotoKind.JPEG, content, false);
        BufferedImage upright = Orientation.upright(decoded.image(), orientation);
        byte[] image = encode(PhotoKind.JPEG, upright, PHOTO_QUALITY);
        PhotoLimits.Size size = new PhotoLimits.Size(upright.getWidth(), upright.getHeight());
        return new Processed(image, size, encode(PhotoKind.JPEG,
                scaled(upright, PhotoLimits.thumbnail(size), false), THUMBNAIL_QUALITY));
    }

    private Processed png(byte[] content) throws IOException, Refused {
        byte[] kept = PngChunks.strip(content);
        Decoded decoded = decode(PhotoKind.PNG, kept, true);
        return new Processed(kept, decoded.size(), encode(PhotoKind.PNG, thumbnail(decoded), 1f));
    }

    /** What a decoder made of an image: its pixels (subsampled when asked) and its full size. */
    private record Decoded(BufferedImage image, PhotoLimits.Size size) {
    }

    /**
     * Decodes every byte of the image; with {@code forThumbnail}, only every n-th pixel is kept
     * (all of the data is still decoded, so damage is still found, in little memory).
     */
    private static Decoded decode(PhotoKind kind, byte[] content, boolean forThumbnail) throws IOException, Refused {
        // in memory: Image I/O would otherwise cache every upload in a temporary file
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader candidate = readers.next();
                if (kind.name().equalsIgnoreCase(candidate.getFormatName())
                        || (kind == PhotoKind.JPEG && "jpg".equalsIgnoreCase(candidate.getFormatName()))) {
                    reader = candidate;
                    break;
                }
            }
            if (reader == null) {
                throw new Refused(Reason.UNREADABLE, "no " + kind + " decoder recognises it", null);
            }
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (PhotoLimits.tooManyPixels(width, height)) {
                    throw new Refused(Reason.TOO_MANY_PIXELS, width + "×" + height, null);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                if (forThumbnail) {
                    int step = Math.max(1, Math.max(width, height) / (2 * PhotoLimits.THUMBNAIL_LONG_SIDE));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new Refused(Reason.UNREADABLE, String.join("; ", warnings), null);
                }
                return new Decoded(image, new PhotoLimits.Size(width, height));
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage thumbnail(Decoded decoded) {
        return scaled(decoded.image(), PhotoLimits.thumbnail(decoded.size()),
                decoded.image().getColorModel().hasAlpha());
    }

    /** The image at the size given, scaled down in halves so that no detail is skipped. */
    static BufferedImage scaled(BufferedImage source, PhotoLimits.Size target, boolean alpha) {
        BufferedImage current = source;
        int width = current.getWidth();
        int height = current.getHeight();
        do {
            width = Math.max(target.width(), width / 2);
            height = Math.max(target.height(), height / 2);
            if (current != source && width == current.getWidth() && height == current.getHeight()) {
                break;
            }
            BufferedImage next = new BufferedImage(width, height,
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != target.width() || height != target.height());
        return current;
    }

    /** The image as plain RGB (a JPEG encoder takes no alpha, and grey or CMYK images become colour). */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Encodes with Image I/O's own writers, which write no EXIF, no text, no time. */
    static byte[] encode(PhotoKind kind, BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(kind == PhotoKind.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (kind == PhotoKind.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(kind == PhotoKind.JPEG ? rgb(image) : image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a " + kind + " in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** EXIF orientations (TIFF tag 274), 1 = upright, as the transform that makes the pixels upright. */
    static final class Orientation {

        private Orientation() {
        }

        static BufferedImage upright(BufferedImage image, int orientation) {
            if (orientation < 2 || orientation > 8) {
                return image;
            }
            int w = image.getWidth();
            int h = image.getHeight();
            boolean swap = orientation >= 5;
            AffineTransform t = new AffineTransform();
            switch (orientation) {
                case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
                case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
                case 4 -> { t.translate(0, h); t.scale(1, -1); }
                case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
                case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
                case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
                default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            }
            BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = upright.createGraphics();
            try {
                g.drawImage(image, t, null);
            } finally {
                g.dispose();
            }
            return upright;
        }
    }
}

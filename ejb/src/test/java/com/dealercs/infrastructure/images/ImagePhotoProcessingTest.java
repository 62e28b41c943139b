package com.dealercs.infrastructure.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.application.PhotoProcessing;
import com.dealercs.domain.model.facts.PhotoKind;
import com.dealercs.domain.model.facts.PhotoLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/**
 * Photos as a supervisor's tablet sends them: with EXIF (the showroom's GPS position, the device),
 * XMP and comments, turned, truncated by a dropped connection, or something else behind the name.
 */
class ImagePhotoProcessingTest {

    private final ImagePhotoProcessing processing = new ImagePhotoProcessing();

    // ------------------------------------------------------------------ JPEG

    @Test
    void aJpegLosesItsExifWithTheGpsPositionItsXmpAndItsCommentButNotAPixel() throws Exception {
        byte[] plain = jpeg(picture(640, 480));
        byte[] tagged = withComment(withXmp(withExif(plain, 1)), "taken at the dealer's");
        assertNotNull(gpsOf(tagged), "the test photo carries a GPS position");
        assertNotNull(Imaging.getXmpXml(tagged));

        PhotoProcessing.Processed processed = processing.process(PhotoKind.JPEG, tagged);

        byte[] kept = processed.image();
        ImageMetadata metadata = Imaging.getMetadata(kept);
        assertTrue(metadata == null || (metadata instanceof JpegImageMetadata jpeg && jpeg.getExif() == null),
                "no EXIF left: " + metadata);
        assertNull(Imaging.getXmpXml(kept), "no XMP left");
        assertFalse(contains(kept, "Exif\0\0"), "no EXIF segment");
        assertFalse(contains(kept, "taken at the dealer's"), "no comment");
        assertFalse(contains(kept, "TestCam"), "no device");
        // lossless: the very same compressed picture as before the tags were added
        assertArrayEquals(plain, kept);
        assertEquals(new PhotoLimits.Size(640, 480), processed.size());
    }

    @Test
    void aJpegWithNothingToRemoveIsKeptByteForByte() throws Exception {
        byte[] plain = jpeg(picture(300, 200));

        assertArrayEquals(plain, processing.process(PhotoKind.JPEG, plain).image());
    }

    @Test
    void aPhotoTakenTurnedIsKeptUprightWithoutItsExif() throws Exception {
        // a landscape sensor image of a portrait scene: EXIF orientation 6 = turn 90° clockwise to show it
        BufferedImage sensor = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sensor.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);       // left half red: after the turn it is the top
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        byte[] turned = withExif(jpeg(sensor), 6);

        PhotoProcessing.Processed processed = processing.process(PhotoKind.JPEG, turned);

        assertEquals(new PhotoLimits.Size(200, 400), processed.size());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(processed.image()));
        assertEquals(200, upright.getWidth());
        assertEquals(400, upright.getHeight());
        assertTrue(reddish(upright.getRGB(100, 50)), "red on top");
        assertFalse(reddish(upright.getRGB(100, 350)), "blue below");
        assertNull(gpsOf(processed.image()));
        ImageMetadata metadata = Imaging.getMetadata(processed.image());
        assertTrue(metadata == null || (metadata instanceof JpegImageMetadata jpeg && jpeg.getExif() == null));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(processed.thumbnail()));
        assertEquals(120, thumbnail.getWidth());
        assertEquals(240, thumbnail.getHeight());
    }

    @Test
    void aJpegThumbnailIsAJpegOf240PixelsOnItsLongSide() throws Exception {
        PhotoProcessing.Processed processed = processing.process(PhotoKind.JPEG, jpeg(picture(1600, 1200)));

        assertEquals(PhotoKind.JPEG, PhotoKind.of(processed.thumbnail()).orElseThrow());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(processed.thumbnail()));
        assertEquals(240, thumbnail.getWidth());
        assertEquals(180, thumbnail.getHeight());
        assertTrue(processed.thumbnail().length < 30_000, "a thumbnail is small: " + processed.thumbnail().length);
    }

    @Test
    void aSmallPhotoIsItsOwnThumbnailsSize() throws Exception {
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(
                processing.process(PhotoKind.JPEG, jpeg(picture(120, 90))).thumbnail()));

        assertEquals(120, thumbnail.getWidth());
        assertEquals(90, thumbnail.getHeight());
    }

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        byte[] whole = jpeg(picture(800, 600));
        byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);

        PhotoProcessing.Refused refused = assertThrows(PhotoProcessing.Refused.class,
                () -> processing.process(PhotoKind.JPEG, truncated));
        assertEquals(PhotoProcessing.Reason.UNREADABLE, refused.reason());
    }

    @Test
    void aJpegSignatureBeforeAnythingElseIsRefused() {
        byte[] fake = new byte[2000];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        Arrays.fill(fake, 3, fake.length, (byte) 'x');

        assertThrows(PhotoProcessing.Refused.class, () -> processing.process(PhotoKind.JPEG, fake));
    }

    // ------------------------------------------------------------------ PNG

    @Test
    void aPngLosesItsTextExifAndTimeChunksAndKeepsItsPixels() throws Exception {
        BufferedImage original = picture(500, 250);
        byte[] plain = png(original);
        byte[] tagged = withChunk(withChunk(withChunk(plain, "tEXt", "Author\0supervisor Wang at 39.909N 116.397E"),
                "eXIf", "MM\0*\0\0\0\bGPS"), "tIME", "\u0007\u00ea\u0001\u0001\u0000\u0000\u0000");
        assertTrue(contains(tagged, "supervisor Wang"));

        PhotoProcessing.Processed processed = processing.process(PhotoKind.PNG, tagged);

        assertFalse(contains(processed.image(), "tEXt"));
        assertFalse(contains(processed.image(), "eXIf"));
        assertFalse(contains(processed.image(), "tIME"));
        assertFalse(contains(processed.image(), "supervisor Wang"));
        assertArrayEquals(plain, processed.image(), "only the added chunks went");
        assertEquals(new PhotoLimits.Size(500, 250), processed.size());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(processed.image()));
        assertEquals(original.getRGB(123, 45), kept.getRGB(123, 45));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(processed.thumbnail()));
        assertEquals(PhotoKind.PNG, PhotoKind.of(processed.thumbnail()).orElseThrow());
        assertEquals(240, thumbnail.getWidth());
        assertEquals(120, thumbnail.getHeight());
    }

    @Test
    void aTruncatedPngIsRefused() throws Exception {
        byte[] whole = png(picture(400, 300));

        assertThrows(PhotoProcessing.Refused.class,
                () -> processing.process(PhotoKind.PNG, Arrays.copyOf(whole, whole.length / 2)));
    }

    @Test
    void aPngOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
        // a header that promises 10,000 × 10,000 pixels: decoding it would take 400 MB
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(10_000).putInt(10_000).put((byte) 8)
                .put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        png.writeBytes(chunk("IEND", new byte[0]));

        PhotoProcessing.Refused refused = assertThrows(PhotoProcessing.Refused.class,
                () -> processing.process(PhotoKind.PNG, png.toByteArray()));
        assertEquals(PhotoProcessing.Reason.TOO_MANY_PIXELS, refused.reason());
    }

    @Test
    void aGifRenamedPngIsRefused() throws Exception {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(picture(50, 50), "gif", gif);
        byte[] disguised = gif.toByteArray();

        assertTrue(PhotoKind.of(disguised).isEmpty(), "a GIF is no photo by its signature");
        // and a GIF behind a PNG signature is no PNG either
        byte[] behindSignature = new byte[disguised.length + 8];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, behindSignature, 0, 8);
        System.arraycopy(disguised, 0, behindSignature, 8, disguised.length);
        assertThrows(PhotoProcessing.Refused.class, () -> processing.process(PhotoKind.PNG, behindSignature));
    }

    // ------------------------------------------------------------------ making test photos

    /** A picture with detail (gradients and stripes), so that its JPEG has real compressed data. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255) / width;
                int g = (y * 255) / height;
                int b = ((x / 8 + y / 8) % 2) * 200;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpeg", out));
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block: a camera, an orientation and the GPS position of a showroom in Beijing. */
    static byte[] withExif(byte[] jpeg, int orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.setGpsInDegrees(116.397, 39.909);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }

    private static byte[] withXmp(byte[] jpeg) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(jpeg, out, "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>");
        return out.toByteArray();
    }

    /** A COM segment right after the start of the image. */
    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The PNG with a chunk added right after IHDR. */
    private static byte[] withChunk(byte[] png, String type, String data) {
        int afterHeader = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk(type, data.getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    private static Object gpsOf(byte[] jpeg) throws IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        if (metadata instanceof JpegImageMetadata exif && exif.getExif() != null) {
            return exif.getExif().getGpsInfo();
        }
        return null;
    }

    private static boolean reddish(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}

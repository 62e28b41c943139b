package com.dealercs.domain.model.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which content is a photo at all, and how much of it a checkpoint keeps. */
class PhotoRulesTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void aJpegAndAPngAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(PhotoKind.JPEG), PhotoKind.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10)));
        assertEquals(Optional.of(PhotoKind.PNG), PhotoKind.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)));
        assertEquals("image/jpeg", PhotoKind.JPEG.contentType());
        assertEquals("image/png", PhotoKind.PNG.contentType());
    }

    @Test
    void textAGifAndOtherImagesAreNoPhotoWhateverTheirName() {
        assertEquals(Optional.empty(), PhotoKind.of("this is photo.jpg, honestly".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PhotoKind.of("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), PhotoKind.of(bytes('B', 'M', 0x36, 0, 0, 0)));      // BMP
        assertEquals(Optional.empty(), PhotoKind.of(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P')));
        assertEquals(Optional.empty(), PhotoKind.of(bytes(0xFF, 0xD8)));                   // a signature and nothing
        assertEquals(Optional.empty(), PhotoKind.of(bytes(0x89, 'P', 'N', 'G')));           // half a signature
        assertEquals(Optional.empty(), PhotoKind.of(new byte[0]));
        assertEquals(Optional.empty(), PhotoKind.of(null));
    }

    @Test
    void aCheckpointKeepsFivePhotosOfTenMegabytesAtMost() {
        assertTrue(PhotoLimits.roomFor(0));
        assertTrue(PhotoLimits.roomFor(4));
        assertFalse(PhotoLimits.roomFor(5));
        assertFalse(PhotoLimits.tooLarge(10L * 1024 * 1024));
        assertTrue(PhotoLimits.tooLarge(10L * 1024 * 1024 + 1));
        assertFalse(PhotoLimits.tooManyPixels(8000, 6000));                                  // a 48 MP phone photo
        assertTrue(PhotoLimits.tooManyPixels(10_000, 10_000));
    }

    @Test
    void aThumbnailHas240PixelsOnItsLongSideAndTheSameProportions() {
        assertEquals(new PhotoLimits.Size(240, 180), PhotoLimits.thumbnail(new PhotoLimits.Size(4032, 3024)));
        assertEquals(new PhotoLimits.Size(135, 240), PhotoLimits.thumbnail(new PhotoLimits.Size(1080, 1920)));
        assertEquals(new PhotoLimits.Size(240, 240), PhotoLimits.thumbnail(new PhotoLimits.Size(500, 500)));
        assertEquals(new PhotoLimits.Size(240, 1), PhotoLimits.thumbnail(new PhotoLimits.Size(5000, 3)));
        // a small image is never enlarged
        assertEquals(new PhotoLimits.Size(200, 100), PhotoLimits.thumbnail(new PhotoLimits.Size(200, 100)));
        assertThrows(IllegalArgumentException.class, () -> new PhotoLimits.Size(0, 10));
    }
}

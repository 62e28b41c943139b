package com.dealercs.infrastructure.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A PNG's chunks, filtered: the pixels and what a viewer needs to show them the same (header,
 * palette, transparency, colour space, gamma, pixel density) are copied as they are, with their
 * checksums; text (tEXt, zTXt, iTXt: author, software, comments, often a location), EXIF (eXIf),
 * the time (tIME), private and unknown chunks go, and so does anything after IEND. Commons Imaging
 * has no PNG chunk remover, and decoding and encoding again would lose the colour profile.
 */
final class PngChunks {

    private static final int SIGNATURE_LENGTH = 8;
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "bKGD", "pHYs");

    private PngChunks() {
    }

    /** The PNG with only the chunks kept; an {@link IOException} when its chunks do not add up to IEND. */
    static byte[] strip(byte[] png) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(png);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE_LENGTH);
        in.position(SIGNATURE_LENGTH);
        while (true) {
            if (in.remaining() < 12) {
                throw new IOException("the PNG ends inside a chunk, before IEND");
            }
            int start = in.position();
            long length = Integer.toUnsignedLong(in.getInt());
            String type = new String(png, start + 4, 4, StandardCharsets.US_ASCII);
            if (length > in.remaining() - 8L) {
                throw new IOException("chunk " + type + " runs past the end of the PNG");
            }
            int end = start + 12 + (int) length;
            if (KEPT.contains(type)) {
                out.write(png, start, end - start);
            }
            in.position(end);
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
        }
    }
}

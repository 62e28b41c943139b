package com.dealercs.domain.model.facts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of image kept as evidence of a checkpoint, recognised by their first bytes (their
 * signature), never by a file name or a declared content type: a text file named {@code .jpg} or
 * a GIF is neither. The signature is only the first test: the image must also decode in full.
 */
public enum PhotoKind {

    /** SOI marker followed by the start of a segment marker (JFIF, EXIF, or a table). */
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** The eight-byte PNG signature. */
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final byte[] signature;

    PhotoKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    /** The kind whose signature the content starts with; empty for anything else. */
    public static Optional<PhotoKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> kind.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length > signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    public String contentType() {
        return contentType;
    }
}

package com.dealercs.application;

import com.dealercs.domain.model.facts.PhotoKind;
import com.dealercs.domain.model.facts.PhotoLimits;

/**
 * What {@link InspectionPhotoService} needs done to an uploaded image before it is kept; the
 * infrastructure does it with an imaging library.
 */
public interface PhotoProcessing {

    /**
     * Decodes the image in full as the kind its signature says, removes its metadata (EXIF with the
     * place and the device, XMP, IPTC, comments, PNG text chunks), turns it upright when its EXIF
     * said it was taken turned, and makes its thumbnail ({@link PhotoLimits#thumbnail}) of the same kind.
     *
     * @throws Refused when the content does not decode in full (truncated, corrupt, another format
     *                 behind the signature) or has more than {@link PhotoLimits#MAX_PIXELS} pixels
     */
    Processed process(PhotoKind kind, byte[] content) throws Refused;

    /** The image to keep (without metadata, upright), its size in pixels and its thumbnail. */
    record Processed(byte[] image, PhotoLimits.Size size, byte[] thumbnail) {
    }

    /** Why an image is not kept. */
    enum Reason {
        UNREADABLE, TOO_MANY_PIXELS
    }

    /** The image cannot be kept, for the {@link #reason()} given. */
    final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final Reason reason;

        public Refused(Reason reason, String detail, Throwable cause) {
            super(reason + ": " + detail, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}

package com.dealercs.domain.model.facts;

/**
 * How much evidence one checkpoint keeps: enough photos to show a fault from a few sides, each
 * small enough for a tablet on a poor connection to send and for the database to take in one INSERT
 * (with MySQL's or MariaDB's {@code max_allowed_packet} of 32 MB or more: docs/operations.md).
 */
public final class PhotoLimits {

    public static final int MAX_PER_CHECKPOINT = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /**
     * The most pixels a photo may have: a phone's full 48-megapixel picture fits, and decoding one
     * stays within the server's memory (a small file can otherwise unpack into gigabytes).
     */
    public static final long MAX_PIXELS = 50_000_000L;
    /** The long side of a thumbnail, in pixels: sharp beside a checkpoint on a tablet, a few kB. */
    public static final int THUMBNAIL_LONG_SIDE = 240;

    private PhotoLimits() {
    }

    /** A width and a height in pixels. */
    public record Size(int width, int height) {

        public Size {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("an image has at least one pixel each way: " + width + "×" + height);
            }
        }
    }

    public static boolean tooLarge(long bytes) {
        return bytes > MAX_BYTES;
    }

    /** Whether a checkpoint that has {@code kept} photos takes another one. */
    public static boolean roomFor(long kept) {
        return kept < MAX_PER_CHECKPOINT;
    }

    public static boolean tooManyPixels(long width, long height) {
        return width * height > MAX_PIXELS;
    }

    /**
     * The thumbnail of an image of this size: its long side {@link #THUMBNAIL_LONG_SIDE}, the
     * proportions kept (rounded, at least one pixel); a smaller image stays as it is, never enlarged.
     */
    public static Size thumbnail(Size image) {
        int longSide = Math.max(image.width(), image.height());
        if (longSide <= THUMBNAIL_LONG_SIDE) {
            return image;
        }
        double scale = (double) THUMBNAIL_LONG_SIDE / longSide;
        return new Size(Math.max(1, (int) Math.round(image.width() * scale)),
                Math.max(1, (int) Math.round(image.height() * scale)));
    }
}

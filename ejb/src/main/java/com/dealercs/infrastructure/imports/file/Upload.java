package com.dealercs.infrastructure.imports.file;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an uploaded file, readable more than once (the format and the encoding are decided
 * by reading the content before it is parsed): a file on disk, or bytes in memory.
 */
abstract class Upload implements Closeable {

    abstract InputStream open() throws IOException;

    abstract long size() throws IOException;

    /** A file on disk with the content, written to a temporary file if need be. */
    abstract Path path() throws IOException;

    /** The first {@code n} bytes, fewer if the content is shorter. */
    byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }

    static Upload of(Path file) {
        return new OnDisk(file, false);
    }

    static Upload of(byte[] content) {
        return new InMemory(content);
    }

    /** Copies {@code in} to a temporary file, deleted on {@link #close()}. Does not close {@code in}. */
    static Upload spool(InputStream in) throws IOException {
        Path file = Files.createTempFile("dealercs-import-", ".upload");
        try {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new OnDisk(file, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static final class OnDisk extends Upload {
        private final Path file;
        private final boolean temporary;

        OnDisk(Path file, boolean temporary) {
            this.file = file;
            this.temporary = temporary;
        }

        @Override
        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        long size() throws IOException {
            return Files.size(file);
        }

        @Override
        Path path() {
            return file;
        }

        @Override
        public void close() throws IOException {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static final class InMemory extends Upload {
        private final byte[] content;
        private Path copy;

        InMemory(byte[] content) {
            this.content = content;
        }

        @Override
        InputStream open() {
            return new ByteArrayInputStream(content);
        }

        @Override
        long size() {
            return content.length;
        }

        @Override
        Path path() throws IOException {
            if (copy == null) {
                Path file = Files.createTempFile("dealercs-import-", ".upload");
                try {
                    Files.write(file, content);
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                copy = file;
            }
            return copy;
        }

        @Override
        public void close() throws IOException {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }
}

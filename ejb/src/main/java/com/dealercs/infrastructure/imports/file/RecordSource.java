package com.dealercs.infrastructure.imports.file;

import java.io.Closeable;

/** The records of a file, one at a time. */
interface RecordSource extends Closeable {

    /**
     * The next record, blank ones included; null at the end.
     *
     * @throws FileRefusedException when the rest of the file cannot be read
     */
    RawRecord next();
}

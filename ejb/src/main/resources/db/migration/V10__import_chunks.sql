-- An import stages its valid rows one chunk at a time (a few hundred rows, typed, with their lines)
-- instead of one row per line: a third of the writes of a large file went to import_row. The apply
-- step reads the chunks back one by one as typed rows, without parsing or validating them again.
CREATE TABLE import_chunk (
    import_id  BIGINT     NOT NULL,
    first_line INT        NOT NULL,
    row_count  INT        NOT NULL,
    content    MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_import_chunk PRIMARY KEY (import_id, first_line),
    CONSTRAINT fk_import_chunk_import FOREIGN KEY (import_id) REFERENCES data_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DROP TABLE import_row;

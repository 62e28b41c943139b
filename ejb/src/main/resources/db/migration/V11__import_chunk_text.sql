-- A staged chunk is kept as Base64 text instead of bytes: MySQL's driver sends bytes in a prepared
-- statement by escaping them one at a time, which cost about a tenth of a large import's time;
-- text without characters to escape goes as it is. Staged chunks live only while their import
-- runs, so none is kept across this change (an import running during an upgrade is failed as
-- interrupted at the next start anyway).
DELETE FROM import_chunk;
ALTER TABLE import_chunk MODIFY content MEDIUMTEXT NOT NULL;

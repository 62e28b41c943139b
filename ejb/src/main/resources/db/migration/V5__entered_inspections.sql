-- Inspections entered on the portal or over the API (interfaces.md §2): DRAFT → SUBMITTED → APPROVED,
-- entered by an author and approved by another HQ user. Existing (imported) inspections stay as they are.
ALTER TABLE inspection ADD COLUMN source VARCHAR(8) DEFAULT 'IMPORTED' NOT NULL;
ALTER TABLE inspection ADD COLUMN author VARCHAR(64);
ALTER TABLE inspection ADD COLUMN return_reason VARCHAR(500);
ALTER TABLE inspection ADD COLUMN reopen_reason VARCHAR(500);
ALTER TABLE inspection ADD COLUMN saved_by VARCHAR(64);
ALTER TABLE inspection ADD COLUMN saved_at DATETIME(3);
ALTER TABLE inspection ADD COLUMN approved_by VARCHAR(64);
ALTER TABLE inspection ADD COLUMN approved_at DATETIME(3);

ALTER TABLE inspection DROP CONSTRAINT ck_inspection_status;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED'));
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_source CHECK (source IN ('ENTERED', 'IMPORTED'));
-- an entered inspection has its author; an imported one has none
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_author CHECK (source = 'IMPORTED' OR author IS NOT NULL);

-- the work lists: a year's inspections by status
CREATE INDEX ix_inspection_year_status ON inspection (year_id, status);

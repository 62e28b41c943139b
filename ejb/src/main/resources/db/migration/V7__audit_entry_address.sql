-- The client address a change, a sign-in or a refusal came from (IPv4 or IPv6, as the server saw
-- it); empty for what no request caused (an import's job on its own thread, a scheduled task).
ALTER TABLE audit_entry ADD COLUMN address VARCHAR(45);

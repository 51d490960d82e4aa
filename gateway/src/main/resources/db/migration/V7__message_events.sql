-- Which gateway node archived each record, for a message's timeline (accepted, signed, forwarded, receipt ... by which
-- node). Operational, not evidence: the column is outside the record's digest (RecordDigest), so that records written
-- before it existed keep their digests; NULL for those records. Same dialect rules as V1.
ALTER TABLE archive_record ADD COLUMN node VARCHAR(200);

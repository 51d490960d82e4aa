-- Tracking views (GET /api/v1/messages, the admin API, the console) read each message's outbox entry by tracking id.
-- Without this index every record in a page of results scanned the whole outbox: a page of 500 against an outbox of
-- 10,000 entries read five million rows, on the node that was busy delivering them.
CREATE INDEX outbox_entry_by_tracking ON outbox_entry (tracking_id, id);

-- The sums of a received contribution report part's records (record count, unreadable records, and per currency the
-- wages and both contributions, as exact decimal strings in a small JSON document), added up while the part was opened
-- at reception. The report is checked against its declared totals from these, without opening every part again.
-- NULL for parts of other messages and for parts kept before this column existed (their records are then read).
-- Same dialect rules as V1.
ALTER TABLE pension_part ADD COLUMN record_sums VARCHAR(4000);

-- Pension messages in parts. Same dialect rules as V1 (PostgreSQL, and H2 in MODE=PostgreSQL).
--
-- A contribution report may hold 100,000 records, so it never travels, or is stored, as one piece: its records are
-- cut into parts of a few hundred, each sealed (JWE) to the receiving state's encryption key and sent in an envelope of
-- its own. A statement, a notice or an acknowledgement is a message of one part. tracked_message keeps the message
-- (its payload: the cleartext header, no personal data); this table keeps its parts.

-- OUTBOUND: the parts this gateway sends (staged while a report is read, then enqueued, one outbox entry each).
-- INBOUND: the parts received from a partner, kept sealed until the whole message is here and handed over.
CREATE TABLE pension_part (
    direction       VARCHAR(8)               NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    -- The partner state: where the part goes (OUTBOUND) or whom it came from (INBOUND).
    partner_state   CHAR(2)                  NOT NULL,
    -- The message the part belongs to (the report's message id), the same on both sides.
    message_id      VARCHAR(100)             NOT NULL,
    part_index      INTEGER                  NOT NULL,
    -- The envelope the part travels in: its own message id, kept across retries.
    part_message_id VARCHAR(100)             NOT NULL,
    record_count    INTEGER                  NOT NULL,
    -- The sealed records (a JWE in compact form): nothing here is readable without the receiving state's key.
    sealed          BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (direction, partner_state, message_id, part_index)
);

CREATE UNIQUE INDEX pension_part_by_envelope ON pension_part (direction, partner_state, part_message_id);

-- A message received in parts, while its parts arrive: the row is locked while a part is added, so that exactly one
-- reception sees the last part come in and hands the message over.
CREATE TABLE pension_assembly (
    partner_state  CHAR(2)                  NOT NULL,
    message_id     VARCHAR(100)             NOT NULL,
    service        VARCHAR(200)             NOT NULL,
    part_count     INTEGER                  NOT NULL,
    parts_received INTEGER                  NOT NULL,
    -- Set once every part is here: the tracked message that stands for the whole.
    tracking_id    VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partner_state, message_id)
);

-- Store-and-forward of traffic messages. Same dialect rules as V1 (PostgreSQL, and H2 in MODE=PostgreSQL).

-- Every asynchronous message this gateway tracks end to end: accepted from a national agency for a partner state
-- (OUTBOUND), or received from a partner state for the national system (INBOUND). tracking_id is what agencies and
-- operators use; message_id is the envelope's id, kept across every attempt so that the receiver can deduplicate.
CREATE TABLE tracked_message (
    tracking_id         VARCHAR(100)             NOT NULL PRIMARY KEY,
    message_id          VARCHAR(100)             NOT NULL,
    correlation_id      VARCHAR(200),
    service             VARCHAR(200)             NOT NULL,
    direction           VARCHAR(8)               NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    from_state          CHAR(2)                  NOT NULL,
    from_agency         VARCHAR(100)             NOT NULL,
    to_state            CHAR(2)                  NOT NULL,
    to_agency           VARCHAR(100),
    -- The violation the message is about: reporting state and its reference name a violation for life.
    reporting_state     CHAR(2)                  NOT NULL,
    violation_reference VARCHAR(100)             NOT NULL,
    -- What makes a second submission the same message (e.g. KW/KW-TR-2026-0048213 for a notice).
    business_key        VARCHAR(400)             NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    -- Where the violation itself stands (notices only): OPEN, PAID, CONTESTED, CANCELLED, SETTLED.
    violation_status    VARCHAR(32),
    payload             BYTEA                    NOT NULL,
    accepted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (direction, service, business_key),
    UNIQUE (from_state, message_id)
);

CREATE INDEX tracked_message_by_message ON tracked_message (message_id);
CREATE INDEX tracked_message_by_violation ON tracked_message (reporting_state, violation_reference);
CREATE INDEX tracked_message_by_status ON tracked_message (status, accepted_at);

-- The bytes of a notice's evidence, named by their SHA-256 digest, kept until the notice is delivered and beyond.
CREATE TABLE evidence_file (
    message_id   VARCHAR(100) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    PRIMARY KEY (message_id, sha256)
);

-- An outbox entry serves one tracked message. Entries with the same ordering key (a vehicle) leave one after the
-- other, in the order they were accepted. A destination that is this gateway's own state means its national system.
ALTER TABLE outbox_entry ADD COLUMN tracking_id VARCHAR(100);
ALTER TABLE outbox_entry ADD COLUMN ordering_key VARCHAR(300);
CREATE INDEX outbox_entry_by_ordering_key ON outbox_entry (ordering_key, id);

-- The tracking history: which node did what, at which attempt, with which error.
ALTER TABLE status_history ADD COLUMN node VARCHAR(200);
ALTER TABLE status_history ADD COLUMN event VARCHAR(64);
ALTER TABLE status_history ADD COLUMN attempt INTEGER;
ALTER TABLE status_history ADD COLUMN error_code VARCHAR(100);

-- The partner registry operators change at runtime (admin API, docs/operators.md). jisr.partners.* in the configuration
-- stays the seed: a state with a row here is what its row says, a state without one is what the configuration says.
-- Every node of a state's gateway reads these tables and is told of a change through the cluster. Same dialect rules
-- as V1 (PostgreSQL, and H2 in MODE=PostgreSQL).
CREATE TABLE partner_registry (
    state       CHAR(2)                  NOT NULL PRIMARY KEY,
    -- The partner gateway's https://host:port address; none for a partner that only calls this gateway.
    gateway_url VARCHAR(400),
    -- The services and purposes granted, each list space-separated (service names and purpose codes hold no space).
    services    VARCHAR                  NOT NULL,
    purposes    VARCHAR                  NOT NULL,
    -- A disabled partner's envelopes are refused, and what this gateway sends it waits in the outbox.
    enabled     BOOLEAN                  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200)             NOT NULL
);

-- The certificates an operator registered for a partner (TLS and signing alike). While a partner has any registered
-- certificate that is neither retired nor expired, only those are accepted from it (pinning); old and new overlap
-- until the operator retires the old one or it expires. Rows are kept after retirement, for the record.
CREATE TABLE partner_certificate (
    state         CHAR(2)                  NOT NULL,
    -- SHA-256 of the DER encoding, lower-case hex: how operators name a certificate (openssl x509 -fingerprint -sha256).
    fingerprint   CHAR(64)                 NOT NULL,
    certificate   BYTEA                    NOT NULL,
    subject       VARCHAR(400)             NOT NULL,
    serial        VARCHAR(100)             NOT NULL,
    not_after     TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by VARCHAR(200)             NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    retired_by    VARCHAR(200),
    PRIMARY KEY (state, fingerprint)
);

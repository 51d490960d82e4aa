-- What operators changed at run time about the agencies that call the national API (admin API, docs/security.md).
-- jisr.national.grants in the configuration stays the seed: an agency with a row here is what its row says (the
-- services and purposes granted, or disabled), an agency without one is what the configuration grants it. Every node
-- reads this table (a snapshot kept for at most two seconds). Same dialect rules as V1.
CREATE TABLE agency_registry (
    state      CHAR(2)                  NOT NULL,
    agency     VARCHAR(40)              NOT NULL,
    -- Space-separated service names and purpose codes (neither holds a space); no purpose: any purpose.
    services   VARCHAR                  NOT NULL,
    purposes   VARCHAR                  NOT NULL,
    -- A disabled agency is refused everything, whatever the configuration grants it.
    enabled    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(200)             NOT NULL,
    PRIMARY KEY (state, agency)
);

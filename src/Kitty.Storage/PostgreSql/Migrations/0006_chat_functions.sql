-- Chat functions (projection of each function grain), their deployed versions (unbounded, so kept here and
-- not in grain state) and their invocations.
-- SQLite "id INTEGER PRIMARY KEY" may be written without NOT NULL (a rowid alias is never NULL); here it says so.
CREATE TABLE functions (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    -- Written as 1 or 0 and filtered with "enabled = 1" by the store, so an integer flag (see 0001).
    enabled INTEGER NOT NULL CONSTRAINT ck_functions_enabled CHECK (enabled IN (0, 1)),
    current_version_number BIGINT NOT NULL,
    created_time BIGINT NOT NULL
);
CREATE INDEX ix_functions_application ON functions (application_id, type, id);

CREATE TABLE function_versions (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    function_id BIGINT NOT NULL,
    version_number BIGINT NOT NULL,
    handler_script TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    UNIQUE (function_id, version_number)
);

CREATE TABLE function_invocations (
    id BIGINT NOT NULL PRIMARY KEY,
    application_id BIGINT NOT NULL,
    function_id BIGINT NOT NULL,
    version_number BIGINT NOT NULL,
    args TEXT NOT NULL,
    result TEXT,
    status TEXT NOT NULL,
    logs TEXT NOT NULL,
    created_time BIGINT NOT NULL,
    duration_ms BIGINT
);
CREATE INDEX ix_function_invocations_function ON function_invocations (function_id, id);

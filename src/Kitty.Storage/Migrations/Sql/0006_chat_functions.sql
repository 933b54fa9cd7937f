-- Chat functions (projection of each function grain), their deployed versions (unbounded, so kept here and
-- not in grain state) and their invocations.
CREATE TABLE functions (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    enabled INTEGER NOT NULL,
    current_version_number INTEGER NOT NULL,
    created_time INTEGER NOT NULL
);
CREATE INDEX ix_functions_application ON functions (application_id, type, id);

CREATE TABLE function_versions (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL,
    function_id INTEGER NOT NULL,
    version_number INTEGER NOT NULL,
    handler_script TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    UNIQUE (function_id, version_number)
);

CREATE TABLE function_invocations (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL,
    function_id INTEGER NOT NULL,
    version_number INTEGER NOT NULL,
    args TEXT NOT NULL,
    result TEXT,
    status TEXT NOT NULL,
    logs TEXT NOT NULL,
    created_time INTEGER NOT NULL,
    duration_ms INTEGER
);
CREATE INDEX ix_function_invocations_function ON function_invocations (function_id, id);

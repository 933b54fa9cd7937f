-- Kitty's own PostgreSQL schema for Orleans' ADO.NET providers (clustering, grain persistence, reminders).
-- Applied at every start by OrleansPostgresSchema, so each statement is idempotent.
--
-- The contract: at start-up each provider runs "SELECT QueryKey, QueryText FROM OrleansQuery" and from then on
-- issues only those texts, binding parameters by name (@DeploymentId, @GrainStateVersion, ...) and reading result
-- columns by name. Tables and functions behind the texts are ours; names and types of parameters and columns are not.
-- Query texts are upserted so that a changed text reaches existing databases on the next start.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);

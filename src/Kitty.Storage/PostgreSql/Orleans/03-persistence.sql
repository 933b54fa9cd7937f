-- Grain state (Orleans.Persistence.AdoNet). Version is the ETag: a write or clear names the version it read
-- (NULL: "I read no record") and succeeds only if that is still the stored one. The provider reports a version
-- that did not move, or an empty one, as an InconsistentStateException.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId varchar(150) NOT NULL,
    PayloadBinary bytea NULL,
    ModifiedOn timestamptz NOT NULL,
    Version integer NULL
);

-- One row per grain and state: two activations inserting the first state at once cannot both succeed.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
    (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString, (coalesce(GrainIdExtensionString, '')));

-- Returns the new version, or the given one (NULL included) when the write was refused.
CREATE OR REPLACE FUNCTION kitty_orleans_storage_write(
    p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
    p_grain_type varchar, p_grain_id_extension varchar, p_service_id varchar, p_version integer, p_payload bytea)
    RETURNS integer LANGUAGE plpgsql AS
$$
DECLARE
    new_version integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
             PayloadBinary, ModifiedOn, Version)
        VALUES
            (p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type, p_grain_id_extension,
             p_service_id, p_payload, now(), 1)
        ON CONFLICT (GrainIdHash, GrainTypeHash, ServiceId, GrainIdN0, GrainIdN1, GrainTypeString,
                     (coalesce(GrainIdExtensionString, ''))) DO NOTHING
        RETURNING Version INTO new_version;
    ELSE
        UPDATE OrleansStorage
        SET PayloadBinary = p_payload, ModifiedOn = now(), Version = Version + 1
        WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash AND ServiceId = p_service_id
            AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1 AND GrainTypeString = p_grain_type
            AND coalesce(GrainIdExtensionString, '') = coalesce(p_grain_id_extension, '')
            AND Version = p_version
        RETURNING Version INTO new_version;
    END IF;
    RETURN coalesce(new_version, p_version);
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', $q$
    SELECT kitty_orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion;
$q$),
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, ModifiedOn, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
        AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '');
$q$),
-- Clearing keeps the row with a NULL payload and a new version, so a stale activation still cannot write.
('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
        AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '')
        AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
$q$),
-- Used instead of ClearStorageKey when DeleteStateOnClear is set; returns the deleted version + 1.
('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
        AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '')
        AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

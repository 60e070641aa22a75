-- The directory lists active employees by name: the first page of everyone comes from here.
CREATE INDEX employee_name_ix ON employee (agency_id, status, name, nip);

-- Searching by any part of a name or NIP (LIKE '%word%') is served by a trigram index.
-- pg_trgm ships with PostgreSQL and is a trusted extension (any database owner may create
-- it); it is created once per database, in schema public where there is one, so that every
-- schema of the database can use it. Without it the search still works, by a scan.
DO $$
DECLARE
    ext_schema name;
BEGIN
    SELECT n.nspname INTO ext_schema FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
    WHERE x.extname = 'pg_trgm';
    IF ext_schema IS NULL THEN
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
                CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
            ELSE
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'pg_trgm cannot be created (%): employee search will scan', SQLERRM;
        END;
        SELECT n.nspname INTO ext_schema FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
        WHERE x.extname = 'pg_trgm';
    END IF;
    IF ext_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX employee_search_trgm_ix ON employee USING gin (search_text %I.gin_trgm_ops)',
                ext_schema);
    END IF;
END $$;

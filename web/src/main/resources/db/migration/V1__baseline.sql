-- Extensions the catalogue search relies on; both ship with PostgreSQL's contrib modules and are
-- trusted, so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Runs once when the compose PostgreSQL volume is created: the tests' database and the extensions.
CREATE DATABASE movierecs_test OWNER movierecs;
\connect movierecs
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
\connect movierecs_test
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

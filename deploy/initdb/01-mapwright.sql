-- Runs once on the first start of the compose Postgres: the Dagster database, the migration
-- target's database and pgvector (the metadata store's database `mapwright` is POSTGRES_DB).
CREATE DATABASE dagster;
CREATE DATABASE mapwright_target;
CREATE EXTENSION IF NOT EXISTS vector;

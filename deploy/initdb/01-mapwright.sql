-- Runs once on the first start of the compose Postgres: the Dagster database and pgvector.
CREATE DATABASE dagster;
CREATE EXTENSION IF NOT EXISTS vector;

#!/bin/sh
# Runs once, when the database volume is created: the application's role, which owns no table. Flyway migrates as
# the owner (POSTGRES_USER) and its migration postgresql/V24 grants this role what it needs; CREATE on the schema is
# given here already, because Camunda creates its own tables at the first start, possibly before Flyway runs.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role jointcase_app login password '${JOINTCASE_DB_PASSWORD}';
grant usage, create on schema public to jointcase_app;
SQL

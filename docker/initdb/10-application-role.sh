#!/bin/sh
# Runs once, when the database volume is created: the application's role, which owns no table and creates none.
# Flyway migrates as the owner (POSTGRES_USER), Camunda's tables included (engine.CamundaSchema), and its migration
# postgresql/V24 grants this role what it needs. The password is JOINTCASE_DB_PASSWORD or the content of the file
# JOINTCASE_DB_PASSWORD_FILE names (a Docker secret).
set -e
if [ -n "$JOINTCASE_DB_PASSWORD_FILE" ]; then
    JOINTCASE_DB_PASSWORD="$(cat "$JOINTCASE_DB_PASSWORD_FILE")"
fi
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" --set password="$JOINTCASE_DB_PASSWORD" <<'SQL'
create role jointcase_app login password :'password';
grant usage on schema public to jointcase_app;
SQL

#!/bin/sh
# Runs once, when the PostgreSQL data directory is created (docker-entrypoint-initdb.d): the owner role, which runs the
# migrations and owns the schema, and the app role, which may connect and use the schema but create nothing; the
# owner grants it row access (SELECT, INSERT, UPDATE, DELETE) after each migration. The superuser stays with the
# server. For an existing database, run it once by hand: kubectl exec <release>-postgres-0 -- sh /docker-entrypoint-initdb.d/10-roles.sh
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set owner="$HR_ASSIST_DB_OWNER_USER" --set owner_password="$HR_ASSIST_DB_OWNER_PASSWORD" \
  --set app="$HR_ASSIST_DB_APP_USER" --set app_password="$HR_ASSIST_DB_APP_PASSWORD" \
  --set db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO :"owner";
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
SQL

#!/bin/bash
# Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d): one database and one
# owning login role per service, as DESIGN.md "Data" requires. Passwords come from the container's environment
# (PLAN_DB_PASSWORD, ...), which docker-compose.yml fills from .env; none is written here.
set -euo pipefail

create_database() {
	local name="$1"
	local password="$2"
	# psql variables (:"name" quotes an identifier, :'password' a literal) keep the values out of the SQL text.
	psql --no-psqlrc -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
		--set=name="${name}" --set=password="${password}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database plan "${PLAN_DB_PASSWORD:?PLAN_DB_PASSWORD is not set}"
create_database funding "${FUNDING_DB_PASSWORD:?FUNDING_DB_PASSWORD is not set}"
create_database talent "${TALENT_DB_PASSWORD:?TALENT_DB_PASSWORD is not set}"
create_database ip "${IP_DB_PASSWORD:?IP_DB_PASSWORD is not set}"
create_database awards "${AWARDS_DB_PASSWORD:?AWARDS_DB_PASSWORD is not set}"

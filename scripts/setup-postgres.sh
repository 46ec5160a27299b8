#!/bin/sh
# PostgreSQL for the server's tests: installs Debian's package when it is missing (as root),
# starts the newest local cluster on loopback, makes sure a role `announcements` that may
# create databases exists, and prints the URL to reach it as that role. The server tests make
# a throwaway database per test through it.
# Usage: export TEST_DATABASE_URL="$(sh scripts/setup-postgres.sh)"
set -eu

# A machine may have the client tools (psql, even pg_lsclusters) without the server itself.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_createcluster >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version=$(ls -d /usr/lib/postgresql/*/bin/postgres | sed 's#/usr/lib/postgresql/\([^/]*\)/.*#\1#' | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'announcements') THEN
    CREATE ROLE announcements LOGIN CREATEDB PASSWORD 'announcements';
  END IF;
END
$$;
SQL

echo "postgres://announcements:announcements@127.0.0.1:$port/postgres"

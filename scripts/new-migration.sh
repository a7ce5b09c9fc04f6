#!/usr/bin/env bash
# `npm run db:migration -- some_name`: after editing prisma/schema.prisma, regenerate the PostgreSQL schema and
# write the next migration for BOTH providers (diff of the committed migrations against the schema, replayed in
# a shadow database; PostgreSQL runs as a throwaway local server). Review both files before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: npm run db:migration -- name_in_snake_case}"
dir="$(date -u +%Y%m%d%H%M%S)_${name}"
npm run -s db:schema:postgres
mkdir -p "prisma/migrations/$dir" "prisma/postgres/migrations/$dir"
DATABASE_URL="file:./data/migration-shadow.db" npx prisma migrate diff --from-migrations prisma/migrations \
  --to-schema-datamodel prisma/schema.prisma --script > "prisma/migrations/$dir/migration.sql"
pg_url="$(PGTEST_DB=klyngeportalen_migrations bash scripts/postgres-server.sh start)"
trap 'bash scripts/postgres-server.sh stop' EXIT
DATABASE_URL="$pg_url" npx prisma migrate diff --from-migrations prisma/postgres/migrations \
  --to-schema-datamodel prisma/postgres/schema.prisma --script > "prisma/postgres/migrations/$dir/migration.sql"
npm run -s db:generate
echo "Wrote prisma/migrations/$dir and prisma/postgres/migrations/$dir"

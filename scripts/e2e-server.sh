#!/usr/bin/env bash
# The server Playwright tests against: a fresh database — SQLite (data/e2e.db) by default, or the PostgreSQL
# database named by E2E_DATABASE_URL (dropped and created again) — migrated with the committed migrations and
# seeded, served by the production build (`npm run build` must have run).
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export NEXTAUTH_URL="http://localhost:${E2E_PORT:-3100}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
export UPLOAD_DIR="./data/e2e-uploads"
# The business clock starts here (lib/clock.ts): 2023 evaluations (due 1 March 2024) are overdue, 2024 (due 1 March 2025) not yet.
export KLYNGEPORTALEN_CLOCK="2025-02-20T09:00:00+01:00"
# Every view of a municipality's page is a visit of its own: "changed since your last visit" without waiting 30 min.
export KLYNGEPORTALEN_VISIT_MINUTES=0
export NEXT_TELEMETRY_DISABLED=1
# The footer's accessibility statement and the contact for accessibility problems (issue 16).
export KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL="https://www.was.digst.dk/klyngeportalen-test"
export KLYNGEPORTALEN_ACCESSIBILITY_EMAIL="tilgaengelighed@kkr-test.dk"
rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e-uploads
mkdir -p test-reports
if [[ "$DATABASE_URL" == postgres* ]]; then
  database="${DATABASE_URL##*/}"
  psql "${DATABASE_URL%/*}/postgres" -X -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\"" >/dev/null
fi
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts --second-kkr
# The server's log lines go to the terminal AND to a file the fuzz test reads (a logged failure is a defect).
exec npx next start -p "${E2E_PORT:-3100}" > >(tee test-reports/e2e-server.log) 2> >(tee -a test-reports/e2e-server.log >&2)

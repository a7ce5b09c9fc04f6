#!/usr/bin/env bash
# The server Playwright tests against: a fresh SQLite database, migrated with the committed migrations and
# seeded, served by the production build (`npm run build` must have run).
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:./data/e2e.db"
export NEXTAUTH_URL="http://localhost:${E2E_PORT:-3100}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
export UPLOAD_DIR="./data/e2e-uploads"
# The business clock starts here (lib/clock.ts): 2023 evaluations (due 1 March 2024) are overdue, 2024 (due 1 March 2025) not yet.
export KLYNGEPORTALEN_CLOCK="2025-02-20T09:00:00+01:00"
export NEXT_TELEMETRY_DISABLED=1
rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e-uploads
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
exec npx next start -p "${E2E_PORT:-3100}"

#!/usr/bin/env bash
# The server Playwright tests against: a fresh database — SQLite (data/e2e.db) by default, or the PostgreSQL
# database named by E2E_DATABASE_URL (dropped and created again) — migrated with the committed migrations and
# seeded, served by the production build (`npm run build` must have run).
# Specs that need more app processes (HTTPS behind a TLS proxy, two processes on one database: e2e/app-process.ts)
# start this script again with E2E_FRESH_DATABASE=0 (serve the database as it is), their own E2E_PORT and log,
# and where needed their own public URL (E2E_PUBLIC_URL), database and upload directory.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e.db}"
export NEXTAUTH_URL="${E2E_PUBLIC_URL:-http://localhost:$port}"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production-0123456789"
export UPLOAD_DIR="${E2E_UPLOAD_DIR:-./data/e2e-uploads}"
# The e2e tests run the mail worker (`notify --once`) and a mail catcher themselves (e2e/mail.ts); the catcher keeps
# what it receives here, where the administrator's "Demopostkasse" reads it.
export DEMO_MAILBOX_DIR="./data/e2e-mailbox"
# The business clock starts here (lib/clock.ts): 2023 evaluations (due 1 March 2024) are overdue, 2024 (due 1 March 2025) not yet.
export KLYNGEPORTALEN_CLOCK="2025-02-20T09:00:00+01:00"
# Every view of a municipality's page is a visit of its own: "changed since your last visit" without waiting 30 min.
export KLYNGEPORTALEN_VISIT_MINUTES=0
# Organisation sign-in against the test's own OpenID Connect provider on loopback (e2e/oidc-provider.ts starts it
# when e2e/oidc.spec.ts runs; nothing is fetched from it before someone presses the button).
export OIDC_ISSUER="http://127.0.0.1:$(( ${E2E_BASE_PORT:-$port} + 3 ))"
export OIDC_CLIENT_ID="klyngeportalen-e2e"
export OIDC_CLIENT_SECRET="e2e-only-oidc-client-secret-0123456789"
export OIDC_LABEL="Log ind med KKR Test-IdP"
export NEXT_TELEMETRY_DISABLED=1
log="${E2E_SERVER_LOG:-test-reports/e2e-server.log}"
# The footer's accessibility statement and the contact for accessibility problems (issue 16).
export KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL="https://www.was.digst.dk/klyngeportalen-test"
export KLYNGEPORTALEN_ACCESSIBILITY_EMAIL="tilgaengelighed@kkr-test.dk"
mkdir -p test-reports
if [ "${E2E_FRESH_DATABASE:-1}" = 1 ]; then
  if [[ "$DATABASE_URL" == postgres* ]]; then
    database="${DATABASE_URL##*/}"
    psql "${DATABASE_URL%/*}/postgres" -X -q -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\"" >/dev/null
  else
    file="${DATABASE_URL#file:}"
    rm -f "$file" "$file-wal" "$file-shm"
  fi
  rm -rf "$UPLOAD_DIR" "$DEMO_MAILBOX_DIR"
  npx prisma migrate deploy >/dev/null
  npx tsx prisma/seed.ts --second-kkr
fi
# The server's log lines go to the terminal AND to a file the fuzz test reads (a logged failure is a defect).
# Not exec'd: if the server ends by itself, its exit status (139 = SIGSEGV, 137 = SIGKILL …) is logged.
# Both streams APPEND to the emptied file: a tee without -a writes at its own offset, over the other's lines (since
# every request writes a line to stdout, that hid the error lines on stderr).
: > "$log"
bash scripts/start.sh -p "$port" > >(tee -a "$log") 2> >(tee -a "$log" >&2) &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server"; exit 0' TERM INT
wait "$server" && status=0 || status=$?
echo "e2e-server: next start on port $port ended with status $status" | tee -a "$log" >&2
exit "$status"

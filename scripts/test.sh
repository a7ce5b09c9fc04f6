#!/usr/bin/env bash
# The README's second command (`npm test`): every test.
#   typecheck → unit tests → integration tests on SQLite → the same on PostgreSQL (TEST_POSTGRES_URL, or a
#   throwaway local server when PostgreSQL is installed; required when CI=true) → production build →
#   Playwright e2e in Chromium on SQLite, then again on PostgreSQL. On PostgreSQL, the health check across a
#   server restart runs alone after the integration tests. Ends with one summary line "Summary: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf test-reports && mkdir -p test-reports
failed_steps=()
step() { local name="$1"; shift; echo; echo "▶ $name"; "$@" || failed_steps+=("$name"); }

step "Typecheck" npx tsc --noEmit
# TEST_POSTGRES_URL (exported by .ci/run) would turn this run into a PostgreSQL one: SQLite here, always.
step "Unit + integration tests (SQLite)" env -u TEST_POSTGRES_URL \
  npx vitest run --reporter=default --reporter=json --outputFile=test-reports/vitest-sqlite.json

started_postgres=""
if [ -z "${TEST_POSTGRES_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  TEST_POSTGRES_URL="$(PGTEST_DB=klyngeportalen_test bash scripts/postgres-server.sh start)" && started_postgres=1
fi
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  step "Integration tests (PostgreSQL)" env TEST_POSTGRES_URL="$TEST_POSTGRES_URL" \
    npx vitest run --project db --reporter=default --reporter=json --outputFile=test-reports/vitest-postgres.json
  # Stops and starts the server itself, so it runs alone, after the others (skips a server it does not manage).
  step "Health check across a PostgreSQL restart" \
    env TEST_POSTGRES_URL="$TEST_POSTGRES_URL" TEST_POSTGRES_RESTARTABLE=1 \
    npx vitest run --project restart --reporter=default --reporter=json --outputFile=test-reports/vitest-restart.json
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is required in CI (set TEST_POSTGRES_URL or install postgresql)"; failed_steps+=("PostgreSQL")
else
  echo "▷ PostgreSQL: skipped (no TEST_POSTGRES_URL and no local PostgreSQL)"
fi

step "Production build" npx next build
step "E2E (Playwright, Chromium, SQLite)" env -u E2E_DATABASE_URL npx playwright test
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  # The same specs against PostgreSQL: a database of its own on the same server, created fresh by the e2e server.
  step "E2E (Playwright, Chromium, PostgreSQL)" env E2E_DATABASE_URL="${TEST_POSTGRES_URL%/*}/klyngeportalen_e2e" \
    E2E_REPORT=e2e-results-postgres.json npx playwright test
fi
[ -n "$started_postgres" ] && bash scripts/postgres-server.sh stop

node scripts/test-summary.mjs "${failed_steps[@]}"

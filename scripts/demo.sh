#!/usr/bin/env bash
# The README's first command (`npm run demo`): install if needed, migrate + seed the embedded SQLite database (or the
# PostgreSQL in DATABASE_URL), build, and start Klyngeportalen on http://localhost:3000 — with the mail worker and a
# local mail catcher (the "Demopostkasse") as two more processes beside it, stopped together with it — saying in
# Danish what it does at each step (issue 16).
#
# Quiet on purpose: each step's own output goes to a log under data/demo-logs/ and is shown only if the step fails.
# What that hides is not the user's business, and is harmless:
# - npm ci: progress, and better-sqlite3's C++ compiler output while it builds from source (ENVIRONMENT.md);
# - prisma migrate deploy: "datasource properties … will NOT be used" — the schema's `url` is needed by
#   `prisma generate` (without it Prisma tries to download a native engine) while the CLI itself runs through the
#   driver adapter in prisma.config.ts (docs/decisions/0001-prisma-6-19.md);
# - next build: Turbopack's "Dynamic filesystem access causes tracing of the whole project" for the generated Prisma
#   clients (they look up their own directory from process.cwd()). Tracing only matters for a standalone deployment
#   bundle; the demo runs `next start` from this directory.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
# A sender given on the command line wins over .env's (read below); otherwise the demo's own.
caller_mail_from="${MAIL_FROM:-}"
LOGS="data/demo-logs"
mkdir -p "$LOGS"

say() { printf '%s\n' "$*"; }

# run_step "what we do" log-name command… : the command's output goes to the log; on failure it is shown.
run_step() {
  local what="$1" log="$LOGS/$2.log"
  shift 2
  say "▶ $what …"
  local started=$SECONDS
  "$@" >"$log" 2>&1 &
  local pid=$!
  # A line every 20 seconds, so a long step is never silent.
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if (((SECONDS - started) % 20 == 0)) && kill -0 "$pid" 2>/dev/null; then
      say "  … stadig i gang ($((SECONDS - started)) s)"
    fi
  done
  if ! wait "$pid"; then
    say "✗ $what mislykkedes. De sidste linjer af loggen ($log):"
    tail -n 40 "$log"
    exit 1
  fi
  say "  færdig på $((SECONDS - started)) s"
}

if [ ! -f .env ]; then
  # First run: a local .env with a fresh random session secret.
  sed "s|^NEXTAUTH_SECRET=.*|NEXTAUTH_SECRET=\"$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')\"|" .env.example > .env
  say "▶ Oprettede .env ud fra .env.example med en ny hemmelig nøgle til sessioner"
fi
set -a; . ./.env; set +a
# After .env, which names port 3000: the links in the demo's mails and the sign-in redirects follow the port the demo
# runs on (PORT=3300 npm run demo).
export NEXTAUTH_URL="http://localhost:${PORT}"

if [ -d node_modules ]; then
  say "▶ Pakkerne er installeret (node_modules findes)"
  # npm ci generates the database clients (postinstall); node_modules copied or kept from another checkout has not.
  if [ ! -d prisma/generated/sqlite ] || [ ! -d prisma/generated/postgres ]; then
    run_step "Danner databaseklienterne (prisma generate)" generate npm run -s db:generate
  fi
else
  run_step "Installerer pakkerne med npm ci (første gang 2–4 minutter)" install npm ci --no-audit --no-fund
fi
case "$DATABASE_URL" in
  postgres*) database="PostgreSQL" ;;
  *) database="SQLite, ${DATABASE_URL#file:}" ;;
esac
run_step "Opdaterer databasen ($database) med migreringerne" migrate npx prisma migrate deploy
run_step "Indlæser demodata: KKR Sjælland 2021–2024 og 2025–2028, brugere og evalueringer" seed \
  npm run -s db:seed -- --living
run_step "Bygger appen (1–3 minutter)" build npx next build
# Mail: the demo never sends mail out of the machine. The worker delivers to the local catcher, which keeps every
# message for the administrator to read in the app (docs/decisions/0013-notices-and-outbox.md).
export MAIL_CATCHER_PORT="${MAIL_CATCHER_PORT:-2526}"
export SMTP_URL="smtp://127.0.0.1:${MAIL_CATCHER_PORT}"
export MAIL_FROM="${caller_mail_from:-Klyngeportalen (demo) <noreply@demo.klyngeportalen.dk>}"
export DEMO_MAILBOX_DIR="${DEMO_MAILBOX_DIR:-./data/demo-mailbox}"
export NOTIFY_INTERVAL_SECONDS="${NOTIFY_INTERVAL_SECONDS:-10}"
node_modules/.bin/tsx scripts/mail-catcher.ts >"$LOGS/mail-catcher.log" 2>&1 &
catcher=$!
node_modules/.bin/tsx scripts/notify.ts --loop >"$LOGS/mail-worker.log" 2>&1 &
worker=$!
trap 'kill "$worker" "$catcher" 2>/dev/null || true' EXIT
say "✓ Postkassen og mail-arbejderen kører (demoens mails: log ind som admin@demo.klyngeportalen.dk, åbn /drift/demopostkasse)"
say "✓ Klyngeportalen kører på http://localhost:${PORT} — log ind med en demo-bruger fra README.md (adgangskode Klynge-2026)."
say "  Stop med Ctrl+C. Serverens log følger her:"
bash scripts/start.sh -p "${PORT}"

#!/usr/bin/env bash
# The README's first command (`npm run demo`): migrate + seed the embedded SQLite database (or the
# PostgreSQL in DATABASE_URL), build, and start Klyngeportalen on http://localhost:3000 — with the mail worker and a
# local mail catcher (the "Demopostkasse") as two more processes beside it, stopped together with it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -f .env ]; then
  # First run: a local .env with a fresh random session secret.
  sed "s|^NEXTAUTH_SECRET=.*|NEXTAUTH_SECRET=\"$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')\"|" .env.example > .env
  echo "Oprettede .env ud fra .env.example"
fi
set -a; . ./.env; set +a

[ -d node_modules ] || npm ci
mkdir -p data
npx prisma migrate deploy
npm run -s db:seed -- --living
npx next build

# Mail: the demo never sends mail out of the machine. The worker delivers to the local catcher, which keeps every
# message for the administrator to read in the app (docs/decisions/0013-notices-and-outbox.md).
export MAIL_CATCHER_PORT="${MAIL_CATCHER_PORT:-2526}"
export SMTP_URL="smtp://127.0.0.1:${MAIL_CATCHER_PORT}"
export MAIL_FROM="${MAIL_FROM:-Klyngeportalen (demo) <noreply@demo.klyngeportalen.dk>}"
export DEMO_MAILBOX_DIR="${DEMO_MAILBOX_DIR:-./data/demo-mailbox}"
export NOTIFY_INTERVAL_SECONDS="${NOTIFY_INTERVAL_SECONDS:-10}"
node_modules/.bin/tsx scripts/mail-catcher.ts &
catcher=$!
node_modules/.bin/tsx scripts/notify.ts --loop &
worker=$!
trap 'kill "$worker" "$catcher" 2>/dev/null || true' EXIT

echo "Klyngeportalen kører på http://localhost:${PORT:-3000} (demo-logins i README.md)"
echo "Demoens mails: log ind som admin@demo.klyngeportalen.dk, og åbn /drift/demopostkasse"
npx next start -p "${PORT:-3000}"

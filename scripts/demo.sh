#!/usr/bin/env bash
# The README's first command (`npm run demo`): migrate + seed the embedded SQLite database (or the
# PostgreSQL in DATABASE_URL), build, and start Klyngeportalen on http://localhost:3000.
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
echo "Klyngeportalen kører på http://localhost:${PORT:-3000} (demo-logins i README.md)"
exec npx next start -p "${PORT:-3000}"

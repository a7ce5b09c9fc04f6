#!/usr/bin/env bash
# The production server (`npm start`, the demo, the e2e servers and the bench all start it here): `next start`,
# with jemalloc as the allocator when the system has it (Debian: apt install libjemalloc2). glibc's malloc keeps
# the native memory freed after a burst of requests (measured: 107 MB taken, 13 MB in use, after the bench's load);
# jemalloc gives it back within a minute. docs/decisions/0020-memory-after-load.md. MALLOC=system turns it off.
# Arguments go to `next start` (-p PORT, -H HOST). exec: the server keeps this process's id and process group.
# --no-allocation-site-pretenuring: V8 otherwise decides, per allocation site, to allocate straight into the old
# generation when a scavenge finds nearly all of the site's objects alive — which happens to a render's objects when
# 100 requests are in flight, and to the engine's mid-run — and the decision sticks: the same code ran 1–4× slower
# from one process to the next. docs/decisions/0019-speed-at-the-floor.md ("The engine's two speeds"). The bench
# runs with the same flag (package.json).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${MALLOC:-}" != system ]; then
  # The library of this machine's architecture first (a multiarch machine may list the i386 one too).
  jemalloc="$( (/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null || true) | awk -v arch="/$(uname -m)-linux-gnu/" \
    '/libjemalloc\.so\.2 / { if (index($NF, arch)) { print $NF; found = 1; exit } if (!first) first = $NF }
     END { if (!found && first) print first }')"
  if [ -n "$jemalloc" ]; then export LD_PRELOAD="${jemalloc}${LD_PRELOAD:+:$LD_PRELOAD}"; fi
fi
exec node --no-allocation-site-pretenuring node_modules/next/dist/bin/next start "$@"

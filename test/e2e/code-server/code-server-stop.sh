#!/usr/bin/env bash
# test/e2e/code-server/code-server-stop.sh STATE_DIR: stop the code-server started by
# code-server-start.sh (by the process-group id recorded in STATE_DIR/code-server.pid).
# Copied unchanged from /work/shared/tools/real-clients/code-server-stop.sh.
set -u
state="${1:?usage: code-server-stop.sh STATE_DIR}"
pid="$(cat "$state/code-server.pid" 2>/dev/null)" || { echo "no pid file" >&2; exit 0; }
kill -TERM -- -"$pid" 2>/dev/null || true
for _ in $(seq 1 20); do kill -0 -- -"$pid" 2>/dev/null || exit 0; sleep 0.25; done
kill -KILL -- -"$pid" 2>/dev/null || true

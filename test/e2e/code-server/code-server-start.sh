#!/usr/bin/env bash
# test/e2e/code-server/code-server-start.sh CODE_SERVER_BIN STATE_DIR PORT [EXTENSION.vsix ...]
#
# Copied from /work/shared/tools/real-clients/code-server-start.sh and adapted
# for GDPR Lens (used by test/e2e/codeServer.test.ts): settings.json also turns
# off the minimap and the welcome/chat surfaces so screenshots show the editor.
#
# Starts code-server (VS Code 1.100 workbench over HTTP) in the background with
# all of its state under STATE_DIR (user data, extensions, XDG dirs, log), no
# auth, bound to 127.0.0.1:PORT, after installing the given .vsix files.
# Prints the PID of code-server; it is also its own process-group leader, so
#   kill -- -"$(cat STATE_DIR/code-server.pid)"
# stops it and its children (or use code-server-stop.sh STATE_DIR).
# Open a folder with http://127.0.0.1:PORT/?folder=/abs/path
# Temp files of VS Code / language servers go to $TMPDIR (set it to scratch).
set -euo pipefail
cs="${1:?usage: code-server-start.sh CODE_SERVER_BIN STATE_DIR PORT [VSIX...]}"
state="${2:?STATE_DIR}"
port="${3:?PORT}"
shift 3
mkdir -p "$state"
state="$(cd "$state" && pwd)"
mkdir -p "$state/data/User" "$state/extensions" "$state/xdg/config" "$state/xdg/data" \
  "$state/xdg/cache" "$state/xdg/state"

cat >"$state/data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.hover.delay": 150,
  "window.restoreWindows": "none",
  "files.hotExit": "off",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "off"
}
EOF
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$state/config.yaml"

export XDG_CONFIG_HOME="$state/xdg/config" XDG_DATA_HOME="$state/xdg/data" \
  XDG_CACHE_HOME="$state/xdg/cache" XDG_STATE_HOME="$state/xdg/state"
common=(--config "$state/config.yaml" --user-data-dir "$state/data" --extensions-dir "$state/extensions")

for vsix in "$@"; do
  timeout 120 "$cs" "${common[@]}" --force --install-extension "$vsix"
done
timeout 60 "$cs" "${common[@]}" --list-extensions --show-versions

# setsid: new session/process group whose id is the PID we record
setsid "$cs" "${common[@]}" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --ignore-last-opened \
  >"$state/code-server.log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$state/code-server.pid"

for _ in $(seq 1 120); do
  if curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
    echo "$pid"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "code-server exited early; log:" >&2; cat "$state/code-server.log" >&2; exit 1
  fi
  sleep 0.5
done
echo "code-server did not answer /healthz within 60s; log:" >&2
cat "$state/code-server.log" >&2
kill -- -"$pid" 2>/dev/null || true
exit 1

#!/usr/bin/env bash
# test/e2e/neovim/harness.sh: run an LSP server (here: GDPR Lens, `node dist/server.js --stdio`)
# under Neovim's real LSP client, headless, and print a JSON report. Used by test/e2e/neovim.test.ts;
# usable by hand, e.g. from the repository root:
#   bash test/e2e/neovim/harness.sh --file /tmp/x/privacy-policy.md --filetype markdown \
#     --hover 3:10 --action-for right-complaint -- node dist/server.js --stdio
# Origin: copied from /work/shared/tools/real-clients/nvim-lsp-harness.sh (generic harness, see its
# REPORT.md section 1) and adapted: it runs harness.lua next to it, and has the options listed in
# harness.lua's header (--action-for, --configuration-capability).
#
#   harness.sh --file F [--hover L:C] [--range L:C-L:C] [--apply N|TITLE] [--no-actions]
#                       [--out report.json] [--text-out edited.txt] [--filetype FT]
#                       [--root DIR] [--server-cwd DIR] [--min-diagnostics N] [--timeout-ms MS]
#                       [--settings JSON] [--init-options JSON]
#                       [--expect-diagnostic S] [--expect-hover S] [--expect-action S]
#                       [--expect-text S] [--action-for CODE] [--configuration-capability]
#                       -- SERVER_CMD [ARGS...]
#
# Positions are LSP positions (0-based line : 0-based UTF-16 column).
# Prints (or writes to --out) one JSON object: diagnostics, hover, hover_text,
# code_actions, applied, diagnostics_after, text_after, ok, errors, logs.
# Exit status: 0 ok, 1 a check failed, 2 usage error, 3 server did not start,
# 124 the whole run exceeded $HARNESS_TIMEOUT seconds (default 120).
# NVIM_LSP_HARNESS_LOG=path: debug-level LSP traffic log (Neovim's lsp.log) copied there.
# Needs: nvim >= 0.7 (Debian bookworm: apt-get install -y neovim).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
nvim_bin="${NVIM:-nvim}"
command -v "$nvim_bin" >/dev/null || { echo "Neovim not found: install it with \`apt-get install -y neovim\` (bash .ci/run does)" >&2; exit 2; }

argfile="$(mktemp "${TMPDIR:-/tmp}/gdpr-lens-nvim.XXXXXX")"
trap 'rm -f "$argfile"' EXIT
for a in "$@"; do
  case "$a" in *$'\n'*) echo "arguments must not contain newlines" >&2; exit 2;; esac
  printf '%s\n' "$a" >>"$argfile"
done

# -u NONE: no user config/plugins; -i NONE: no shada; -n: no swap files.
# Neovim's own log goes to a scratch dir so nothing is written under $HOME.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/gdpr-lens-nvim-home.XXXXXX")"
trap 'rm -f "$argfile"; rm -rf "$scratch"' EXIT
set +e
NVIM_LSP_HARNESS_ARGFILE="$argfile" NVIM_LSP_HARNESS_LUA="$here/harness.lua" NVIM_LOG_FILE="$scratch/nvim.log" \
XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" XDG_DATA_HOME="$scratch/data" \
  timeout --kill-after=5 "${HARNESS_TIMEOUT:-120}" \
  "$nvim_bin" --headless -u NONE -i NONE -n \
    -c 'lua dofile(os.getenv("NVIM_LSP_HARNESS_LUA"))' </dev/null
rc=$?
set -e
if [ -n "${NVIM_LSP_HARNESS_LOG:-}" ] && [ -f "$scratch/cache/nvim/lsp.log" ]; then
  cp "$scratch/cache/nvim/lsp.log" "$NVIM_LSP_HARNESS_LOG"
fi
if [ "$rc" -ne 0 ] && [ -s "$scratch/cache/nvim/lsp.log" ]; then
  echo "--- tail of Neovim lsp.log ---" >&2
  tail -n 30 "$scratch/cache/nvim/lsp.log" >&2
fi
exit "$rc"

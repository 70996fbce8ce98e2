#!/usr/bin/env bash
# Installs the sources the context bench measures on (Debian packages; never part of npm test or
# CI) and extracts the parts of OpenJDK's src.zip it uses. Run as root or with sudo; idempotent.
set -euo pipefail
packages=(golang-github-gin-gonic-gin-dev golang-github-gorilla-mux-dev librust-serde-dev librust-mio-dev librust-tokio-dev openjdk-17-source googletest libfmt-dev)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
cache="${HOME}/.cache/flywheel-bench/openjdk-17"
zip=/usr/lib/jvm/openjdk-17/lib/src.zip
if [ ! -d "$cache/java.net.http" ] || [ ! -d "$cache/java.base/sun/security/ssl" ]; then
  mkdir -p "$cache"
  python3 - "$zip" "$cache" <<'PY'
import sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z:
    for name in z.namelist():
        if name.startswith(('java.net.http/', 'java.base/sun/security/ssl/')) and name.endswith('.java'):
            z.extract(name, dest)
PY
fi
echo "context bench sources ready"

#!/usr/bin/env bash
# Builds and packages this repo's extension for the e2e tests into .e2e/flywheel.vsix
# (vsce runs `vscode:prepublish`, the production build). One packager at a time.
# Prints the .vsix path on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .e2e
exec 9>.e2e/package.lock
flock 9
out="$PWD/.e2e/flywheel.vsix"
# Written beside and renamed over: another test process may be installing the previous one
# right now, and must never find the path missing or half written.
tmp="$PWD/.e2e/flywheel.$$.vsix"
trap 'rm -f "$tmp"' EXIT
npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license \
  -o "$tmp" >&2
mv -f "$tmp" "$out"
echo "$out"

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
rm -f "$out"
npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license \
  -o "$out" >&2
echo "$out"

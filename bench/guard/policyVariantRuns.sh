#!/bin/bash
# guardpolicy1 (twenty-ninth round; measurement only): each placeholder-policy variant (src/core/guard/policyVariant.ts) run once
# through the quality figures, the grammar matrix and the look-alike scans; outputs in $OUT (default /tmp/gp1).
OUT=${OUT:-/tmp/gp1}
mkdir -p "$OUT"
cd "$(dirname "$0")/../.."
for v in main v1 v2 v3 v4 v5 v6; do
  if [ "$v" = main ]; then unset FLYWHEEL_POLICY; else export FLYWHEEL_POLICY=$v; fi
  npm run bench:guard -- --quality-only --json > "$OUT/$v.quality.json" 2>&1
  npx tsx bench/guard/grammarMatrix.ts --json > "$OUT/$v.matrix.json" 2>&1
  npx tsx bench/guard/lookalikeScan.ts --languages --show 3000 > "$OUT/$v.lang.txt" 2>&1
  npx tsx bench/guard/lookalikeScan.ts --system --show 3000 > "$OUT/$v.sys.txt" 2>&1
done

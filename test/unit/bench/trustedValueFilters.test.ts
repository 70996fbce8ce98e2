import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isSequentialValue, trustedFilters } from '../../../bench/guard/trustedValueFilters';

describe('trusted detectors\' value filters, as measured', () => {
  // detect-secrets' definition (filters/heuristic.py): the whole value, upper-cased, is one piece of a
  // cycle of base64's alphabet, letters and digits, digits, or hex.
  it('reads a value as sequential only when all of it is one piece of a cycle', () => {
    for (const v of ['ABCDEFGHIJKL', 'abcdefg', '0123456789', '0123456789abcdef', 'XYZ0123', '89ABCDEF01', 'VWXYZ=/', 'a']) assert.ok(isSequentialValue(v), v);
    // Interleaved runs, a run inside a longer value, skipped letters: not sequential by its definition.
    for (const v of ['1a2b3c4d', 'a1b2c3d4', '00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx', 'ACEGIK', 'abcdef.0123456789abcdef', 'letmein']) assert.ok(!isSequentialValue(v), v);
  });

  it('names every filter with the tool it comes from', () => {
    for (const f of trustedFilters) assert.match(f.source, /^(?:detect-secrets|gitleaks) /, f.name);
  });
});

// Property: over random workspace trees with random nested .gitignore files, IgnoreRules
// excludes exactly the files git itself reports as ignored.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { seededRandom } from '../../../src/core/seededRandom';
import { randomTree } from './randomTree';

test('IgnoreRules agrees with `git ls-files --ignored` on random trees', () => {
  const base = mkdtempSync(join(tmpdir(), 'flywheel-ignore-'));
  let ignored = 0;
  let kept = 0;
  try {
    for (let seed = 1; seed <= 25; seed++) {
      const tree = randomTree(seededRandom(seed));
      const dir = join(base, String(seed));
      for (const [path, text] of Object.entries(tree.files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      execFileSync('git', ['init', '-q', dir]);
      const listed = execFileSync('git', ['-C', dir, '-c', 'core.excludesFile=/dev/null', 'ls-files', '--others', '--ignored', '--exclude-standard', '-z'], {
        encoding: 'utf8',
      });
      const gitIgnored = new Set(listed.split('\0').filter(Boolean));
      const rules = new IgnoreRules({
        readFile: (p) => {
          try {
            return readFileSync(join(dir, p), 'utf8');
          } catch {
            return undefined;
          }
        },
      });
      for (const path of tree.contentPaths) {
        assert.equal(rules.isIgnored(path), gitIgnored.has(path), `seed ${seed}: ${path}\n${tree.describe()}`);
        if (gitIgnored.has(path)) ignored++;
        else kept++;
      }
    }
    // The trees must exercise both outcomes, or the agreement proves nothing.
    assert.ok(ignored > 50 && kept > 50, `ignored ${ignored}, kept ${kept}`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

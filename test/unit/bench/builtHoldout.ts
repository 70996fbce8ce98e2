// The check every holdout file shares: it is exactly what the build makes of raw/, holds no text of another
// split, no text twice, and each secret item's secrets stand in its text (a clean item lists none). Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExternalCorpus, serializeCorpus } from '../../../bench/guard/corpus/buildExternalCorpus';
import { reportExternal, type ExternalItem, type Split } from '../../../bench/guard/splitReport';

let built: ReturnType<typeof buildExternalCorpus> | undefined;

/** The build costs seconds: builtCorpus.test.ts checks every corpus file against one build. */
export function builtCorpus(): ReturnType<typeof buildExternalCorpus> {
  return (built ??= buildExternalCorpus());
}

export function assertBuiltHoldout(split: string, path: string): void {
  const { items } = builtCorpus();
  const held = items.filter((i) => i.split === split);
  assert.ok(serializeCorpus(held) === readFileSync(path, 'utf8'), `${split}.jsonl differs from the build`);
  const older = new Set(items.filter((i) => i.split !== split).map((i) => i.text));
  assert.ok(held.every((i) => !older.has(i.text)), `a ${split} text is in an older split`);
  assert.equal(new Set(held.map((i) => i.text)).size, held.length, 'a text twice');
  for (const i of held) assert.ok(i.label === 'secret' ? i.secrets.length > 0 && i.secrets.every((s) => s && i.text.includes(s)) : i.secrets.length === 0, `${i.source} ${i.rule}`);
}

/**
 * The report of all splits scores `split` apart under its header (`external holdout8 (codeql-js, …)`), counts its
 * scored items, and neither lists its misses nor prints any of its texts.
 */
export function assertReportedApart(all: readonly ExternalItem[], split: Split, header: string): void {
  const held = all.filter((i) => i.split === split);
  const report = reportExternal(all);
  assert.equal(report[split].secretItems, held.filter((i) => i.label === 'secret' && !i.note).length);
  assert.equal(report[split].cleanItems, held.filter((i) => i.label === 'clean' && !i.note).length);
  assert.ok(report.lines.some((l) => l.startsWith(`external ${header}: recall `)));
  assert.ok(!report.lines.some((l) => l.includes(`${split} missed`) || l.includes(`${split} false positive`)), `a ${split} item is listed`);
  const texts = [...new Set(held.map((i) => i.text.replace(/\n/g, '⏎').slice(0, 40)))].filter((t) => t.length >= 20);
  assert.ok(!report.lines.some((l) => texts.some((t) => l.includes(t))), `a ${split} text is printed`);
}

/**
 * Each source's files under `raw/<source>/` are saved verbatim as its manifest lists them (the repository, and per file
 * its path, commit, index file id and length), and nothing else is saved there. An excerpt (the manifest says which part
 * in `excerpt`) is saved as `<path>.excerpt.txt` (several of one file as `.excerpt1.txt`, `.excerpt2.txt`, …); a
 * version the index gave without a commit says so (`not given: …`).
 */
export function assertSavedAsListed(raw: string, repos: Readonly<Record<string, string>>): void {
  for (const [source, repo] of Object.entries(repos)) {
    const m = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { repo: string; files: { path: string; commit: string; id: string; length: number; saved: string; excerpt?: string }[] };
    assert.equal(m.repo, repo);
    for (const f of m.files) {
      // Several excerpts of one file are numbered (`.excerpt1`, `.excerpt2`, …).
      assert.ok(f.saved === `${f.path.replace(/\//g, '__')}.txt` ? !f.excerpt : f.excerpt && new RegExp(`^${escapeRegExp(f.path.replace(/\//g, '__'))}\\.excerpt\\d*\\.txt$`).test(f.saved), f.saved);
      assert.match(f.commit, /^(?:[0-9a-f]{40}|not given: .+)$/);
      assert.match(f.id, /^\d+$/);
      assert.equal(readFileSync(join(raw, source, f.saved), 'utf8').length, f.length, f.path);
    }
    assert.deepEqual(readdirSync(join(raw, source)).filter((f) => f !== 'manifest.json').sort(), m.files.map((f) => f.saved).sort());
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The check every holdout file shares: it is exactly what the build makes of raw/, holds no text of another
// split, no text twice, and each secret item's secrets stand in its text (a clean item lists none). Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildExternalCorpus, serializeCorpus } from '../../../bench/guard/corpus/buildExternalCorpus';

export function assertBuiltHoldout(split: string, path: string): void {
  const { items } = buildExternalCorpus();
  const held = items.filter((i) => i.split === split);
  assert.ok(serializeCorpus(held) === readFileSync(path, 'utf8'), `${split}.jsonl differs from the build`);
  const older = new Set(items.filter((i) => i.split !== split).map((i) => i.text));
  assert.ok(held.every((i) => !older.has(i.text)), `a ${split} text is in an older split`);
  assert.equal(new Set(held.map((i) => i.text)).size, held.length, 'a text twice');
  for (const i of held) assert.ok(i.label === 'secret' ? i.secrets.length > 0 && i.secrets.every((s) => s && i.text.includes(s)) : i.secrets.length === 0, `${i.source} ${i.rule}`);
}

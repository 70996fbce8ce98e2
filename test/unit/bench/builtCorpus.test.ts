// external.jsonl, holdout3.jsonl and each later holdout file are exactly what the build makes of raw/: checked
// here against one build (the build takes seconds, each test file is a process of its own). Each split's own test
// file checks how it loads, labels and is reported. A new holdout's rebuild test belongs here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  externalCorpusPath, holdout3CorpusPath, holdout4CorpusPath, holdout5CorpusPath, holdout6CorpusPath, holdout7CorpusPath,
  holdout8CorpusPath, holdout9CorpusPath, holdout10CorpusPath, holdout11CorpusPath, holdout12CorpusPath, holdout13CorpusPath, holdout14CorpusPath, holdout15CorpusPath, holdout16CorpusPath, holdout17CorpusPath, serializeCorpus,
  holdout18CorpusPath, holdout19CorpusPath,
  holdout20CorpusPath,
  holdout21CorpusPath,
  holdout22CorpusPath,
  holdout23CorpusPath,
  holdout24CorpusPath,
  holdout25CorpusPath,
  holdout26CorpusPath,
  holdout27CorpusPath,
  holdout28CorpusPath,
  holdout29CorpusPath,
  holdout30CorpusPath,
  holdout31CorpusPath,
  holdout32CorpusPath,
  holdout33CorpusPath,
  holdout34CorpusPath,
  holdout35CorpusPath,
  holdout36CorpusPath,
  holdout37CorpusPath,
  holdout39CorpusPath,
  holdout41CorpusPath,
  holdout38CorpusPath,
  holdout42CorpusPath,
  holdout40CorpusPath,
  holdout45CorpusPath,
  holdout46CorpusPath,
  holdout47CorpusPath,
  holdout48CorpusPath,
  holdout49CorpusPath,
  holdout50CorpusPath,
  holdout51CorpusPath,
  holdout52CorpusPath,
  holdout53CorpusPath,
  holdout54CorpusPath,
  holdout55CorpusPath,
  holdout56CorpusPath,
  holdout57CorpusPath,
  holdout58CorpusPath,
  holdout59CorpusPath,
  holdout60CorpusPath,
  holdout61CorpusPath,
  holdout62CorpusPath,
  holdout63CorpusPath,
  holdout43CorpusPath,
  holdout44CorpusPath,
} from '../../../bench/guard/corpus/buildExternalCorpus';
import { assertBuiltHoldout, builtCorpus } from './builtHoldout';
import { SPLITS } from '../../../bench/guard/splitReport';

test('external.jsonl and holdout3.jsonl are exactly what the build makes of raw/ (rebuild them after changing an excerpt)', () => {
  const { items } = builtCorpus();
  assert.ok(serializeCorpus(items.filter((i) => !SPLITS.slice(3).includes(i.split))) === readFileSync(externalCorpusPath, 'utf8'), 'external.jsonl differs from the build');
  // Compared without printing: the third holdout's items are not for reading.
  assert.ok(serializeCorpus(items.filter((i) => i.split === 'holdout3')) === readFileSync(holdout3CorpusPath, 'utf8'), 'holdout3.jsonl differs from the build');
  for (const split of ['tune', 'holdout', 'holdout2', 'holdout3']) assert.ok(items.some((i) => i.split === split), split);
  const older = new Set(items.filter((i) => i.split !== 'holdout2' && i.split !== 'holdout3').map((i) => i.text));
  assert.ok(items.filter((i) => i.split === 'holdout2').every((i) => !older.has(i.text)), 'a second-holdout text is in an older split');
  for (const i of items.filter((i) => i.split === 'holdout2')) older.add(i.text);
  assert.ok(items.filter((i) => i.split === 'holdout3').every((i) => !older.has(i.text)), 'a third-holdout text is in an older split');
  for (const i of items) assert.ok(i.label === 'secret' ? i.secrets.length > 0 : i.secrets.length === 0, `${i.split} ${i.source} ${i.rule}: a secret item without secrets or a clean one with them`);
});

test('holdout4.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout4', holdout4CorpusPath);
});

test('holdout5.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout5', holdout5CorpusPath);
});

test('holdout6.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout6', holdout6CorpusPath);
});

test('holdout7.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout7', holdout7CorpusPath);
});

test('holdout8.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout8', holdout8CorpusPath);
});

test('holdout9.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout9', holdout9CorpusPath);
});

test('holdout10.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout10', holdout10CorpusPath);
});

test('holdout11.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout11', holdout11CorpusPath);
});

test('holdout12.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout12', holdout12CorpusPath);
});

test('holdout13.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout13', holdout13CorpusPath);
});

test('holdout14.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout14', holdout14CorpusPath);
});

test('holdout15.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout15', holdout15CorpusPath);
});

test('holdout16.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout16', holdout16CorpusPath);
});

test('holdout17.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout17', holdout17CorpusPath);
});

test('holdout18.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout18', holdout18CorpusPath);
});

test('holdout19.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout19', holdout19CorpusPath);
});

test('holdout20.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout20', holdout20CorpusPath);
});

test('holdout21.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout21', holdout21CorpusPath);
});

test('holdout22.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout22', holdout22CorpusPath);
});

test('holdout23.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout23', holdout23CorpusPath);
});

test('holdout24.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout24', holdout24CorpusPath);
});

test('holdout25.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout25', holdout25CorpusPath);
});

test('holdout26.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout26', holdout26CorpusPath);
});

test('holdout27.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout27', holdout27CorpusPath);
});

test('holdout28.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout28', holdout28CorpusPath);
});

test('holdout29.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout29', holdout29CorpusPath);
});

test('holdout30.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout30', holdout30CorpusPath);
});

test('holdout31.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout31', holdout31CorpusPath);
});

test('holdout32.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout32', holdout32CorpusPath);
});

test('holdout33.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout33', holdout33CorpusPath);
});

test('holdout34.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout34', holdout34CorpusPath);
});

test('holdout35.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout35', holdout35CorpusPath);
});

test('holdout36.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout36', holdout36CorpusPath);
});

test('holdout37.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout37', holdout37CorpusPath);
});

test('holdout39.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout39', holdout39CorpusPath);
});

test('holdout41.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout41', holdout41CorpusPath);
});

test('holdout38.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout38', holdout38CorpusPath);
});

test('holdout42.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout42', holdout42CorpusPath);
});

test('holdout40.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout40', holdout40CorpusPath);
});

test('holdout45.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout45', holdout45CorpusPath);
});

test('holdout46.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout46', holdout46CorpusPath);
});

test('holdout47.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout47', holdout47CorpusPath);
});

test('holdout48.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout48', holdout48CorpusPath);
});

test('holdout49.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout49', holdout49CorpusPath);
});

test('holdout50.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout50', holdout50CorpusPath);
});

test('holdout51.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout51', holdout51CorpusPath);
});

test('holdout52.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout52', holdout52CorpusPath);
});

test('holdout53.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout53', holdout53CorpusPath);
});

test('holdout54.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout54', holdout54CorpusPath);
});

test('holdout55.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout55', holdout55CorpusPath);
});

test('holdout56.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout56', holdout56CorpusPath);
});

test('holdout57.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout57', holdout57CorpusPath);
});

test('holdout58.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout58', holdout58CorpusPath);
});

test('holdout59.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout59', holdout59CorpusPath);
});

test('holdout60.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout60', holdout60CorpusPath);
});

test('holdout61.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout61', holdout61CorpusPath);
});

test('holdout62.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout62', holdout62CorpusPath);
});

test('holdout63.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout63', holdout63CorpusPath);
});

test('holdout43.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout43', holdout43CorpusPath);
});

test('holdout44.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout44', holdout44CorpusPath);
});

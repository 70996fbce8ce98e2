// Each holdout file is exactly what the build makes of raw/: checked here against one build (the build takes
// seconds, each test file is a process of its own). Each holdout's own test file checks how it loads, labels
// and is reported. A new holdout's rebuild test belongs here.
import { test } from 'node:test';
import {
  holdout4CorpusPath, holdout5CorpusPath, holdout6CorpusPath, holdout7CorpusPath, holdout8CorpusPath, holdout10CorpusPath,
} from '../../../bench/guard/corpus/buildExternalCorpus';
import { assertBuiltHoldout } from './builtHoldout';

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

test('holdout10.jsonl is exactly what the build makes of raw/, and holds no text of an older split', () => {
  assertBuiltHoldout('holdout10', holdout10CorpusPath);
});

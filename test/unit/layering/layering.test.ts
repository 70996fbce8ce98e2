// The layering rules hold for the real tree, and the check fails on a tree that breaks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findViolations, importsOf, readSourceFiles, repositoryRoot, type SourceFile } from './importRules';

test('the source tree keeps its layering (src/core, src/core/models, media/)', () => {
  const files = readSourceFiles(repositoryRoot(), ['src', 'media']);
  assert.ok(files.length > 100, 'the walk found the sources');
  const violations = findViolations(files);
  assert.deepEqual(violations.map((v) => `${v.file} imports ${v.target}: ${v.why}`), []);
});

test('imports are found in every form, and not in comments', () => {
  const text = [
    "import * as vscode from 'vscode';",
    "import type { A } from './a';",
    'import {',
    '  B,',
    "} from '../b';",
    "export { C } from './c';",
    "import './side-effect';",
    "const d = require('./d');",
    "const e = await import('./e');",
    "// import { F } from './f';",
    "/* import { G } from './g'; */",
  ].join('\n');
  assert.deepEqual(importsOf(text).sort(), ['../b', './a', './c', './d', './e', './side-effect', 'vscode']);
});

// A small tree that breaks each rule once, beside files that obey them.
const fixture: SourceFile[] = [
  { path: 'src/core/completion/engine.ts', text: "import * as vscode from 'vscode';\nimport { x } from '../models/gateway';" },
  { path: 'src/core/chat/session.ts', text: "import { Editor } from '../../vscode/chat/editor';" },
  { path: 'src/core/models/gateway.ts', text: "import { redact } from '../guard/redactor';\nexport const x = 1;" },
  { path: 'src/core/models/provider.ts', text: "import type { FeedbackSink } from '../feedback/feedbackEvents';\nimport { x } from './gateway';" },
  { path: 'src/core/guard/redactor.ts', text: 'export const redact = 1;' },
  { path: 'src/core/feedback/feedbackEvents.ts', text: 'export interface FeedbackSink {}' },
  { path: 'src/core/chat/chatProtocol.ts', text: "export type { Turn } from './conversation';" },
  { path: 'src/core/chat/conversation.ts', text: 'export interface Turn {}' },
  { path: 'src/vscode/chat/editor.ts', text: "import * as vscode from 'vscode';\nexport class Editor {}" },
  { path: 'media/chat/main.ts', text: "import type { Turn } from '../../src/core/chat/chatProtocol';\nimport hljs from 'highlight.js/lib/core';" },
  { path: 'media/chat/view.ts', text: "import type { Turn } from '../../src/core/chat/conversation';" },
];

test('the check fails on each kind of violation, and only on those', () => {
  const found = findViolations(fixture).map((v) => `${v.file} -> ${v.target}`);
  assert.deepEqual(found.sort(), [
    'media/chat/view.ts -> src/core/chat/conversation.ts',
    'src/core/chat/session.ts -> src/vscode/chat/editor.ts',
    'src/core/completion/engine.ts -> vscode',
    'src/core/models/gateway.ts -> src/core/guard/redactor.ts',
    'src/core/models/provider.ts -> src/core/feedback/feedbackEvents.ts',
  ]);
});

test('only the prompt door hands prompts to the gateway', () => {
  const callers = readSourceFiles(repositoryRoot(), ['src']).filter((f) => /gateway\.stream\(/.test(f.text));
  assert.deepEqual(callers.map((f) => f.path), ['src/core/promptDoor.ts']);
});

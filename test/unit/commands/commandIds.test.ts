// package.json and src/vscode/commandIds.ts declare the same commands: one cannot gain, lose or
// misspell an id without the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRIBUTED_COMMANDS, InternalCommands } from '../../../src/vscode/commandIds';

interface Contributed {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
}

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
const contributed: Contributed[] = pkg.contributes.commands;

test('package.json contributes exactly the commands of commandIds.ts', () => {
  assert.deepEqual(contributed.map((c) => c.command).sort(), [...CONTRIBUTED_COMMANDS].sort());
  assert.equal(new Set(CONTRIBUTED_COMMANDS).size, CONTRIBUTED_COMMANDS.length, 'no id is declared twice');
});

test('internal commands stay out of package.json', () => {
  for (const id of Object.values(InternalCommands)) assert.ok(!contributed.some((c) => c.command === id), id);
});

test('every command a menu, keybinding or walkthrough names is declared', () => {
  const known = new Set<string>(CONTRIBUTED_COMMANDS);
  const named: string[] = [];
  for (const entries of Object.values(pkg.contributes.menus ?? {}) as Array<Array<{ command?: string }>>) {
    for (const entry of entries) if (entry.command) named.push(entry.command);
  }
  for (const binding of pkg.contributes.keybindings ?? []) named.push(binding.command);
  const walkthroughs = JSON.stringify(pkg.contributes.walkthroughs ?? []);
  for (const match of walkthroughs.matchAll(/command:(flywheel\.[A-Za-z.]+)/g)) named.push(match[1]);
  assert.ok(named.length > 10, 'the menus were read');
  assert.deepEqual(named.filter((id) => !known.has(id)), []);
});

test('every contributed command has the Flywheel category and a title', () => {
  for (const c of contributed) {
    assert.equal(c.category, 'Flywheel', c.command);
    assert.ok(c.title.length > 0, c.command);
  }
});

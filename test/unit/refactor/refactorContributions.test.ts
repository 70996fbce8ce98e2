// package.json declares every refactor command the code registers, with category and icon,
// and the keybindings/menus only apply inside the proposal preview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOM_ACTIONS_SETTING, PROPOSAL_SCHEME, REFACTOR_COMMANDS, REFACTOR_CONTEXT } from '../../../src/vscode/refactor/refactorIds';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));

test('every refactor command is contributed with the Flywheel category and an icon', () => {
  const contributed = new Map<string, { category: string; icon: string }>(pkg.contributes.commands.map((c: { command: string }) => [c.command, c]));
  for (const id of Object.values(REFACTOR_COMMANDS)) {
    const command = contributed.get(id);
    assert.ok(command, `${id} is not in package.json`);
    assert.equal(command.category, 'Flywheel');
    assert.match(command.icon, /^\$\([a-z-]+\)$/);
  }
});

test('accept/reject keybindings are scoped to a review in the preview', () => {
  const bindings = pkg.contributes.keybindings.filter((k: { command: string }) => k.command.startsWith('flywheel.refactor.'));
  assert.deepEqual(bindings.map((k: { command: string }) => k.command).sort(), [REFACTOR_COMMANDS.accept, REFACTOR_COMMANDS.acceptHunks, REFACTOR_COMMANDS.reject].sort());
  for (const k of bindings) {
    assert.match(k.when, new RegExp(`resourceScheme == ${PROPOSAL_SCHEME}`));
    assert.match(k.when, new RegExp(`${REFACTOR_CONTEXT.reviewing.replace(/\./g, '\\.')}`));
  }
});

test('the custom actions setting is declared with a schema', () => {
  const setting = pkg.contributes.configuration.properties[CUSTOM_ACTIONS_SETTING];
  assert.equal(setting.type, 'array');
  assert.equal(setting.scope, 'resource');
  assert.deepEqual(setting.items.required, ['name', 'instruction']);
});

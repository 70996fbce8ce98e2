// package.json declares every refactor and review command the code registers, with category
// and icon, and the review's keybindings only apply inside a review editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RefactorCommands, ReviewCommands } from '../../../src/vscode/commandIds';
import { CUSTOM_ACTIONS_SETTING } from '../../../src/vscode/refactor/refactorIds';
import { REVIEW_CONTEXT, REVIEW_SCHEME } from '../../../src/vscode/review/reviewIds';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));

test('every refactor and review command is contributed with the Flywheel category and an icon', () => {
  const contributed = new Map<string, { category: string; icon: string }>(pkg.contributes.commands.map((c: { command: string }) => [c.command, c]));
  for (const id of [...Object.values(RefactorCommands), ...Object.values(ReviewCommands)]) {
    const command = contributed.get(id);
    assert.ok(command, `${id} is not in package.json`);
    assert.equal(command.category, 'Flywheel');
    assert.match(command.icon, /^\$\([a-z-]+\)$/);
  }
});

test('review keybindings exist for accept, reject, choose, keep and discard, scoped to a review editor', () => {
  const bindings = pkg.contributes.keybindings.filter((k: { command: string }) => k.command.startsWith('flywheel.review.'));
  const { acceptAll, rejectAll, chooseChanges, keepChange, discardChange } = ReviewCommands;
  assert.deepEqual(bindings.map((k: { command: string }) => k.command).sort(), [acceptAll, rejectAll, chooseChanges, keepChange, discardChange].sort());
  for (const k of bindings) {
    assert.match(k.when, new RegExp(`resourceScheme == ${REVIEW_SCHEME}`));
    assert.match(k.when, new RegExp(REVIEW_CONTEXT.state.replace(/\./g, '\\.')));
  }
  // Every binding is documented where users look.
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  for (const k of bindings) assert.match(readme, new RegExp(k.key.replace(/\+/g, '\\+'), 'i'), `${k.key} in README`);
});

test('the custom actions setting is declared with a schema', () => {
  const setting = pkg.contributes.configuration.properties[CUSTOM_ACTIONS_SETTING];
  assert.equal(setting.type, 'array');
  assert.equal(setting.scope, 'resource');
  assert.deepEqual(setting.items.required, ['name', 'instruction']);
});

// A safeguard (redaction, .gitignore respected, local only) read from its scopes: a repository's
// settings may turn it on, never off; the user's own settings may.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeguardOn } from '../../../src/core/safeguardSetting';

test("a workspace's or folder's settings cannot turn an on-by-default safeguard off", () => {
  assert.equal(safeguardOn(undefined, true), true);
  assert.equal(safeguardOn({ workspaceValue: false }, true), true, 'redactSecrets: false in .vscode/settings.json');
  assert.equal(safeguardOn({ workspaceFolderValue: false }, true), true);
  assert.equal(safeguardOn({ globalValue: false }, true), false, "the user's own settings turn it off");
  assert.equal(safeguardOn({ globalValue: false, workspaceValue: true }, true), true, 'a workspace may turn it back on');
});

test('an off-by-default safeguard (local only): any scope turns it on, none below the user turns it off', () => {
  assert.equal(safeguardOn(undefined, false), false);
  assert.equal(safeguardOn({ workspaceValue: true }, false), true);
  assert.equal(safeguardOn({ workspaceFolderValue: true, globalValue: false }, false), true);
  assert.equal(safeguardOn({ globalValue: true, workspaceValue: false }, false), true, "a repository cannot lift the user's restriction");
  assert.equal(safeguardOn({ globalValue: true }, false), true);
});

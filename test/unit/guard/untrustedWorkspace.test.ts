// #11: "an untrusted workspace gets the defaults only". What makes it hold in VS Code is the manifest: an extension with a
// `main` that declares no `capabilities.untrustedWorkspaces` "will remain disabled until Workspace Trust is granted" (VS Code's
// Workspace Trust extension guide), so in Restricted Mode Flywheel sends nothing at all; and where a user's own
// `extensions.supportUntrustedWorkspaces` enables it anyway, PathPolicy with `trusted: false` takes none of the workspace's
// globs or its `respectGitignore: false` (pathPolicy.test.ts). Nothing tested the first half: a manifest that starts declaring
// support (`true` or `"limited"`) would turn the promise over to the second half unnoticed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

test('the manifest keeps Flywheel disabled in an untrusted workspace (Restricted Mode)', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { main?: string; capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
  assert.ok(manifest.main, 'an extension with code: VS Code applies Workspace Trust to it');
  const supported = manifest.capabilities?.untrustedWorkspaces?.supported;
  assert.ok(supported === undefined || supported === false, `untrustedWorkspaces.supported is ${JSON.stringify(supported)}: walk #11's untrusted-workspace promise (PathPolicy trusted: false, every feature) before declaring it`);
});

// A .vsix installed once per run, copied into each session. `code-server --install-extension` is a
// Node 24 process of its own that starts VS Code's server side (4-7 s on a loaded machine); every
// suite installs the same .vsix, so it runs once per .vsix (by content) into a template beside it,
// and each session copies the template: the extension folder as the installer laid it out (with its
// .vsixmanifest); extensions.json as the installer writes it (the folders already unpacked there, then
// the .vsix's entry pointed at the session's folder); and the builtin-extension scan the installer left
// in user-data (keyed by code-server's own build, no session path).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findInstallation, repoRoot } from './installation';

const templatesDir = join(repoRoot, '.e2e');
const templatePrefix = 'installed-';

interface ExtensionsJsonEntry {
  identifier?: { id: string };
  version?: string;
  relativeLocation?: string;
  location?: unknown;
}

/** Installs `vsix` into a session's folders as `code-server --install-extension` would. */
export function installVsixInto(vsix: string, extensionsDir: string, userDataDir: string): void {
  const template = templateFor(vsix);
  // The installer lists the folders already unpacked there (the bridge) in extensions.json too: an
  // unlisted folder is then "removed" (VS Code skips it once the file exists).
  const unpacked = readdirSync(extensionsDir).map((relativeLocation): ExtensionsJsonEntry => {
    const path = join(extensionsDir, relativeLocation);
    const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    return { identifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version, location: { $mid: 1, path, scheme: 'file' }, relativeLocation };
  });
  for (const entry of readdirSync(join(template, 'extensions'))) {
    if (entry !== 'extensions.json') cpSync(join(template, 'extensions', entry), join(extensionsDir, entry), { recursive: true });
  }
  const manifest = JSON.parse(readFileSync(join(template, 'extensions', 'extensions.json'), 'utf8')) as ExtensionsJsonEntry[];
  for (const entry of manifest) {
    if (!entry.relativeLocation) throw new Error(`an extensions.json entry without relativeLocation in ${template}`);
    const path = join(extensionsDir, entry.relativeLocation);
    entry.location = { $mid: 1, fsPath: path, external: pathToFileURL(path).href, path, scheme: 'file' };
  }
  writeFileSync(join(extensionsDir, 'extensions.json'), JSON.stringify([...unpacked, ...manifest]));
  const cached = join(template, 'user-data', 'CachedProfilesData');
  if (existsSync(cached)) cpSync(cached, join(userDataDir, 'CachedProfilesData'), { recursive: true });
}

/** The template for this .vsix's content, installed now by code-server when missing. */
function templateFor(vsix: string): string {
  const install = findInstallation();
  const key = createHash('sha256').update(readFileSync(vsix)).update(install.codeServerDir).digest('hex').slice(0, 16);
  const template = join(templatesDir, `${templatePrefix}${key}`);
  if (existsSync(join(template, 'extensions', 'extensions.json'))) return template;

  mkdirSync(templatesDir, { recursive: true });
  const work = `${template}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  const userDataDir = join(work, 'user-data');
  const extensionsDir = join(work, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(work, 'xdg-config'),
    XDG_DATA_HOME: join(work, 'xdg-data'),
    EXTENSIONS_GALLERY: '{}',
  };
  const entry = join(install.codeServerDir, 'out', 'node', 'entry.js');
  try {
    execFileSync(install.node24, [
      entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', join(work, 'config.yaml'),
      '--install-extension', vsix, '--force',
    ], { env, stdio: 'pipe', timeout: 60_000 });
    try {
      renameSync(work, template);
    } catch (err) {
      // Another test process finished the same template first: theirs is as good as ours.
      if (!existsSync(join(template, 'extensions', 'extensions.json'))) throw err;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  pruneOldTemplates(template);
  return template;
}

/** Templates of earlier builds go; one younger than an hour may still be in use by another run. */
function pruneOldTemplates(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(templatesDir)) {
    const path = join(templatesDir, name);
    if (!name.startsWith(templatePrefix) || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

// The extension under test, packaged as users get it: a .vsix built by vsce from this repo.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './installation';

let packaged: string | undefined;

/**
 * Path of a .vsix of this repo: $FLYWHEEL_E2E_VSIX when set (`npm run test:e2e` packages once
 * for all test files), else packaged now by scripts/e2e/package.sh, once per test process.
 */
export function packageFlywheelVsix(): string {
  const fromEnv = process.env.FLYWHEEL_E2E_VSIX;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FLYWHEEL_E2E_VSIX=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (packaged) return packaged;
  const script = join(repoRoot, 'scripts', 'e2e', 'package.sh');
  const out = execFileSync(script, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  packaged = out.trim().split('\n').pop() ?? '';
  return packaged;
}

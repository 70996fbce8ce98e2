// Finds the cached code-server + Node 24 + Chromium installed by scripts/e2e/install.sh,
// running the script when needed (a no-op in milliseconds once cached).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface E2eInstallation {
  readonly node24: string;
  readonly codeServerDir: string;
  readonly chromium: string;
}

export const repoRoot = join(__dirname, '..', '..', '..');

let cached: E2eInstallation | undefined;

export function findInstallation(): E2eInstallation {
  if (cached) return cached;
  const fromEnv = readFromEnv(process.env);
  if (fromEnv) return (cached = fromEnv);
  const script = join(repoRoot, 'scripts', 'e2e', 'install.sh');
  // stderr passes through so a first-time install shows its progress.
  const out = execFileSync(script, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const envFile = out.trim().split('\n').pop() ?? '';
  const vars: Record<string, string> = {};
  for (const m of readFileSync(envFile, 'utf8').matchAll(/^export (\w+)="([^"]*)"$/gm)) vars[m[1]] = m[2];
  const fromFile = readFromEnv(vars);
  if (!fromFile) throw new Error(`scripts/e2e/install.sh wrote an incomplete ${envFile}`);
  return (cached = fromFile);
}

function readFromEnv(env: Record<string, string | undefined>): E2eInstallation | undefined {
  const node24 = env.FLYWHEEL_E2E_NODE24;
  const codeServerDir = env.FLYWHEEL_E2E_CODE_SERVER;
  if (!node24 || !codeServerDir) return undefined;
  return { node24, codeServerDir, chromium: env.FLYWHEEL_E2E_CHROMIUM || '/usr/bin/chromium' };
}

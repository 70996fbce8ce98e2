// Names that resolve to 127.0.0.1 inside the extension host, to prove what was NOT sent: a
// request to http://models.example.test:PORT would really reach the loopback fake server on
// PORT, so "the fake server saw nothing" means nothing was sent, not that DNS failed. Every
// lookup of an aliased name is counted. The hook wraps node:dns lookup (what net.connect and
// undici call) in the extension host process through the e2e bridge; it lasts until that
// process ends.
import type { Bridge } from './bridge';

/** Makes `hostname` resolve to 127.0.0.1 in the extension host (idempotent) and starts counting its lookups. */
export async function aliasHostToLoopback(bridge: Bridge, hostname: string): Promise<void> {
  await bridge.evaluate((_vscode, name: string) => {
    const state = ((globalThis as Record<string, unknown>).__flywheelE2eHostAlias ??= { names: {} as Record<string, number>, installed: false }) as {
      names: Record<string, number>;
      installed: boolean;
    };
    state.names[name.toLowerCase()] ??= 0;
    if (state.installed) return;
    const dns = (process as unknown as { getBuiltinModule(id: string): typeof import('node:dns') }).getBuiltinModule('node:dns');
    const original = dns.lookup as (...a: unknown[]) => unknown;
    // Assigned directly (no named function): the source runs in the host without tsx's helpers.
    (dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown): unknown => {
      const key = String(hostname).toLowerCase();
      if (!(key in state.names)) return original.apply(dns, [hostname, options, callback].filter((a) => a !== undefined));
      state.names[key]! += 1;
      const cb = (typeof options === 'function' ? options : callback) as (...a: unknown[]) => void;
      const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
      process.nextTick(() => (all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
      return undefined;
    };
    state.installed = true;
  }, hostname);
}

/** How many times the extension host looked up an aliased name so far. */
export function hostLookups(bridge: Bridge, hostname: string): Promise<number> {
  return bridge.evaluate((_vscode, name: string) => {
    const state = (globalThis as Record<string, unknown>).__flywheelE2eHostAlias as { names: Record<string, number> } | undefined;
    return state?.names[name.toLowerCase()] ?? 0;
  }, hostname);
}

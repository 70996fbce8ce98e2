// A workspace of N files of real code nobody here wrote, for the benches that index at scale:
// the Python standard library and the TypeScript and JavaScript of node_modules, shuffled, then
// copied round-robin into copy folders when there are fewer than N.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { seededRandom } from '../../src/core/seededRandom';
import { filesUnder } from '../sourceTree';

const SKIP = new Set(['.git', '__pycache__', 'test', 'tests', 'dist']);

/** Real source files of this machine: the Python stdlib and the .ts/.js of node_modules (under 100 KB each). */
function realSources(): string[] {
  const under = (dir: string, keep: (name: string) => boolean, out: string[]) =>
    filesUnder(dir, { skip: (name) => SKIP.has(name), keep: (name, size) => size < 100_000 && keep(name) }, out);
  const out: string[] = [];
  for (const dir of ['/usr/lib/python3', ...readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d)).map((d) => join('/usr/lib', d))]) under(dir, (n) => n.endsWith('.py'), out);
  under(join(process.cwd(), 'node_modules'), (n) => (n.endsWith('.ts') && !n.endsWith('.d.ts')) || (n.endsWith('.js') && !n.endsWith('.min.js')), out);
  return out;
}

/** A workspace of `count` files: every real source once, then again under copy folders. */
export function makeScaleWorkspace(root: string, count: number): { paths: string[]; bytes: number; distinct: number } {
  const sources = realSources();
  const shuffled = [...sources];
  const random = seededRandom(0x5ca1e);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count && shuffled.length; i++) {
    const source = shuffled[i % shuffled.length];
    const path = `copy${Math.floor(i / shuffled.length)}/${relative('/', source).replace(/^(usr\/lib|work\/[^/]+\/[^/]+)\//, '')}`;
    const text = readFileSync(source);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    paths.push(path);
    bytes += text.length;
  }
  return { paths, bytes, distinct: Math.min(count, shuffled.length) };
}

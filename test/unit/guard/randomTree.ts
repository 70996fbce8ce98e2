// Random workspace trees with random nested .gitignore / .flywheelignore files, for property
// tests. File names avoid the default secret patterns unless `withSecrets` is set.
import { seededRandom } from '../../../src/core/seededRandom';

export interface RandomTree {
  /** Every file, ignore files included, by relative path. */
  readonly files: Record<string, string>;
  /** The non-ignore-file paths (the ones a prompt could draw from). */
  readonly contentPaths: readonly string[];
  describe(): string;
}

const dirNames = ['src', 'lib', 'build', 'dist', 'docs', 'gen', 'a', 'b', 'tmp'];
const fileNames = ['main.ts', 'util.js', 'app.log', 'notes.md', 'data.json', 'x.ts', 'keep.log', 'index.ts', 'out.min.js'];
const secretNames = ['.env', '.env.local', 'server.pem', 'id_rsa', 'credentials.json', 'tls.key'];
const patterns = [
  '*.log', '!keep.log', 'build/', 'build', '/dist', 'gen/**', '*.min.js', 'docs/*.md', '!notes.md', 'tmp',
  '**/x.ts', 'a/b/', '/src/util.js', '*.json', '!data.json', 'lib/**/*.ts', 'b', '!b/', 'src/*', '!src/main.ts',
];

export function randomTree(random: () => number, withSecrets = false): RandomTree {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const files: Record<string, string> = {};
  const contentPaths: string[] = [];
  const dirs = new Set<string>(['']);
  const fileCount = 8 + Math.floor(random() * 20);
  for (let i = 0; i < fileCount; i++) {
    const depth = Math.floor(random() * 4);
    const parts: string[] = [];
    for (let d = 0; d < depth; d++) parts.push(pick(dirNames));
    const name = withSecrets && random() < 0.2 ? pick(secretNames) : pick(fileNames);
    const dir = parts.join('/');
    const path = dir ? `${dir}/${name}` : name;
    if (files[path] !== undefined) continue;
    for (let d = 1; d <= parts.length; d++) dirs.add(parts.slice(0, d).join('/'));
    files[path] = `content of ${path} marker-${i}-${Math.floor(random() * 1e9)}\n`;
    contentPaths.push(path);
  }
  for (const dir of dirs) {
    for (const ignoreFile of withSecrets ? ['.gitignore', '.flywheelignore'] : ['.gitignore']) {
      if (random() < (dir === '' ? 0.8 : 0.3)) {
        const count = 1 + Math.floor(random() * 4);
        const lines = Array.from({ length: count }, () => pick(patterns));
        files[dir ? `${dir}/${ignoreFile}` : ignoreFile] = `${lines.join('\n')}\n`;
      }
    }
  }
  return {
    files,
    contentPaths,
    describe: () =>
      Object.entries(files)
        .filter(([p]) => p.endsWith('ignore'))
        .map(([p, t]) => `${p}: ${t.trim().split('\n').join(' | ')}`)
        .join('\n'),
  };
}

// Whether the rules follow the lead's placeholder policy for #11 alike: each value the issue's own
// list names a placeholder (a run of one letter after a vendor prefix, a vendor's documented example
// key, `<your-token>`, `${TOKEN}`) is written into
// every grammar of the matrix (grammarCells.ts) and must be left. A placeholder that one grammar's
// rule leaves and another's takes is a defect of the second: the report names the rule (its kind)
// that took it, per placeholder.
//
//   npx tsx bench/guard/placeholderPolicy.ts [--show] [--json]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { grammarCells } from './grammarCells';

const args = process.argv.slice(2);
const show = args.includes('--show');
const json = args.includes('--json');

// The policy's classes, each with the or the policy's own examples (HELPERS.md, #11).
const PLACEHOLDERS: readonly { readonly kind: string; readonly value: string }[] = [
  { kind: 'one letter after a prefix', value: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { kind: 'one letter after a prefix', value: 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { kind: 'documented example key', value: 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'documented example key', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { kind: 'the slot named', value: '<your-token>' },
  { kind: 'the slot named', value: '${TOKEN}' },
];

interface Taken {
  readonly value: string;
  readonly cell: string;
  readonly rules: string;
  readonly text: string;
}

const taken: Taken[] = [];
let tried = 0;
for (const cell of grammarCells) {
  // Cells that encode the value (base64 of `user:value`) hold no placeholder a reader would see.
  if (/§[BE]§/.test(cell.template)) continue;
  for (const { value } of PLACEHOLDERS) {
    if (cell.urlSafe && /[^A-Za-z0-9\-._~]/.test(value)) continue;
    // (A placeholder stands alone in the slot: the part of a password written before a value, `§S:…§`, is left out, as the matrix leaves it out of a look-alike.)
    const text = cell.template.replace(/§S:[^§]*§/g, '').replace(/§V§/g, value);
    tried++;
    const result = redactSecrets(text);
    if (result.count === 0) continue;
    const rules = [...new Set(result.redactions.map((r) => r.kind))].join(',');
    taken.push({ value, cell: `${cell.group}/${cell.id}`, rules, text: result.text.replace(/\n/g, '⏎') });
  }
}

const byValue = new Map<string, Map<string, number>>();
for (const t of taken) {
  const rules = byValue.get(t.value) ?? new Map<string, number>();
  rules.set(t.rules, (rules.get(t.rules) ?? 0) + 1);
  byValue.set(t.value, rules);
}

if (json) {
  console.log(JSON.stringify({ tried, taken: taken.length, by_value: Object.fromEntries([...byValue].map(([v, m]) => [v, Object.fromEntries(m)])) }));
} else {
  console.log(`placeholders × grammars: ${tried}; taken ${taken.length}`);
  for (const { kind, value } of PLACEHOLDERS) {
    const rules = byValue.get(value);
    const list = rules ? [...rules].map(([r, n]) => `${r} ${n}`).join(', ') : '-';
    console.log(`${kind.padEnd(26)} ${value.padEnd(52)} ${list}`);
  }
  if (show) for (const t of taken) console.log(`  ${t.value} [${t.cell}] ${t.rules}: ${t.text}`);
}

// A coverage matrix of the grammars secrets are written in × the alphabets their values are drawn
// from: each cell a documented way of writing a plainly secret value in a plainly secret place
// (a connection string's password, a credential file's token line, a CLI's password flag, a
// header set in code), filled with random values of one alphabet (fixed seeds), and scored as
// bench:guard scores a secret item (every occurrence ≥ 90% covered, none verbatim). Each grammar is
// also filled with look-alikes the placeholder policy sets apart (references, masks, a slot in brackets, a
// constant's name): anything redacted there is a false positive; and with literals the policy calls the
// secret (the slot's word, an example word, a "your" phrase), reported apart: each left is a leak. The grammars come from each format's or tool's own
// documentation (named beside each group), not from any detector's rules or tests. `§S:…§` in a
// template is written before a secret value (a password's own `;`, `#` or `@`) and left out of a look-alike.
// Since the eighteenth round, references and code in a secret's place in each platform's documented syntax
// (`referenceLookalikes.ts`: Key Vault and CloudFormation references, CI expressions, env lookups…), placed
// into the grammars where that platform's users write them, are look-alikes too, reported apart.
//
// `--embed json` writes each cell's whole text as a JSON string (a notebook's source, a log line's
// message: `\"`, `\n`, `\\`, `\t`) and checks the secret in its escaped form; `--embed percent` writes
// it percent-encoded as a query's value (encodeURIComponent: `%22`, `%0A`, `%3D`), for the grammars that
// live in URLs and queries only (the `uri` group and `urlSafe` cells).
//
//   npx tsx bench/guard/grammarMatrix.ts [--show [--show-short]] [--group NAME] [--json] [--embed plain|json|percent]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { strictnessArg } from './strictnessArg';
import { seededRandom } from '../../src/core/seededRandom';
import { grammarCells, type GrammarCell } from './grammarCells';
import { referenceTexts } from './referenceLookalikes';
import { alphabets, SHORT } from './matrixAlphabets';

const args = process.argv.slice(2);
const redaction = strictnessArg(args);
const show = args.includes('--show');
const showShort = args.includes('--show-short');
const json = args.includes('--json');
const groupArg = args.indexOf('--group');
const onlyGroup = groupArg !== -1 ? args[groupArg + 1] : undefined;
const embedArg = args.indexOf('--embed');
const embed = embedArg !== -1 ? args[embedArg + 1] : 'plain';
if (embed !== 'plain' && embed !== 'json' && embed !== 'percent') throw new Error(`--embed ${embed}: plain, json or percent`);

/** The text as it reaches the redactor escaped, and the secret as it is written there. */
function embedded(text: string, secret: string): { text: string; secret: string } {
  if (embed === 'json') return { text: `{"cell_type": "code", "source": ${JSON.stringify(text)}}`, secret: JSON.stringify(secret).slice(1, -1) };
  if (embed === 'percent') return { text: `https://ci.example.com/run?script=${encodeURIComponent(text)}&v=2`, secret: encodeURIComponent(secret) };
  return { text, secret };
}

// What stands in a secret's place without being one: each must be left, in every grammar. (Until the
// seventeenth round `your-api-key-here` was here: the policy made precise calls a literal in the slot the
// secret, and guardslot's count of tune labels agreed; a constant's name and a %VAR% reference were added.
// The slot's own name alone, `changeme`, stays: `<password>` without its brackets. Since the twenty-ninth round
// a value that says it is a stand-in, stand-in and slot words only, is one again: `myPassword`, `your-api-key-here`.)
const LOOK_ALIKES = ['${DB_PASSWORD}', '<password>', '********', 'DB_PASSWORD', '{{ .Values.password }}', '$DB_PASSWORD', '%DB_PASSWORD%', 'changeme', 'myPassword', 'your-api-key-here'];
// Literals in the slot, weak or wordy, that a person chooses: each must be taken, in every grammar (the policy, HELPERS.md).
// (`myPassword` and `your-api-key-here` were here until the twenty-ninth round: now look-alikes, above.)
const SLOT_LITERALS = ['letmein', 'tiger12', 'open-sesame'];
const SEEDS = 3;

function fill(cell: GrammarCell, value: string): { text: string; secret: string } {
  const secret = cell.template.includes('§B§') ? Buffer.from(`app:${value}`).toString('base64') : cell.template.includes('§E§') ? Buffer.from(value).toString('base64') : value;
  return { text: cell.template.replace(/§S:([^§]*)§/g, '$1').replace(/§[VBE]§/g, secret), secret };
}

function redacted(text: string, secret: string): boolean {
  const result = redactSecrets(text, redaction);
  if (result.text.includes(secret)) return false;
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    let covered = 0;
    for (const r of result.redactions) covered += Math.max(0, Math.min(r.end, at + secret.length) - Math.max(r.start, at));
    if (covered < 0.9 * secret.length) return false;
  }
  return true;
}

/** The value's own places are covered (a literal such as `secret` may also be a word of the template: `client_secret=`). */
function slotTaken(cell: GrammarCell, text: string, literal: string): boolean {
  const spans = redactSecrets(text, redaction).redactions;
  const parts = cell.template.replace(/§S:[^§]*§/g, '').split('§V§');
  let at = 0;
  for (let i = 0; i + 1 < parts.length; i++) {
    at += parts[i]!.length;
    const start = at;
    if (!spans.some((r) => r.start <= start && r.end >= start + literal.length)) return false;
    at += literal.length;
  }
  return true;
}

interface Row {
  readonly cell: GrammarCell;
  readonly found: number;
  readonly tried: number;
  readonly shortFound: number;
  readonly shortTried: number;
  readonly shortLeaking: string[];
  readonly leaking: string[];
  readonly falsePositives: string[];
  readonly literalsLeft: string[];
}

const rows: Row[] = [];
for (const cell of grammarCells) {
  if (onlyGroup && cell.group !== onlyGroup) continue;
  if (embed === 'percent' && !(cell.urlSafe || cell.group === 'uri')) continue;
  let found = 0;
  let tried = 0;
  const leaking: string[] = [];
  alphabets.forEach((alphabet, a) => {
    if (cell.urlSafe && !alphabet.urlSafe) return;
    const random = seededRandom(1000 * a + 7);
    let missed = 0;
    for (let s = 0; s < SEEDS; s++) {
      const plain = fill(cell, alphabet.make(random));
      const { text, secret } = embedded(plain.text, plain.secret);
      tried++;
      if (redacted(text, secret)) found++;
      else missed++;
    }
    if (missed > 0) leaking.push(`${alphabet.id}${missed < SEEDS ? ` ${missed}/${SEEDS}` : ''}`);
  });
  let shortFound = 0;
  let shortTried = 0;
  const shortLeaking: string[] = [];
  if (!/§[BE]§/.test(cell.template)) {
    const random = seededRandom(9007);
    for (let s = 0; s < SEEDS; s++) {
      const plain = fill(cell, SHORT.make(random));
      const { text, secret } = embedded(plain.text, plain.secret);
      shortTried++;
      if (redacted(text, secret)) shortFound++;
      else shortLeaking.push(plain.secret);
    }
  }
  const falsePositives: string[] = [];
  if (!/§[BE]§/.test(cell.template)) {
    for (const look of LOOK_ALIKES) {
      const { text } = embedded(cell.template.replace(/§S:[^§]*§/g, '').replace(/§V§/g, look), look);
      const result = redactSecrets(text, redaction);
      if (result.count > 0) falsePositives.push(`${look} → ${result.text.replace(/\n/g, '⏎')}`);
    }
  }
  const literalsLeft: string[] = [];
  if (!/§[BE]§/.test(cell.template)) {
    for (const literal of SLOT_LITERALS) {
      const text = cell.template.replace(/§S:[^§]*§/g, '').replace(/§V§/g, literal);
      if (!slotTaken(cell, text, literal)) literalsLeft.push(`${literal} → ${redactSecrets(text, redaction).text.replace(/\n/g, '⏎')}`);
    }
  }
  rows.push({ cell, found, tried, shortFound, shortTried, shortLeaking, leaking, falsePositives, literalsLeft });
}

// References and code (referenceLookalikes.ts), in the chosen group's grammars or all: each redacted is a false positive.
// (Percent-encoded, only those in the grammars that live in URLs and queries, as the cells above.)
const hostCells = new Map(grammarCells.map((c) => [c.id, c]));
const references = referenceTexts(grammarCells).filter((r) => {
  const cell = hostCells.get(r.host);
  if (onlyGroup && cell?.group !== onlyGroup) return false;
  return embed !== 'percent' || (cell !== undefined && (cell.urlSafe === true || cell.group === 'uri'));
});
const referenceSyntaxes = new Map<string, { tried: number; redacted: string[] }>();
for (const r of references) {
  const { text } = embedded(r.text, '');
  const result = redactSecrets(text, redaction);
  const entry = referenceSyntaxes.get(r.syntax) ?? { tried: 0, redacted: [] };
  entry.tried++;
  if (result.count > 0) entry.redacted.push(`${r.host}: ${r.text.replace(/\n/g, '⏎')} → ${result.text.replace(/\n/g, '⏎')}`);
  referenceSyntaxes.set(r.syntax, entry);
}
const referencesRedacted = [...referenceSyntaxes.values()].reduce((n, e) => n + e.redacted.length, 0);

const groups = new Map<string, { found: number; tried: number; grammars: number; whole: number; fp: number; looks: number; shortFound: number; shortTried: number }>();
for (const row of rows) {
  const g = groups.get(row.cell.group) ?? { found: 0, tried: 0, grammars: 0, whole: 0, fp: 0, looks: 0, shortFound: 0, shortTried: 0 };
  g.found += row.found;
  g.tried += row.tried;
  g.shortFound += row.shortFound;
  g.shortTried += row.shortTried;
  g.grammars++;
  if (row.found === row.tried) g.whole++;
  g.fp += row.falsePositives.length;
  g.looks += /§[BE]§/.test(row.cell.template) ? 0 : LOOK_ALIKES.length;
  groups.set(row.cell.group, g);
}

const total = { found: 0, tried: 0, grammars: 0, whole: 0, fp: 0, looks: 0, shortFound: 0, shortTried: 0 };
for (const g of groups.values()) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += g[k];

if (json) {
  const literalsLeft = rows.reduce((n, r) => n + r.literalsLeft.length, 0);
  console.log(JSON.stringify({ embed, cells: total.tried, found: total.found, grammars: total.grammars, grammars_whole: total.whole, look_alikes: total.looks, look_alikes_redacted: total.fp, slot_literals_left: literalsLeft, references: references.length, references_redacted: referencesRedacted, short_cells: total.shortTried, short_found: total.shortFound, groups: Object.fromEntries(groups) }));
} else {
  console.log('group                      grammars whole  cells found      look-alikes redacted   short (4-7) found');
  for (const [name, g] of groups) {
    console.log(`${name.padEnd(26)} ${String(g.grammars).padStart(8)} ${String(g.whole).padStart(5)}  ${`${g.found}/${g.tried}`.padStart(11)} ${`${g.fp}/${g.looks}`.padStart(12)} ${`${g.shortFound}/${g.shortTried}`.padStart(19)}`);
  }
  console.log(`${'all'.padEnd(26)} ${String(total.grammars).padStart(8)} ${String(total.whole).padStart(5)}  ${`${total.found}/${total.tried}`.padStart(11)} ${`${total.fp}/${total.looks}`.padStart(12)} ${`${total.shortFound}/${total.shortTried}`.padStart(19)}`);
  const literalsTried = rows.filter((r) => !/§[BE]§/.test(r.cell.template)).length * SLOT_LITERALS.length;
  console.log(`slot literals (${SLOT_LITERALS.join(', ')}) left: ${rows.reduce((n, r) => n + r.literalsLeft.length, 0)}/${literalsTried}`);
  console.log(`references and code in a secret's place (referenceLookalikes.ts) redacted: ${referencesRedacted}/${references.length}`);
  for (const [id, e] of referenceSyntaxes) if (e.redacted.length > 0) console.log(`  ${id.padEnd(36)} ${e.redacted.length}/${e.tried}`);
  if (show) {
    for (const [id, e] of referenceSyntaxes) for (const r of e.redacted) console.log(`\n[reference] ${id} in ${r}`);
    for (const row of rows) {
      if (row.leaking.length === 0 && row.falsePositives.length === 0 && row.literalsLeft.length === 0 && !(showShort && row.shortLeaking.length > 0)) continue;
      console.log(`\n[${row.cell.group}] ${row.cell.id}: ${row.found}/${row.tried}  ${row.cell.template.replace(/\n/g, '⏎')}`);
      if (row.leaking.length > 0) console.log(`  leaks: ${row.leaking.join(', ')}`);
      if (showShort && row.shortLeaking.length > 0) console.log(`  short leaks: ${row.shortLeaking.join(', ')}`);
      for (const fp of row.falsePositives) console.log(`  look-alike redacted: ${fp}`);
      for (const left of row.literalsLeft) console.log(`  slot literal left: ${left}`);
    }
  }
}

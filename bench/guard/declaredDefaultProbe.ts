// Which declared parameters' defaults, examples and values the reading takes: each format's documented way of declaring a
// parameter, a variable, an input or a schema property (§N§ its name) with a generic field holding the value (§V§), under
// credential names and neutral ones, filled with six value shapes. A credential name's strong and short literal values should
// be read; its placeholder, stand-in, reference and empty values left; a neutral name's values left, except where the
// declaration's own marker (`NoEcho`, `securestring`, `@secure()`, `sensitive`, `format: password`, Pulumi's
// `secret`) says the value is a secret (the `marked` layouts).
//
//   npx tsx bench/guard/declaredDefaultProbe.ts [--show] [--format REGEX] [--name REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { declaredForms, type DeclaredForm } from './declaredForms';

const { show, filter } = probeArgs();
const formatFilter = filter('--format');
const nameFilter = filter('--name');

const CREDENTIAL_NAMES = ['DBPassword', 'adminPassword', 'db_password', 'api_key', 'apiKey', 'token', 'client_secret', 'GITHUB_TOKEN'];
const NEUTRAL_NAMES = ['InstanceType', 'region', 'port', 'KeyName'];

type Shape = 'strong' | 'short' | 'placeholder' | 'stand-in' | 'reference' | 'empty';
const SHAPES: ReadonlyArray<readonly [Shape, (form: DeclaredForm) => string]> = [
  ['strong', () => 'Zq8Lm3Xv9Tb2Rk7Wp4Ns'],
  ['short', () => 'tigerlily'],
  ['placeholder', () => 'xxxxxxxxxxxx'],
  ['stand-in', () => 'your_password_here'],
  ['reference', (form) => form.reference],
  ['empty', () => ''],
];
const READ_SHAPES = new Set<Shape>(['strong', 'short']);

interface Tally {
  credentialRead: number;
  credentialTried: number;
  markedNeutralRead: number;
  markedNeutralTried: number;
  wronglyRead: number;
  leaveTried: number;
}
const tallies = new Map<string, Tally>();
const wrong: string[] = [];
const missed: string[] = [];

for (const form of declaredForms) {
  if (formatFilter && !formatFilter.test(form.id)) continue;
  const tally = tallies.get(form.format) ?? { credentialRead: 0, credentialTried: 0, markedNeutralRead: 0, markedNeutralTried: 0, wronglyRead: 0, leaveTried: 0 };
  tallies.set(form.format, tally);
  for (const [names, credential] of [[CREDENTIAL_NAMES, true], [NEUTRAL_NAMES, false]] as const) {
    for (const name of names) {
      if (nameFilter && !nameFilter.test(name)) continue;
      for (const [shape, valueOf] of SHAPES) {
        const value = valueOf(form);
        const [before, after] = form.template.replace(/§N§/g, name).split('§V§') as [string, string];
        // (An unquoted YAML value that is empty is written as the empty quoted string.)
        const written = value === '' && !/["']$/.test(before) ? "''" : value;
        const text = before + written + after;
        const start = before.length;
        const end = start + written.length;
        const read = redactSecrets(text).redactions.some((r) => r.start < Math.max(end, start + 1) && r.end > Math.min(start, end - 1) - (value === '' ? 1 : 0));
        const shouldRead = READ_SHAPES.has(shape) && (credential || form.marked);
        const cell = `${form.id} ${name} ${shape}`;
        if (shouldRead && credential) {
          tally.credentialTried++;
          if (read) tally.credentialRead++;
        } else if (shouldRead) {
          tally.markedNeutralTried++;
          if (read) tally.markedNeutralRead++;
        } else {
          tally.leaveTried++;
          if (read) tally.wronglyRead++;
        }
        if (show && read !== shouldRead) (read ? wrong : missed).push(`${cell}  ${JSON.stringify(text)}`);
      }
    }
  }
}

const sum = { credentialRead: 0, credentialTried: 0, markedNeutralRead: 0, markedNeutralTried: 0, wronglyRead: 0, leaveTried: 0 };
for (const [format, t] of tallies) {
  for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
  console.log(`${format}: credential read ${t.credentialRead}/${t.credentialTried}, marked neutral read ${t.markedNeutralRead}/${t.markedNeutralTried}, wrongly read ${t.wronglyRead}/${t.leaveTried}`);
}
console.log(`all: credential read ${sum.credentialRead}/${sum.credentialTried}, marked neutral read ${sum.markedNeutralRead}/${sum.markedNeutralTried}, wrongly read ${sum.wronglyRead}/${sum.leaveTried}`);
if (show) {
  for (const line of missed) console.log(`missed  ${line}`);
  for (const line of wrong) console.log(`wrong   ${line}`);
}

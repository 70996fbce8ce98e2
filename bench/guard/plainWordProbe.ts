// Which plain values (a short word, a word, a capitalised word, a short number) the redactor takes where a vendor's or a
// protocol's own reference puts a credential: guardsdk1's SDK client places (sdkKeyForms.ts) and the OAuth, AWS, login
// and header places of plainWordForms.ts. To leave: values saying they are stand-ins in the same places, the places
// written as references, and the same words where no credential stands (PLAIN_LEAVE). bench/guard/README.md,
// forty-third round, guardplain1.
//
//   npx tsx bench/guard/plainWordProbe.ts [--show] [--form REGEX] [--redactor PATH]
import * as path from 'node:path';
import { probeArgs } from './probeArgs';
import { SDK_FORMS } from './sdkKeyForms';
import { PLAIN_FORMS, PLAIN_LEAVE, PLAIN_STAND_INS, PLAIN_VALUES } from './plainWordForms';

const { show, filter } = probeArgs();
const formFilter = filter('--form');
const at = process.argv.indexOf('--redactor');
const redactorPath = at === -1 ? '../../src/core/guard/secretRedactor' : path.resolve(process.argv[at + 1]!);

type Redact = (text: string) => { text: string };

async function main(): Promise<void> {
  const { redactSecrets } = (await import(redactorPath)) as { redactSecrets: Redact };
  // A value is taken when fewer of its occurrences survive than the form wrote (the form's other words may hold it).
  const count = (text: string, part: string): number => text.split(part).length - 1;
  const taken = (text: string, value: string): boolean => count(redactSecrets(text).text, value) < count(text, value);
  const byShape = new Map<string, [number, number]>();
  const lines: string[] = [];
  let leftWrong = 0;
  let leaveTried = 0;
  const bump = (key: string, hit: boolean): void => {
    const entry = byShape.get(key) ?? [0, 0];
    entry[0] += hit ? 1 : 0;
    entry[1]++;
    byShape.set(key, entry);
  };
  for (const form of [...SDK_FORMS, ...PLAIN_FORMS]) {
    if (formFilter && !formFilter.test(form.id)) continue;
    const missed: string[] = [];
    for (const { shape, value } of PLAIN_VALUES) {
      const text = form.template.replace(/§V§/g, value);
      const hit = taken(text, value);
      bump(shape, hit);
      bump('all', hit);
      if (!hit) missed.push(value);
    }
    if (missed.length && show) lines.push(`left   ${form.id} | ${missed.join(' ')}`);
    for (const standIn of PLAIN_STAND_INS) {
      leaveTried++;
      const text = form.template.replace(/§V§/g, standIn);
      if (taken(text, standIn)) {
        leftWrong++;
        lines.push(`taken  ${form.id} | stand-in ${standIn}`);
      }
    }
    for (const reference of form.references ?? []) {
      leaveTried++;
      if (taken(form.template.replace(form.place ?? '"§V§"', reference), reference)) {
        leftWrong++;
        lines.push(`taken  ${form.id} | reference ${reference}`);
      }
    }
  }
  for (const text of PLAIN_LEAVE) {
    leaveTried++;
    if (redactSecrets(text).text !== text) {
      leftWrong++;
      lines.push(`taken  look-alike ${JSON.stringify(text)}`);
    }
  }
  for (const line of lines) console.log(line);
  for (const [shape, [hit, of]] of byShape) console.log(`${shape.padEnd(8)} ${hit}/${of} taken`);
  console.log(`leave    ${leftWrong}/${leaveTried} taken (stand-ins, references, look-alikes)`);
}

void main();

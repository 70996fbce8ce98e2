// Which keys handed to an SaaS or cloud SDK's client the redactor takes: each form as the vendor's API reference or
// quickstart writes it (a constructor's keyword or positional key, an option object's field, a builder's method, a
// module attribute, a struct literal's field, a credential object, the SDK's environment variable), in Python,
// JavaScript/TypeScript, Go, Java/Kotlin, C#, Ruby and PHP, with §V§ the key's content in the form's own quotes.
// Values: the vendor's own token shape where its documentation gives one, a random base62 key, a UUID (Postmark's
// server token), hex, and the plain or word-like values people write (`mysecretkey123`, `hunter2-prod`); to leave: the
// placeholder policy's stand-ins in the same place, the place written as a reference (None, an environment lookup, a
// variable, an attribute), and the forms' public siblings (a publishable or public key where the vendor calls it
// public, an application id, a URL, a model name, an organisation id).
//
//   npx tsx bench/guard/sdkKeyProbe.ts [--show] [--form REGEX] [--redactor PATH]
//
// `--redactor PATH` loads another tree's `secretRedactor.ts` (e.g. /tmp/base42/src/core/guard/secretRedactor.ts).
import * as path from 'node:path';
import { probeArgs } from './probeArgs';
import { SDK_FORMS, SDK_LEAVE, SDK_STAND_INS, SDK_VALUES, type SdkForm } from './sdkKeyForms';

const { show, filter } = probeArgs();
const formFilter = filter('--form');
const at = process.argv.indexOf('--redactor');
const redactorPath = at === -1 ? '../../src/core/guard/secretRedactor' : path.resolve(process.argv[at + 1]!);

type Redact = (text: string) => { text: string };

function fill(form: SdkForm, value: string): string {
  return form.template.replace(/§V§/g, value);
}

async function main(): Promise<void> {
  const { redactSecrets } = (await import(redactorPath)) as { redactSecrets: Redact };
  const taken = (text: string, value: string): boolean => !redactSecrets(text).text.includes(value);
  const changed = (text: string): boolean => redactSecrets(text).text !== text;
  // A stand-in or a reference is left when it survives whole (the form's other literals are judged by their own rules).
  const kept = (text: string, part: string): boolean => redactSecrets(text).text.includes(part);

  const byShape = new Map<string, [number, number]>();
  const byKind = new Map<string, [number, number]>();
  const lines: string[] = [];
  let left = 0;
  let leaveTried = 0;
  const bump = (map: Map<string, [number, number]>, key: string, hit: boolean): void => {
    const entry = map.get(key) ?? [0, 0];
    entry[0] += hit ? 1 : 0;
    entry[1]++;
    map.set(key, entry);
  };

  for (const form of SDK_FORMS) {
    if (formFilter && !formFilter.test(form.id)) continue;
    const values = form.vendorToken ? [{ shape: 'vendor', value: form.vendorToken }, ...SDK_VALUES] : SDK_VALUES;
    const missed: string[] = [];
    for (const { shape, value } of values) {
      const text = fill(form, value);
      const hit = taken(text, value);
      bump(byShape, shape, hit);
      bump(byKind, `${form.language} ${form.kind}`, hit);
      if (!hit) missed.push(shape);
      if (!hit && show) lines.push(`left   ${form.id} | ${shape}  ${JSON.stringify(text)}`);
    }
    if (missed.length && !show) lines.push(`left   ${form.id} | ${missed.join(' ')}`);
    for (const standIn of SDK_STAND_INS) {
      leaveTried++;
      const text = fill(form, standIn);
      if (!kept(text, standIn)) {
        left++;
        lines.push(`taken  ${form.id} | stand-in ${standIn}${show ? `  ${JSON.stringify(redactSecrets(text).text)}` : ''}`);
      }
    }
    for (const reference of form.references ?? []) {
      leaveTried++;
      const text = form.template.replace(form.place ?? '"§V§"', reference);
      if (!kept(text, reference)) {
        left++;
        lines.push(`taken  ${form.id} | reference ${reference}${show ? `  ${JSON.stringify(redactSecrets(text).text)}` : ''}`);
      }
    }
  }
  for (const text of SDK_LEAVE) {
    if (formFilter && !formFilter.test(text)) continue;
    leaveTried++;
    if (changed(text)) {
      left++;
      lines.push(`taken  public ${JSON.stringify(text)}${show ? ` -> ${JSON.stringify(redactSecrets(text).text)}` : ''}`);
    }
  }

  for (const line of lines) console.log(line);
  const fmt = (map: Map<string, [number, number]>): string =>
    [...map].map(([key, [hit, n]]) => `${key} ${hit}/${n}`).join(', ');
  console.log(`by value shape: ${fmt(byShape)}`);
  console.log(`by language and form: ${fmt(byKind)}`);
  let read = 0;
  let tried = 0;
  for (const [hit, n] of byShape.values()) {
    read += hit;
    tried += n;
  }
  console.log(`sdk keys read ${read}/${tried}; cells to leave taken ${left}/${leaveTried}`);
}

void main();

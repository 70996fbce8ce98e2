// The thirty-sixth holdout's labeller (corpus/README.md, "The thirty-sixth holdout"): Airbyte connectors' test
// configurations, labelled by the connector's own specification. A connector declares its configuration as a JSON
// Schema (`spec.json`, `spec.yaml`) and marks each property that carries a credential `airbyte_secret: true` (Airbyte's
// connector specification reference: the UI masks it, the platform stores it as a secret). Its tests write
// configurations into those properties (`integration_tests/invalid_config.json`, `sample_config.json`, unit-test
// fixtures). Each saved configuration is one item, its text the whole file; raw/airbyte/manifest.json names each saved
// file's connector and role (a configuration, or the excerpt of its spec holding the marked properties). A literal in a
// property the spec marks is the secret; a configuration with none is clean. A marked property that names an identifier
// or an address, not a credential (`client_id`, `account_sid`, `merchant_id`, `public_key`, `subdomain`, a URL), does
// not make its value a secret; a configuration whose marked values are all such is set apart, as holdout33 sets apart
// redacted non-credentials. A reference (`${…}`, `{{ … }}`), a mask (`****`) or a file path in a marked property is set
// apart (the value is not in the text). The notes are holdout21's, plus those three.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The source, saved under raw/airbyte/ with the repository its manifest names. */
export const airbyteSources = ['airbyte'] as const;

export type ThirtySixthNote =
  | TwentyFirstNote
  | 'a reference, mask or file path (the value is not in its text)'
  | 'marked airbyte_secret but not a credential (an identifier or address)';

export interface ThirtySixthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtySixthNote;
}

/** Marked names that identify an account, an application or a host: the spec masks them, they grant nothing alone. */
const notCredential = /^(?:client_id|account_id|account_sid|merchant_id|public_key|app_id|subdomain|domain_url|base_url)$/;

const notInText = (value: string) => /\$\{|\{\{/.test(value) || /^\*+$/.test(value) || /^(?:\/|\.\/|~\/)/.test(value);

/**
 * The property names a spec excerpt marks `airbyte_secret: true`: a JSON leaf property (`"name": { … }` holding no
 * `properties` of its own, braces counted) that says `"airbyte_secret": true`, or a YAML key whose block holds the line
 * `airbyte_secret: true` one level deeper.
 */
export function markedSecret(spec: string): Set<string> {
  const names = new Set<string>();
  for (const m of spec.matchAll(/"([\w-]+)":\s*\{/g)) {
    let depth = 0;
    let end = spec.length;
    for (let i = m.index + m[0].length - 1; i < spec.length; i++) {
      if (spec[i] === '{') depth++;
      else if (spec[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const block = spec.slice(m.index, end);
    if (!block.includes('"properties"') && /"airbyte_secret":\s*true/.test(block)) names.add(m[1]!);
  }
  const lines = spec.split('\n');
  lines.forEach((line, at) => {
    const key = /^( *)([\w-]+):\s*$/.exec(line);
    if (!key) return;
    const indent = key[1]!.length;
    const block: string[] = [];
    for (const next of lines.slice(at + 1)) {
      if (next.trim() && /^ */.exec(next)![0].length <= indent) break;
      block.push(next);
    }
    if (!block.some((l) => /^\s*properties:/.test(l)) && block.includes(`${' '.repeat(indent + 2)}airbyte_secret: true`)) names.add(key[2]!);
  });
  return names;
}

/** Every string value of the configuration with the property name it stands under, at any depth. */
function stringValues(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => stringValues(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringValues(v, k));
  return [];
}

/**
 * The item of one saved configuration: the values under marked properties are its slots; an empty one is none; a
 * reference, mask or path is apart when no literal is left; an identifier is no secret (apart when nothing else is
 * left); then holdout21's verdict, each value counted as often as the configuration writes it into a marked slot.
 */
export function labelAirbyteConfig(rule: string, text: string, marked: ReadonlySet<string>): ThirtySixthItem {
  const slots = stringValues(JSON.parse(text)).filter(([k, v]) => marked.has(k) && v);
  const secrets = slots.filter(([k, v]) => !notCredential.test(k) && !notInText(v)).map(([, v]) => v);
  if (!secrets.length && slots.some(([k, v]) => !notCredential.test(k) && notInText(v))) return { text, secrets: [], label: 'clean', rule, note: 'a reference, mask or file path (the value is not in its text)' };
  if (!secrets.length && slots.length) return { text, secrets: [], label: 'clean', rule, note: 'marked airbyte_secret but not a credential (an identifier or address)' };
  const counts = new Map<string, number>();
  for (const s of secrets) counts.set(s, (counts.get(s) ?? 0) + 1);
  return verdict(text, secrets, rule, counts);
}

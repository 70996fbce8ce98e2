// The twenty-first holdout's labeller (corpus/README.md, "The twenty-first holdout"): application and framework
// scrubbers whose tests require, per input, what their default rules mask — Spring Boot's actuator `Sanitizer`
// (default keys and URI userinfo), Django's `SafeExceptionReporterFilter` (`cleanse_setting`, sensitive settings),
// and the Elastic APM agents' `sanitize_field_names` defaults (Python, Node.js, Ruby). What the required output masks
// is a secret (narrowed to the credential: a URL's password, the value after `password=`), an input it leaves is clean.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type TwentyFirstNote =
  | 'a documented example or filler value'
  | 'a secret written elsewhere in its text too'
  | 'not a credential (payment card data)';

export interface TwentyFirstItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentyFirstNote;
}

/** A case transcribed into a manifest: the input and required output as the test writes them, and the item made of it. */
export interface TranscribedCase {
  /** Substrings of the saved file: the test's input and the output (or assertion) that requires the verdict. */
  input: string;
  output: string;
  text: string;
  secrets: string[];
  /** Values the output masks that are not credentials (card numbers), kept out of `secrets`. */
  cards?: string[];
  rule: string;
}

/**
 * The verdict of an item: clean when nothing is masked; apart when it masks only card data, when every secret is a
 * stand-in (`describesStandIn`; a stand-in beside real secrets is taken out of them, as holdout9 does), or when a secret
 * is written in its text more often than it is masked (an occurrence inside a longer masked secret counts as masked);
 * else secret. `masked` counts how often the output masks each value (once when not given).
 */
export function verdict(text: string, secrets: readonly string[], rule: string, masked: ReadonlyMap<string, number> = new Map(), cards: readonly string[] = []): TwentyFirstItem {
  if (!secrets.length) return cards.length ? { text, secrets: [], label: 'clean', rule, note: 'not a credential (payment card data)' } : { text, secrets: [], label: 'clean', rule };
  for (const s of secrets) if (!s || !text.includes(s)) throw new Error(`${rule}: secret ${JSON.stringify(s)} is not in its text`);
  const unique = [...new Set(secrets)];
  const real = unique.filter((s) => !describesStandIn(s));
  if (!real.length) return { text, secrets: unique, label: 'secret', rule, note: 'a documented example or filler value' };
  const outside = (s: string) => real.filter((t) => t.length > s.length && t.includes(s)).reduce((rest, t) => rest.split(t).join('\u0000'), text);
  const times = (s: string) => outside(s).split(s).length - 1;
  if (real.some((s) => times(s) > (masked.get(s) ?? 1))) return { text, secrets: real, label: 'secret', rule, note: 'a secret written elsewhere in its text too' };
  return { text, secrets: real, label: 'secret', rule };
}

const javaString = /"((?:[^"\\]|\\.)*)"/y;

/**
 * Spring Boot's `SanitizerTests`: every `sanitizer.sanitize(KEY, "VALUE")` … `.isEqualTo("OUT")` of a method whose
 * sanitizer is `new Sanitizer()` (the default keys), a `key` parameter standing for each of `matchingUriUserInfoKeys`.
 * The item is the property `KEY=VALUE` (the key and value the actuator's environment endpoint sanitizes, as an
 * `application.properties` line writes them). OUT equal to VALUE: clean. OUT all `*`: the value is masked, its secret
 * the value (after `password=` when it holds one). Otherwise each URI userinfo `user:PASS@` OUT writes `user:******@`
 * gives PASS.
 */
export function labelSpringSanitizerTests(path: string, source: string): TwentyFirstItem[] {
  const uriKeys = [.../Stream<String> matchingUriUserInfoKeys\(\) \{\s*return Stream\.of\(([^;]*)\);/.exec(source)![1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const items: TwentyFirstItem[] = [];
  for (const method of source.split(/\n\t@(?=Test|ParameterizedTest)/).slice(1)) {
    const name = /void (\w+)\(/.exec(method)?.[1];
    if (!name || !/Sanitizer sanitizer = new Sanitizer\(\);/.test(method)) continue;
    for (const call of method.matchAll(/sanitizer\.sanitize\((key|"[^"]*"),\s*/g)) {
      const at = call.index + call[0].length;
      javaString.lastIndex = at;
      const value = javaString.exec(method)![1]!;
      const out = /^\)\)\s*\.isEqualTo\(\s*"((?:[^"\\]|\\.)*)"\)/.exec(method.slice(javaString.lastIndex))?.[1];
      if (out === undefined) throw new Error(`spring-boot ${path}#${name}: no isEqualTo after sanitize(…, "${value}")`);
      const keys = call[1] === 'key' ? uriKeys : [call[1]!.slice(1, -1)];
      for (const key of keys) items.push(sanitized(`${key}=${value}`, value, out, `${path}#${name}[${key}]`));
    }
  }
  return items;
}

function sanitized(text: string, value: string, out: string, rule: string): TwentyFirstItem {
  if (out === value) return verdict(text, [], rule);
  if (/^\*+$/.test(out)) return verdict(text, [/password=(.*)$/.exec(value)?.[1] ?? value], rule);
  const userinfo = /:\/\/([^:@/,[\]]+):([^@,[\]]*)@/g;
  const given = [...value.matchAll(userinfo)];
  const masked = [...out.matchAll(userinfo)].filter((m) => /^\*+$/.test(m[2]!));
  if (!masked.length || masked.some((m) => !given.some((g) => g[1] === m[1]))) throw new Error(`${rule}: "${out}" masks no userinfo password of "${value}"`);
  const secrets = masked.map((m) => given.find((g) => g[1] === m[1])![2]!);
  return verdict(text, secrets, rule, new Map(secrets.map((s) => [s, secrets.filter((t) => t === s).length])));
}

/**
 * A manifest's transcribed cases (Django, Elastic APM): the build fails unless the case's input and output stand in the
 * saved file and each secret (and card value) stands in both the input and the item's text.
 */
export function labelTranscribedCases(source: string, cases: readonly TranscribedCase[], file: string): TwentyFirstItem[] {
  return cases.map((c) => {
    for (const part of [c.input, c.output]) if (!file.includes(part)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(part)} is not in the saved file`);
    for (const s of [...c.secrets, ...(c.cards ?? [])]) {
      if (!c.input.includes(s) || !c.text.includes(s)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its input and text`);
    }
    const masked = new Map(c.secrets.map((s) => [s, c.secrets.filter((t) => t === s).length]));
    return verdict(c.text, c.secrets, c.rule, masked, c.cards);
  });
}

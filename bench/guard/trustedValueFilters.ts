// `npx tsx bench/guard/trustedValueFilters.ts [--show]`: trusted detectors' documented value filters
// measured, not built (guardfp5, nineteenth round; README "Trusted detectors' value filters…"). Each
// filter is written here from its principle as the tool's source states it (detect-secrets'
// `filters/heuristic.py` and keyword plugin, gitleaks' global allowlist and `generic-api-key` rule),
// not copied, and applied after the redactor: a span it drops is left, with its other occurrences.
// Tune split and vendor formats only: clean items freed, secret items lost. (The grammar matrix and
// the look-alike scan need the filter inside the redactor: README gives that run's figures.)
import { findSecrets } from '../../src/core/guard/secretRedactor';
import { shannonEntropy } from '../../src/core/guard/stringEntropy';
import { vendorTokenRules } from '../../src/core/guard/rules/vendorTokenRules';
import { azureIdentifiableKeyRule } from '../../src/core/guard/rules/azureIdentifiableKeys';
import { prefixedTokenFamilyRule } from '../../src/core/guard/rules/prefixedTokenFamily';
import { privateKeyFormatRules } from '../../src/core/guard/rules/privateKeyFormats';
import { vendorFormatCorpus } from './corpus/vendorFormats';
import { isRedacted, type CorpusItem } from './redactionScore';
import { readExternalCorpus } from './splitReport';
import { redactedView } from './redactedView';

/** What a filter sees of a span: its value, its line, the line before it, and whether a generic (not a vendor-format) rule found it. */
interface Candidate {
  readonly value: string;
  readonly line: string;
  readonly before: string;
  readonly generic: boolean;
}

interface TrustedFilter {
  readonly name: string;
  /** The tool and the place its principle is stated. */
  readonly source: string;
  readonly drops: (c: Candidate) => boolean;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const HEX = '0123456789ABCDEF';
// detect-secrets' cycles: base64's alphabet letters first and digits first, letters and digits twice,
// digits twice, hex twice, letters then `=/`. A value is sequential when, upper-cased, all of it is
// one contiguous piece of one of them: no shortest length, and never a run inside a longer value.
const CYCLES = [LETTERS + LETTERS + DIGITS + '+/', DIGITS + LETTERS + LETTERS + '+/', (DIGITS + LETTERS).repeat(2), DIGITS.repeat(2), HEX.repeat(2), LETTERS + '=/'];

/** detect-secrets `is_sequential_string`. */
export function isSequentialValue(value: string): boolean {
  const upper = value.toUpperCase();
  return CYCLES.some((cycle) => cycle.includes(upper));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// An id's name before the value on its line: `id`, `myid`, `userid` opening the line, or `_id`, maybe plural.
const ID_BEFORE = /(?:^(?:id|myid|userid)|_id)s?[^a-z0-9]/i;
// `name = call(…)` or `name = x[…]` anywhere on the line (the tool reads lines up to 1,000 characters).
const INDIRECT_LINE = /(?::=?|[!=]{1,3})\s*[\w.-]+[[(].*[\])]/;
// The keyword plugin's value list (lower-cased, the whole value) and its `fake`/`forgot` substrings (0.x's probably_false_positive).
const KEYWORD_VALUES = new Set(['""', "''", 'dummy_secret', 'dummy_value', 'false', 'none', 'null', 'not', 'not_real_key', 'pass', 'password', 'prompt', 'redacted', 'secret', 'some_key', 'str', 'str_to_sign', 'string', 'test', 'test-access-key', 'thisisnottherealsecret', 'todo', 'true', 'undef', 'api_key', 'account_password', 'login_password', 'nopasswd', 'disable', '<password>', '<redacted>', '<aws_secret_access_key>']);
// gitleaks' global allowlist as its regexes behave: the boolean/null test is written without a group,
// so it drops a value that begins with `true`, holds `false` or ends with `null`; one character repeated
// (a letter, `*`, `.`); `$1`, `$NAME`, `${NAME}` of one case; `{{ … }}`; `${{ env|github|secrets|vars.… }}`;
// `%NAME%`; a Go verb; `{0}`; `@NAME@`; a macOS home path; a Linux system path.
const GITLEAKS_GLOBAL = [
  /^true|false|null$/i,
  /^(?:([a-z])\1*|\*+|\.+)$/i,
  /^\$(?:\d+|\{\d+\})$/,
  /^\$(?:[A-Z_]+|[a-z_]+)$/,
  /^\$\{(?:[A-Z_]+|[a-z_]+)\}$/,
  /^\{\{[ \t]*[\w ().|]+[ \t]*\}\}$/,
  /^\$\{\{[ \t]*(?:env|github|secrets|vars)(?:\.[A-Za-z]\w+)+[\w "'&./=|]*[ \t]*\}\}$/,
  /^%(?:[A-Z_]+|[a-z_]+)%$/,
  /^%[-+# 0]?[bcdeEfFgGoOpqstTUvxX]$/,
  /^\{\d{0,2}\}$/,
  /^@(?:[A-Z_]+|[a-z_]+)@$/,
  /^\/Users\/[A-Za-z0-9]+\/[\w .\-/]+$/,
  /^\/(?:bin|etc|home|opt|tmp|usr|var)\/[\w ./-]+$/,
];

export const trustedFilters: readonly TrustedFilter[] = [
  { name: 'sequential', source: 'detect-secrets is_sequential_string', drops: (c) => isSequentialValue(c.value) },
  { name: 'uuid', source: 'detect-secrets is_potential_uuid (the whole value)', drops: (c) => UUID.test(c.value) },
  { name: 'id before', source: 'detect-secrets is_likely_id_string (not for regex-based detectors)', drops: (c) => c.generic && ID_BEFORE.test(c.before) },
  { name: 'templated', source: 'detect-secrets is_templated_secret', drops: (c) => c.value.length < 2 || /^(?:\{.*\}|<.*>|\$\{.*\})$/s.test(c.value) },
  { name: 'dollar first', source: 'detect-secrets is_prefixed_with_dollar_sign', drops: (c) => c.value.startsWith('$') },
  { name: 'indirect reference', source: 'detect-secrets is_indirect_reference (the line)', drops: (c) => c.line.length <= 1000 && INDIRECT_LINE.test(c.line) },
  { name: 'no letter', source: 'detect-secrets is_not_alphanumeric_string', drops: (c) => !/[A-Za-z]/.test(c.value) },
  { name: 'keyword values', source: 'detect-secrets keyword FALSE_POSITIVES, fake/forgot', drops: (c) => { const v = c.value.toLowerCase(); return KEYWORD_VALUES.has(v) || v.includes('fake') || v.includes('forgot'); } },
  { name: 'gitleaks global', source: 'gitleaks base config: global regexes and stopwords', drops: (c) => GITLEAKS_GLOBAL.some((r) => r.test(c.value)) || c.value.toLowerCase().includes('abcdefghijklmnopqrstuvwxyz') },
  { name: 'entropy < 3.5', source: 'gitleaks generic-api-key Entropy: 3.5 (generic rules only)', drops: (c) => c.generic && shannonEntropy(c.value) < 3.5 },
  { name: 'letters only', source: 'gitleaks generic-api-key allowlist ^[a-zA-Z_.-]+$ (generic rules only)', drops: (c) => c.generic && /^[A-Za-z_.-]+$/.test(c.value) },
  { name: 'under 10', source: 'gitleaks generic-api-key value of 10 to 150 characters (generic rules only)', drops: (c) => c.generic && c.value.length < 10 },
];

const VENDOR_KINDS = new Set([...vendorTokenRules, azureIdentifiableKeyRule, prefixedTokenFamilyRule, ...privateKeyFormatRules].map((r) => r.id));

/** The redactor's spans less those the filter drops (and the dropped values' other occurrences). */
function filtered(filter: TrustedFilter, text: string) {
  const spans = findSecrets(text);
  const left = new Set<string>();
  for (const s of spans) {
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const lineEnd = text.indexOf('\n', s.end);
    const candidate = { value: text.slice(s.start, s.end), line: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd), before: text.slice(lineStart, s.start), generic: !VENDOR_KINDS.has(s.kind) };
    if (filter.drops(candidate)) left.add(candidate.value);
  }
  return redactedView(text, spans.filter((s) => !left.has(text.slice(s.start, s.end))));
}


if (require.main === module) {
  const show = process.argv.includes('--show');
  const tune = readExternalCorpus().filter((item) => item.split === 'tune' && item.note === undefined);
  const formats: readonly CorpusItem[] = vendorFormatCorpus().filter((item) => item.label === 'secret');
  const base = new Map(tune.map((item) => [item, findSecrets(item.text)] as const));
  for (const filter of trustedFilters) {
    const freed = tune.filter((item) => item.label === 'clean' && base.get(item)!.length > 0 && filtered(filter, item.text).redactions.length === 0);
    const lost = tune.filter((item) => item.label === 'secret' && isRedacted(item, redactedView(item.text, base.get(item)!)) && !isRedacted(item, filtered(filter, item.text)));
    const formatsLost = formats.filter((item) => !isRedacted(item, filtered(filter, item.text)));
    console.log(`${filter.name} (${filter.source}): tune clean items freed ${freed.length}, tune secret items lost ${lost.length}, vendor-format secret items lost ${formatsLost.length}`);
    if (show) for (const item of [...freed, ...lost]) console.log(`  ${item.label === 'clean' ? 'freed' : 'LOST'} (${item.source}) ${JSON.stringify(item.text.trim().slice(0, 100))}`);
  }
}

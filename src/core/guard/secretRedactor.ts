// Finds secrets in text bound for a non-local model and replaces them with a marker. One pass of
// the keyword prefilter says which rules the text needs; each of those is linear in the text's
// length; overlapping finds are merged in one sorted pass, so no input size can stall the
// extension host.
import { assignmentRule } from './rules/assignmentRule';
import { authorizationSchemeRule } from './rules/authorizationSchemeRule';
import { azureIdentifiableKeyRule } from './rules/azureIdentifiableKeys';
import { cliPasswordPairRules } from './rules/cliPasswordPairRules';
import { comparedLiteralRule } from './rules/comparedLiteralRule';
import { comparedCallRule, comparedWordRule } from './rules/comparedCallRule';
import { lookupDefaultRule } from './rules/lookupDefaultRule';
import { credentialRules } from './rules/credentialRules';
import { isDocumentedPublicValue } from './documentedPublicValues';
import { isTestVectorKey } from './testVectorKey';
import { isPublicParameter } from './publicParameter';
import { describesEncodedValue } from './describedValue';
import { showsUuidShape } from './shownUuidShape';
import { encryptedEnvelopes, withinEnvelope } from './encryptedEnvelope';
import { readsAsWord } from './readsAsWord';
import { declaredAt, isIdentifier } from './declaredName';
import { KeywordPrefilter } from './keywordPrefilter';
import { highEntropyRule } from './rules/highEntropyRule';
import { nameValuePairRule } from './rules/nameValuePairRule';
import { siblingNameRule } from './rules/siblingNameRule';
import { passphraseRule } from './rules/passphraseRule';
import { passwordHashRule, schemePasswordHashRule } from './rules/passwordHashRule';
import { ldapBindCredentialsRule } from './rules/ldapBindCredentialsRule';
import { cleartextSchemeRule, ldifEncodedPasswordRule } from './rules/ldapPasswordValueRules';
import { localizedPasswordRule, turkishPasswordSpellingRule } from './rules/localizedPasswordRule';
import { positionalSecretRules } from './rules/positionalSecretRules';
import { referenceDefaultRule } from './rules/referenceDefaultRule';
import { plainArgumentRules } from './rules/plainArgumentRules';
import { privateKeyFormatRules } from './rules/privateKeyFormats';
import { bootstrapTokenRule } from './rules/bootstrapTokenRule';
import { bitcoinWifKeyRule } from './rules/bitcoinWifKeyRule';
import { rightAssignmentRule } from './rules/rightAssignmentRule';
import { prefixedTokenFamilyRule } from './rules/prefixedTokenFamily';
import { secretCommandRule } from './rules/secretCommandRule';
import { secretListRule } from './rules/secretListRule';
import { secretStoreRules } from './rules/secretStoreRules';
import { credentialStoreRules } from './rules/credentialStoreRules';
import { sessionCookiePairRule } from './rules/sessionCookiePairRule';
import { cookieOptionRule, sessionCookieRule } from './rules/sessionCookieRule';
import { aspNetCookielessRule, cgiSidUrlRule, jsessionidUrlRule, luciStokUrlRule, phpSessionUrlRule, synologySessionUrlRule } from './rules/sessionUrlRule';
import { statedCredentialRules } from './rules/statedCredentialRules';
import { statedSentenceRules } from './rules/statedSentenceRules';
import { vendorKeyedTokenRule } from './rules/vendorKeyedTokenRule';
import { vendorTokenRules } from './rules/vendorTokenRules';
import { urlPathTokenRules } from './rules/urlPathTokenRules';
import { subsonicAuthRule } from './rules/subsonicAuthRule';
import { blankBindingRule, moduleAttributeRule } from './rules/blankBindingRule';
import { bracedFieldRule } from './rules/bracedFieldRule';
import { composerAuthRule } from './rules/composerAuthRule';
import { credentialCallRules } from './rules/credentialCallRules';
import { callSignatureRules } from './rules/callSignatureRules';
import { sdkClientKeyRules } from './rules/sdkClientKeyRules';
import { documentedCredentialPlaces } from './rules/documentedCredentialPlaces';
import { passwordHashInputRules } from './rules/passwordHashInputRules';
import { bytesLiteralRule } from './rules/bytesLiteralRule';
import { elementPairRule } from './rules/elementPairRule';
import { jenkinsCredentialRule } from './rules/jenkinsCredentialRule';
import { sqlInsertRule } from './rules/sqlInsertRule';
import { tableColumnRule } from './rules/tableColumnRule';
import { sqlPasswordClauseRule } from './rules/sqlPasswordClauseRule';
import { optionDefaultRule } from './rules/optionDefaultRule';
import { declaredDefaultRule } from './rules/declaredDefaultRule';
import { goSqlDsnRule, goSqlOpenDsnRule } from './rules/goSqlDsnRule';
import { mysqlUriLikeRule } from './rules/mysqlUriLikeRule';
import { headerDirectiveRule } from './rules/headerDirectiveRule';
import { nextLineValueRule } from './rules/nextLineValueRule';
import { headerFieldSetterRule } from './rules/headerFieldSetterRule';
import { passwordDirectiveRule } from './rules/passwordDirectiveRule';
import { configDirectiveRules } from './rules/configDirectiveRules';
import { secretsFileLineRules } from './rules/secretsFileLineRules';
import { continuedValueRule } from './rules/continuedValueRule';
import { powershellEnvRule } from './rules/powershellEnvRule';
import { toolPasswordRules } from './rules/toolPasswordRules';
import { toolConfigCredentialRules } from './rules/toolConfigCredentialRules';
import { codeGrammarRules } from './rules/codeGrammarRules';
import { adminCommandPasswordRules } from './rules/adminCommandPasswordRules';
import type { SecretRule, SecretSpan } from './secretRule';
import { kindName, SpanList } from './spanList';
import { escapedReading } from './escapedRegions';
import { isTrelloApplicationKey } from './trelloApplicationKey';
import type { UnescapedView } from './unescapedView';
import { forEachOccurrence, startsAt } from './secretOccurrences';
import { passwordStart } from './credentialPair';
import { forgetJudgements } from './rules/secretValue';
import { withStrictness, type RedactionOptions } from './redactionStrictness';

export type Redaction = SecretSpan;

export interface RedactionResult {
  readonly text: string;
  readonly count: number;
  readonly redactions: readonly Redaction[];
}

/** Most specific first: a vendor token inside an assignment is named by its vendor. */
export const secretRules: readonly SecretRule[] = [...credentialRules, ...privateKeyFormatRules, bitcoinWifKeyRule, bootstrapTokenRule, ...statedCredentialRules, ...statedSentenceRules, ...plainArgumentRules, ...cliPasswordPairRules, ...positionalSecretRules, ...credentialCallRules, ...callSignatureRules, ...sdkClientKeyRules, ...documentedCredentialPlaces, ...passwordHashInputRules, bytesLiteralRule, ...toolPasswordRules, ...toolConfigCredentialRules, ...configDirectiveRules, ...secretsFileLineRules, ...codeGrammarRules, ...adminCommandPasswordRules, passwordDirectiveRule, ldapBindCredentialsRule, cleartextSchemeRule, ldifEncodedPasswordRule, localizedPasswordRule, turkishPasswordSpellingRule, goSqlDsnRule, goSqlOpenDsnRule, mysqlUriLikeRule, bracedFieldRule, headerDirectiveRule, nextLineValueRule, headerFieldSetterRule, composerAuthRule, powershellEnvRule, elementPairRule, jenkinsCredentialRule, sqlInsertRule, tableColumnRule, sqlPasswordClauseRule, optionDefaultRule, declaredDefaultRule, blankBindingRule, moduleAttributeRule, ...secretStoreRules, ...credentialStoreRules, ...vendorTokenRules, ...urlPathTokenRules, subsonicAuthRule, passwordHashRule, schemePasswordHashRule, azureIdentifiableKeyRule, authorizationSchemeRule, sessionCookieRule, cookieOptionRule, sessionCookiePairRule, jsessionidUrlRule, phpSessionUrlRule, synologySessionUrlRule, cgiSidUrlRule, luciStokUrlRule, aspNetCookielessRule, secretCommandRule, passphraseRule, referenceDefaultRule, vendorKeyedTokenRule, assignmentRule, rightAssignmentRule, comparedLiteralRule, comparedCallRule, comparedWordRule, lookupDefaultRule, nameValuePairRule, siblingNameRule, secretListRule, prefixedTokenFamilyRule, continuedValueRule, highEntropyRule];
/** Spans of secrets in `text`, sorted and non-overlapping. */
export function findSecrets(text: string, rules: readonly SecretRule[] = secretRules, options?: RedactionOptions): Redaction[] {
  return findSecretSpans(text, rules, options).toSpans();
}

function findSecretSpans(text: string, rules: readonly SecretRule[], options: RedactionOptions | undefined): SpanList {
  // (Done with the text, the value judgements remembered while reading it are forgotten: their strings may be views into
  // it, and they were judged at this call's strictness.)
  return withStrictness(options?.strictness, () => {
    try {
      return spansOfText(text, rules);
    } finally {
      forgetJudgements();
    }
  });
}

function spansOfText(text: string, rules: readonly SecretRule[]): SpanList {
  const escaped = escapedReading(text);
  let found = escaped?.instead ? spansInView(escaped.instead, rules) : spansIn(text, rules);
  if (escaped?.besides) found = found.concat(spansInView(escaped.besides, rules)).merged();
  // A documented public value, a test vector's key, a value a protocol sends in the open, a
  // description of the value, a UUID's shape shown by counting or a repeated unit and a tool's encrypted envelope are
  // left before their occurrences are sought: they are no secret anywhere. (Judged as written: a signature's `%2F` is part of the documented value.)
  const envelopes = encryptedEnvelopes(text);
  const kept = found.without((start, end) => isDocumentedPublicValue(text, start, end) || isTestVectorKey(text, start, end) || isPublicParameter(text, start, end) || describesEncodedValue(text, start, end) || showsUuidShape(text, start, end) || isTrelloApplicationKey(text, start, end) || (envelopes.length > 0 && withinEnvelope(envelopes, start, end)));
  return withEveryOccurrence(text, kept);
}

/** Spans the rules find in an unescaped view, mapped back; one found in a region read apart is kept within it. */
function spansInView(view: UnescapedView, rules: readonly SecretRule[]): SpanList {
  const viewed = spansIn(view.text, rules);
  const mapped = new SpanList(viewed.length);
  let r = 0;
  for (let i = 0; i < viewed.length; i++) {
    const start = viewed.start(i);
    while (r < view.ends.length && view.ends[r]! <= start) r++;
    const end = r < view.ends.length ? Math.min(viewed.end(i), view.ends[r]!) : viewed.end(i);
    mapped.push(viewed.kind(i), view.place(start), view.place(end));
  }
  return mapped.merged();
}

/** Spans the rules find in `text`, merged. */
function spansIn(text: string, rules: readonly SecretRule[]): SpanList {
  // (Where the keywords of a rule with `nearKeywords` occur, for it to look only on their lines; where
  // those of a rule with `keywordStarts` start; those of a rule with `keywordHits` end, and which.)
  const prefilter = prefilterOf(rules);
  const near = prefilter.nearSlots();
  const needed = prefilter.needed(text, near);
  // (A dense env file spends 7 or 8 characters on a secret: `pw=abc⏎`.)
  let found = new SpanList(16, text.length >> 3);
  rules.forEach((rule, i) => {
    if (!needed[i]) return;
    if (rule.afterOthers) found = found.merged();
    rule.find(text, found, near[i] ?? undefined);
  });
  return found.merged();
}

const prefilters = new WeakMap<readonly SecretRule[], KeywordPrefilter>();

function prefilterOf(rules: readonly SecretRule[]): KeywordPrefilter {
  let prefilter = prefilters.get(rules);
  if (!prefilter) {
    prefilter = rulesPrefilter(rules);
    prefilters.set(rules, prefilter);
  }
  return prefilter;
}

/** The keyword prefilter of `rules`, each rule handed what it asks for: its keywords' starts, their hits, or near them. */
export function rulesPrefilter(rules: readonly SecretRule[]): KeywordPrefilter {
  return new KeywordPrefilter(
    rules.map((r) => r.keywords),
    rules.map((r) => (r.keywordStarts === true ? 'starts' : r.keywordHits === true ? 'hits' : r.nearKeywords === true)),
    true,
  );
}

const MAX_REPEATED_SECRETS = 64;
/** Slots of secrets sliced last (a power of two). */
const RECENT_SLOTS = 64;

/** A secret found once is a secret everywhere in the text (pasted again, in a comment, in a log). */
function withEveryOccurrence(text: string, spans: SpanList): SpanList {
  const seen = new Map<string, number>();
  // A secret found again and again is sliced (and hashed, and read as a word or not) once: the secrets sliced last are
  // kept in slots by their length and outer characters, and a span whose text is its slot's is known without a slice.
  // (A secret always lands in one slot, so a slot's kind is the one `seen` holds for it: set again only when it changes.)
  const recent = new Array<string>(RECENT_SLOTS).fill('');
  const recentKind = new Int32Array(RECENT_SLOTS).fill(-1);
  for (let i = 0; i < spans.length && seen.size < MAX_REPEATED_SECRETS; i++) {
    const end = spans.end(i);
    const kind = spans.kind(i);
    // (Of a credential pair, the password: the user pasted alone elsewhere is a name.)
    const start = passwordStart(text, kind, spans.start(i), end);
    if (end - start < 8) continue;
    const slot = ((end - start) * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (RECENT_SLOTS - 1);
    const known = recent[slot]!;
    if (end - start === known.length && startsAt(text, start, known)) {
      // (-2: a word, never sought.)
      if (recentKind[slot] !== -2 && recentKind[slot] !== kind) seen.set(known, (recentKind[slot] = kind));
      continue;
    }
    const secret = text.slice(start, end);
    recent[slot] = secret;
    // A word (`environment`, given once as `pass_arg == "environment"`) is a secret where a rule
    // found it; elsewhere the same word is the word, in prose and in code. A generated secret is no word.
    if (readsAsWord(secret)) recentKind[slot] = -2;
    else seen.set(secret, (recentKind[slot] = kind));
  }
  // Only occurrences no span covers yet are new: a secret repeated a thousand times and found
  // each time adds nothing to sort.
  const secrets = [...seen.keys()];
  const kinds = [...seen.values()];
  // (A found identifier the text declares elsewhere is that name, not a literal: declaredName.ts. Its
  // occurrences are the ones sought here, so the look costs no pass of its own.)
  const names = secrets.map(isIdentifier);
  let declared: Set<string> | undefined;
  const added = new SpanList();
  const addedSecrets: number[] = [];
  let i = 0;
  let previous = -1;
  forEachOccurrence(text, secrets, (k, at) => {
    // (Each secret's occurrences come left to right; when the next secret's start over, so does the look for their holder.)
    if (at < previous) i = 0;
    previous = at;
    const secret = secrets[k]!;
    const end = at + secret.length;
    // (A declaration is never inside a longer name: declaredAt asks a blank after it and a line's start or blanks before.)
    if (names[k] && declaredAt(text, at, end)) (declared ??= new Set()).add(secret);
    // Spans are sorted and apart, so only the last that starts at or before this occurrence can hold it.
    while (i < spans.length && spans.start(i) <= at) i++;
    if (i > 0 && spans.end(i - 1) >= end) return;
    if (insideLongerName(text, secret, at, end)) return;
    added.push(kinds[k]!, at, end);
    addedSecrets.push(k);
  });
  if (declared) return withoutDeclaredNames(text, spans, added, addedSecrets, secrets, declared);
  return added.length === 0 ? spans : spans.mergedWith(added);
}

/** The spans and added occurrences but those of a name the text declares (each span that is the name whole). */
function withoutDeclaredNames(text: string, spans: SpanList, added: SpanList, addedSecrets: readonly number[], secrets: readonly string[], declared: ReadonlySet<string>): SpanList {
  const kept = spans.without((start, end) => declared.has(text.slice(start, end)));
  const occurrences = new SpanList();
  for (let j = 0; j < added.length; j++) if (!declared.has(secrets[addedSecrets[j]!]!)) occurrences.push(added.kind(j), added.start(j), added.end(j));
  return occurrences.length === 0 ? kept : kept.mergedWith(occurrences);
}

/**
 * An occurrence glued to a name's character where the secret's own edge is one too
 * (`D3D10_SB_RESOURCE_RETURN_TYPE` inside `D3D10_SB_RESOURCE_RETURN_TYPE_MASK`) is part of a longer
 * name, not the secret pasted again: a secret pasted stands apart from the run it sits in.
 */
function insideLongerName(text: string, secret: string, at: number, end: number): boolean {
  return (isNameChar(secret.charCodeAt(0)) && isNameChar(text.charCodeAt(at - 1)) && !escapeEndsAt(text, at)) || (isNameChar(secret.charCodeAt(secret.length - 1)) && isNameChar(text.charCodeAt(end)));
}

/**
 * An escape ends right before `at` (`\n` in a string, `%3D` in a URL, `%253D` or `%25253D` in a URL encoded again): a
 * separator written out, not a name's character.
 */
function escapeEndsAt(text: string, at: number): boolean {
  if (text.charCodeAt(at - 2) === 92) return true;
  if (!isHexDigit(text.charCodeAt(at - 2)) || !isHexDigit(text.charCodeAt(at - 1))) return false;
  // (`%`, or `%25` once or twice before the last two digits.)
  for (let k = at - 3; k >= at - 7; k -= 2) {
    if (text.charCodeAt(k) === 37) return true;
    if (text.charCodeAt(k - 1) !== 50 || text.charCodeAt(k) !== 53) return false;
  }
  return false;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** [A-Za-z0-9_] */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const markers: string[] = [];

function redactionMarker(kind: number): string {
  return (markers[kind] ??= `[REDACTED:${kindName(kind)}]`);
}

// How many spans' text is appended into a piece before the piece is flattened. Appending builds a
// rope (an array of parts joined cost twice as much); one rope for a whole dense file lives
// through several scavenges, each copying its ~300,000 nodes. Flattened every 256 spans, the
// nodes die young and only the flat pieces are kept: the output of 1 MB of `pw: abc⏎` (143,000
// spans) took 8.5–9.3 CPU ms instead of 12.7–13.0 (fresh processes, 3 each; 64 spans: 9.9–10.5,
// 1,024: 9.0–9.9, 4,096: 11.5–13.0).
const SPANS_PER_PIECE = 256;

export function redactSecrets(text: string, options?: RedactionOptions): RedactionResult {
  const spans = findSecretSpans(text, secretRules, options);
  if (spans.length === 0) return { text, count: 0, redactions: [] };
  let redacted = '';
  let piece = '';
  let cursor = 0;
  for (let i = 0; i < spans.length; i++) {
    piece += text.slice(cursor, spans.start(i));
    piece += redactionMarker(spans.kind(i));
    cursor = spans.end(i);
    if (i % SPANS_PER_PIECE === SPANS_PER_PIECE - 1) {
      redacted += flattened(piece);
      piece = '';
    }
  }
  redacted += piece + text.slice(cursor);
  return new Redacted(redacted, spans);
}

/** The same string, flat: V8 copies a rope into one string the first time a character of it is read. */
function flattened(rope: string): string {
  rope.charCodeAt(0);
  return rope;
}

/** The spans as objects only when asked for: sending the redacted text needs just the text and the count. */
class Redacted implements RedactionResult {
  private objects: Redaction[] | undefined;

  constructor(readonly text: string, private readonly spans: SpanList) {}

  get count(): number {
    return this.spans.length;
  }

  get redactions(): readonly Redaction[] {
    return (this.objects ??= this.spans.toSpans());
  }
}

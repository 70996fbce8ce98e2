// The shape every secret detector has, after gitleaks: keywords that must be in the text before
// the rule runs at all (a cheap prefilter), a linear-time matcher, an entropy floor and an
// allowlist for what only looks like a secret. Each rule's true and false positives live with
// the unit tests (test/unit/guard/ruleExamples.ts), out of the shipped bundle.
import { shannonEntropy } from './stringEntropy';

/** A secret found in a text: the span to redact. */
export interface SecretSpan {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

export interface SecretRule {
  readonly id: string;
  /** Lower-case literals; the rule runs only on text that contains one of them. */
  readonly keywords: readonly string[];
  /** Every candidate span in `text` (`lower` is text.toLowerCase(), same offsets). */
  find(text: string, lower: string): Iterable<SecretSpan>;
}

export interface PatternRuleSpec {
  readonly id: string;
  readonly keywords: readonly string[];
  /**
   * Linear-time: bounded quantifiers on character classes, no nested or overlapping ones. The
   * `secret` group (else the whole match) is redacted. The 'g' flag is added.
   */
  readonly pattern: RegExp;
  /** Least Shannon entropy (bits per char) of the secret; below it the match is a placeholder. */
  readonly entropy?: number;
  /** Return true to let a match go (an example value, a public id). */
  readonly allow?: (secret: string, text: string, start: number) => boolean;
}

/** A rule made of one regular expression (vendor formats with a fixed prefix, most of them). */
export function patternRule(spec: PatternRuleSpec): SecretRule {
  const flags = new Set([...spec.pattern.flags, 'g', 'd']);
  const pattern = new RegExp(spec.pattern.source, [...flags].join(''));
  return {
    id: spec.id,
    keywords: spec.keywords,
    *find(text) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') {
          pattern.lastIndex++;
          continue;
        }
        const [start, end] = m.indices?.groups?.secret ?? m.indices![0]!;
        const secret = text.slice(start, end);
        if (looksPlaceholder(secret)) continue;
        if (spec.entropy !== undefined && shannonEntropy(secret) < spec.entropy) continue;
        if (spec.allow?.(secret, text, start)) continue;
        yield { kind: spec.id, start, end };
      }
    },
  };
}

/**
 * Values that stand for a secret without being one: masks (xxxx, ****, 0000), template and
 * shell references (${TOKEN}, {{ token }}, $(vault read …), `cmd`, %TOKEN%), <your-token>,
 * and the words people write in examples.
 */
export function looksPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/(?:x{5}|X{5}|\*{3}|\.{3}|…|•{3}|_{5}|0{8}|#{4})/.test(v)) return true;
  if (/^[<[{(].*[>\]})]$/.test(v) || /^<|>$/.test(v)) return true;
  if (/\$\{|\{\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^`|`$|^@\{|^#\{/.test(v)) return true;
  return /(?:^|[^a-z])(?:your|my)[-_ ]?(?:[a-z]+[-_ ])?(?:key|token|secret|password|pass|pw|api|id)|changeme|change[-_]me|placeholder|redacted|example|dummy|sample|insert[-_ ]|replace[-_ ]?me|fake[-_]?(?:key|token|secret|password)|not[-_]?a[-_]?(?:real[-_]?)?(?:secret|key|token|password)/i.test(v);
}

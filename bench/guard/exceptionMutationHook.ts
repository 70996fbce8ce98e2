// Removes a pattern rule's exceptions on demand, for the mutation check (exceptionMutations.ts): loaded before the redactor
// (`--require`), it hands every rule file a `patternRule` whose spec reads its `allow`, `entropy` and `passwordSlot` through
// the switch below, and hands `secretRule.ts` a placeholder test that answers "no placeholder" for the rule whose exception is
// removed. Nothing in the shipped code changes; without a mutation switched on every answer is the rule's own.
// `FLYWHEEL_MUTATIONS="rule-id:allow,rule-id:placeholder,…"` switches some on for a whole test run.
import Module from 'node:module';
import type { PatternRuleSpec, SecretRule } from '../../src/core/guard/secretRule';

/** The exceptions a pattern rule's spec can make, as data. */
export const exceptionParts = ['placeholder', 'entropy', 'allow', 'passwordSlot'] as const;
export type ExceptionPart = (typeof exceptionParts)[number];

/** Which exceptions are removed now (`rule-id:part`), and the pattern rule whose `find` is running. */
export const mutation = {
  removed: new Set<string>((process.env.FLYWHEEL_MUTATIONS ?? '').split(',').filter(Boolean)),
  running: undefined as string | undefined,
};

/** Every pattern rule's spec as its file wrote it, by id. */
export const patternSpecs = new Map<string, PatternRuleSpec>();

const off = (id: string, part: ExceptionPart) => mutation.removed.has(`${id}:${part}`);

type Loader = (this: NodeJS.Module, request: string) => unknown;
const moduleClass = Module as unknown as { prototype: { require: Loader }; _resolveFilename(request: string, parent: NodeJS.Module): string };
const load = moduleClass.prototype.require;
moduleClass.prototype.require = function (this: NodeJS.Module, request: string) {
  const real = load.call(this, request) as Record<string, unknown>;
  if (!request.startsWith('.')) return real;
  const resolved = moduleClass._resolveFilename(request, this);
  const from = this.filename ?? '';
  if (resolved.endsWith('/src/core/guard/placeholderValue.ts') && from.endsWith('/src/core/guard/secretRule.ts')) {
    const wrap = (name: string) => (value: string) => (mutation.running !== undefined && off(mutation.running, 'placeholder') ? false : (real[name] as (v: string) => boolean)(value));
    const looksPlaceholder = wrap('looksPlaceholder');
    const looksPasswordPlaceholder = wrap('looksPasswordPlaceholder');
    return new Proxy(real, { get: (t, k) => (k === 'looksPlaceholder' ? looksPlaceholder : k === 'looksPasswordPlaceholder' ? looksPasswordPlaceholder : t[k as string]) });
  }
  if (resolved.endsWith('/src/core/guard/secretRule.ts') && !from.endsWith('/src/core/guard/secretRule.ts')) {
    return new Proxy(real, { get: (t, k) => (k === 'patternRule' ? mutablePatternRule(t.patternRule as (spec: PatternRuleSpec) => SecretRule) : t[k as string]) });
  }
  return real;
};

function mutablePatternRule(patternRule: (spec: PatternRuleSpec) => SecretRule): (spec: PatternRuleSpec) => SecretRule {
  return (spec) => {
    patternSpecs.set(spec.id, spec);
    const slot = spec.passwordSlot;
    const read: PatternRuleSpec = {
      ...spec,
      get allow() {
        return off(spec.id, 'allow') ? undefined : spec.allow;
      },
      get entropy() {
        return off(spec.id, 'entropy') ? undefined : spec.entropy;
      },
      ...(slot ? { passwordSlot: (text: string, start: number, end: number) => off(spec.id, 'passwordSlot') || slot(text, start, end) } : {}),
    };
    const rule = patternRule(read);
    return {
      ...rule,
      find(text, found, near) {
        const outer = mutation.running;
        mutation.running = spec.id;
        try {
          rule.find(text, found, near);
        } finally {
          mutation.running = outer;
        }
      },
    };
  };
}

// The seventeenth holdout's first labeller: cfn_nag's credential rules, each spec run over test templates with the
// resources it must report (corpus/README.md, "The seventeenth holdout"). A template the spec reports no resource of is
// clean; one it reports is a secret item whose secrets are the plain-text values of the property the rule reads — the
// property's literal, or the default of the parameter it refers to. A reported template whose property is a reference
// (`{{resolve:ssm:…}}`, a parameter without a default) or absent holds no secret in its text: set apart.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type SeventeenthNote = 'a documented example or filler value' | 'the rule reports a reference or an absent value';

export interface SeventeenthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: SeventeenthNote;
}

/** A spec as the manifest transcribes it: the property its rule reads and, per template, the resources it must report. */
export interface CfnNagSpec {
  spec: string;
  property: string;
  cases: Record<string, string[]>;
}

export function labelCfnNagSpecs(specs: readonly CfnNagSpec[], templates: ReadonlyMap<string, string>, report: string[]): SeventeenthItem[] {
  const items: SeventeenthItem[] = [];
  for (const { spec, property, cases } of specs) {
    for (const [template, reported] of Object.entries(cases)) {
      const text = templates.get(template);
      if (text === undefined) {
        report.push(`cfn-nag ${template}: its spec reads it; the index holds no version`);
        continue;
      }
      const rule = `${spec}#${template.slice(template.lastIndexOf('/') + 1)}`;
      if (reported.length === 0) {
        items.push({ text, secrets: [], label: 'clean', rule });
        continue;
      }
      const values = plainTextValues(text, property);
      items.push(values.length ? reportedItem(text, values, rule) : { text, secrets: [], label: 'clean', rule, note: 'the rule reports a reference or an absent value' });
    }
  }
  return items;
}

/** A reported text's item: apart when the placeholder policy passes every value it holds (the project's `describesStandIn`). */
export function reportedItem(text: string, values: readonly string[], rule: string): SeventeenthItem {
  const secrets = values.filter((v) => !describesStandIn(v));
  return secrets.length ? { text, secrets, label: 'secret', rule } : { text, secrets: [...values], label: 'secret', rule, note: 'a documented example or filler value' };
}

/** The values `property` is given in plain text: a YAML `Property: value` or JSON `"property" : "value"`, or the default of the parameter a `!Ref` names. */
export function plainTextValues(text: string, property: string): string[] {
  const values = new Set<string>();
  const at = new RegExp(`^[ -]*"?${property}"?[ \\t]*:[ \\t]*(.*?)[ \\t]*,?$`, 'gm');
  for (const [, raw] of text.matchAll(at)) {
    const ref = /^!Ref\s+(\w+)$/.exec(raw!);
    const value = ref ? parameterDefault(text, ref[1]!) : unquoted(raw!);
    if (value && !value.startsWith('{{resolve:')) values.add(value);
  }
  return [...values];
}

function parameterDefault(text: string, name: string): string | undefined {
  const block = new RegExp(`^  ${name}:\\n((?:    .*\\n?)*)`, 'm').exec(text)?.[1] ?? '';
  const raw = /^ {4}Default:[ \t]*(.*?)[ \t]*$/m.exec(block)?.[1];
  return raw === undefined ? undefined : unquoted(raw);
}

function unquoted(raw: string): string {
  return /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
}

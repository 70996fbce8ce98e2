// A YAML scalar with an explicit tag (`password: !!str hunter2`, `key: !!binary c2VjcmV0`) or an
// anchor (`password: &db_pw hunter2`, which names the node for `*db_pw` to repeat elsewhere): the
// tag says how to read the value, the anchor names it, the value is what follows them. (`!secret
// name`, one `!`, is Home Assistant's reference to another file: not a value.) An anchor or an
// alias alone after the key (`credentials: &defaults` above the mapping it names, `password:
// *db_pw`) is a node's name or a reference to one, never the value.
import type { AssignedValue } from './assignedValue';

const TAG = '!!(?:str|binary)[ \\t]{1,8}';
const ANCHOR = '&[^\\s,[\\]{}]{1,64}[ \\t]{1,8}';
const TAGGED = new RegExp(`(?:${ANCHOR}(?:${TAG})?|${TAG})(?:(["'])([^"'\\r\\n]{1,400})\\1|([^\\s"'\`,;)(<>[\\]{}]{1,400}))`, 'y');
// `&name` or `*name` and nothing more on the line (a comment aside).
const NODE_NAME = /[&*][^\s,[\]{}]{1,64}[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$)/y;

/** The value after a `!!str` or `!!binary` tag or a YAML anchor read as a bare value, or undefined when the value has neither. */
export function taggedScalar(text: string, assigned: AssignedValue): AssignedValue | undefined {
  // Most values start with neither `!!` nor, after YAML's `:`, `&`: two comparisons spare them the expression.
  if (assigned.quote !== 0 || !(startsTag(text, assigned.valueStart) || startsAnchor(text, assigned))) return undefined;
  TAGGED.lastIndex = assigned.valueStart;
  const m = TAGGED.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const quote = m[1] === undefined ? 0 : m[1].charCodeAt(0);
  const valueEnd = quote === 0 ? end : end - 1;
  return { opStart: assigned.opStart, opEnd: assigned.opEnd, quote, valueStart: valueEnd - (m[2] ?? m[3]!).length, valueEnd, end };
}

/** The bare value after YAML's `:` is an anchor or an alias alone: a node's name, not a value. */
export function namesYamlNode(text: string, assigned: AssignedValue): boolean {
  const c = text.charCodeAt(assigned.valueStart);
  if (assigned.quote !== 0 || (c !== 38 && c !== 42) || text.charCodeAt(assigned.opStart) !== 58) return false;
  NODE_NAME.lastIndex = assigned.valueStart;
  return NODE_NAME.test(text);
}

function startsTag(text: string, at: number): boolean {
  return text.charCodeAt(at) === 33 && text.charCodeAt(at + 1) === 33;
}

function startsAnchor(text: string, assigned: AssignedValue): boolean {
  return text.charCodeAt(assigned.valueStart) === 38 && text.charCodeAt(assigned.opStart) === 58;
}

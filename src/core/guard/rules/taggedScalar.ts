// A YAML scalar with an explicit tag (`password: !!str hunter2`, `key: !!binary c2VjcmV0`): the
// tag says how to read the value, the value is what follows it. (`!secret name`, one `!`, is
// Home Assistant's reference to another file: not a value.)
import type { AssignedValue } from './assignedValue';

const TAGGED = /!!(?:str|binary)[ \t]{1,8}(?:(["'])([^"'\r\n]{1,400})\1|([^\s"'`,;)(<>[\]{}]{1,400}))/y;

/** The value after a `!!str` or `!!binary` tag read as a bare value, or undefined when the value is not a tag. */
export function taggedScalar(text: string, assigned: AssignedValue): AssignedValue | undefined {
  // Most values do not start with `!`: one comparison spares them the expression.
  if (assigned.quote !== 0 || text.charCodeAt(assigned.valueStart) !== 33 || text.charCodeAt(assigned.valueStart + 1) !== 33) return undefined;
  TAGGED.lastIndex = assigned.valueStart;
  const m = TAGGED.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const quote = m[1] === undefined ? 0 : m[1].charCodeAt(0);
  const valueEnd = quote === 0 ? end : end - 1;
  return { opStart: assigned.opStart, opEnd: assigned.opEnd, quote, valueStart: valueEnd - (m[2] ?? m[3]!).length, valueEnd, end };
}

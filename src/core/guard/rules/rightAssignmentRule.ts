// R's rightward assignment (R's `assignOps` help page, "Assignment Operators": `value -> x`, and `value ->> x`
// for an enclosing environment's): the name stands after its value, where the assignment rule, which reads a key
// and then its value (`name <- value`, `name <<- value`), finds none. The name is judged as a key and the
// quoted value as a literal given to it. At a statement's start only (a line's, or after `;` or `{`):
// a literal after `case` (Java's arrow switch) or `|` (OCaml's, F#'s match) is a pattern, not a value.
import type { SecretRule } from '../secretRule';
import { namedLiteralRule } from './namedLiteralRule';

const STATEMENT_START = '(?:^|[;{])[ \\t]{0,40}';
const TO_NAME = '[ \\t]{0,8}->>?[ \\t]{0,8}(?<name>[A-Za-z.][\\w.]{0,63})(?![\\w.(])';
const DOUBLE_QUOTED = new RegExp(`${STATEMENT_START}"(?<secret>[^"\\\\\\r\\n]{1,200})"${TO_NAME}`, 'dgm');
const SINGLE_QUOTED = new RegExp(`${STATEMENT_START}'(?<secret>[^'\\\\\\r\\n]{1,200})'${TO_NAME}`, 'dgm');

export const rightAssignmentRule: SecretRule = namedLiteralRule('right-assignment', ['->'], [DOUBLE_QUOTED, SINGLE_QUOTED]);

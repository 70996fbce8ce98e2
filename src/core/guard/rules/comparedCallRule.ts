// A literal compared with a secret-named name by a call or a word operator, either way round: C's
// `strcmp(password, "…")` (CWE-259's and CWE-798's demonstrative example), `strncmp`, `strcasecmp`,
// `_stricmp`, `wcscmp`, `lstrcmp`; PHP's `strcmp` and `hash_equals(known, user)`; Python's
// `hmac.compare_digest(a, b)`; Rails' `secure_compare(a, b)`; .NET's `string.Equals(a, b)`, Java's
// `Objects.equals(a, b)`, Commons Lang's `StringUtils.equals(a, b)`; and PowerShell's `-eq`/`-ne`
// (`-ceq`, `-ieq`…) and Perl's `eq`/`ne` between a variable and a literal. The program holds the
// credential it checks against (compared-literal takes the operators `==`, `!=` and `.equals`). The
// literal is judged as the assignment rule judges a quoted value under the compared name. Linear:
// each expression starts at the call's name or the variable's `$`, bounded, one line.
import { forEachMatch, ledPattern, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { keywordLead } from '../keywordLed';
import { acceptsQuotedLiteral } from './secretValue';

const KIND = spanKind('compared-call');
const KIND_WORD = spanKind('compared-word-operator');
// A name, a member chain's last name the key (`user->password`, `$this->token`, `cfg.api.token`).
const NAME = `[$&*]?(?:[A-Za-z_]\\w{0,40}(?:\\.|->)){0,4}([A-Za-z_]\\w{0,63})`;
const CALL = new RegExp(`\\b(?:_?str(?:n?(?:case|i)?)cmp|wcsn?cmp|lstrcmpi?|hash_equals|compare_digest|secure_compare|[Ss]tring\\.Equals|Objects\\.equals|StringUtils\\.equals)\\([ \\t]*(?:${NAME}[ \\t]*,[ \\t]*(["'])([^"'\\r\\n\\\\]{3,200})\\2|(["'])([^"'\\r\\n\\\\]{3,200})\\4[ \\t]*,[ \\t]*${NAME})(?=[ \\t]*[,)])`, 'g');
// `$password -eq "…"`, `$password eq '…'`: the literal's closing quote ends the match.
const WORD_OPERATOR = /\$(?:[A-Za-z_]\w{0,40}\.){0,4}([A-Za-z_]\w{0,63})[ \t]+(?:-[ci]?(?:eq|ne)|eq|ne)[ \t]+(["'])([^"'\r\n\\]{3,200})\2/gi;

const CALL_KEYWORDS = ['cmp(', 'cmpi(', 'hash_equals(', 'compare_digest(', 'secure_compare(', 'equals('];
const CALL_LEAD = keywordLead(CALL, CALL_KEYWORDS);
const CALL_STICKY = new RegExp(CALL.source, 'y');

export const comparedCallRule: SecretRule = {
  id: 'compared-call',
  keywords: CALL_KEYWORDS,
  ...(CALL_LEAD !== undefined ? { nearKeywords: true } : {}),
  find(text: string, found: SpanList, near?: readonly number[]) {
    // (A literal a span found before holds, `strcmp(password, "…")` read by the assignment rule as a name and its
    // value, is not judged again: see lookupDefaultRule.ts.)
    let held: ((start: number, end: number) => boolean) | undefined;
    forEachMatch(text, CALL, CALL_STICKY, near, (m) => {
      if (m[3] !== undefined) {
        // The name first: the literal ends the match.
        const end = m.index + m[0].length - 1;
        const start = end - m[3].length;
        held ??= found.holder();
        if (!held(start, end) && acceptsQuotedLiteral(text, start, end, m[1]!)) found.push(KIND, start, end);
      } else {
        const start = text.indexOf(m[4]!, m.index) + 1;
        const end = start + m[5]!.length;
        held ??= found.holder();
        if (!held(start, end) && acceptsQuotedLiteral(text, start, end, m[6]!)) found.push(KIND, start, end);
      }
    }, CALL_LEAD);
  },
};

const WORD_KEYWORDS = ['-eq', '-ne', '-ceq', '-cne', '-ieq', '-ine', ' eq ', ' ne '];
const WORD_OPERATORS = ledPattern(WORD_OPERATOR, WORD_KEYWORDS);

export const comparedWordRule: SecretRule = {
  id: 'compared-word-operator',
  keywords: WORD_KEYWORDS,
  ...(WORD_OPERATORS.near ? { nearKeywords: true } : {}),
  find(text: string, found: SpanList, near?: readonly number[]) {
    let held: ((start: number, end: number) => boolean) | undefined;
    WORD_OPERATORS.forEach(text, near, (m) => {
      const end = m.index + m[0].length - 1;
      const start = end - m[3]!.length;
      held ??= found.holder();
      if (!held(start, end) && acceptsQuotedLiteral(text, start, end, m[1]!)) found.push(KIND_WORD, start, end);
    });
  },
};

// Forms that bind a name to a string literal with blanks alone between them, no operator: Lisp's
// `(def api-key "…")` (Clojure's def/defonce, Common Lisp's defvar/defparameter/defconstant, Emacs
// Lisp's setq/setq-default/defconst/defcustom, Scheme's define and set!), Emacs' `(setenv "API_KEY"
// "…")`, an EDN or Clojure map's keyword and value (`{:password "…"}`), Clojure's binding vectors
// (`(let [password "…"]`), CMake's `set(API_KEY "…")`, `set(ENV{API_KEY} "…")`, nginx's `set $api_key
// "…";` and PowerShell's `Set-Variable -Name password -Value "…"`. A secret-named name's literal is judged as one given to that key.
// Linear: each match starts at its form's opening and reads a bounded stretch.
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { keyStrength } from './keyStrength';
import { acceptValue } from './secretValue';
import { spanBeforeTail, withoutIndices, type SecretTail } from '../secretPlace';

// (A Lisp symbol may hold - * + ! ? < > . /; a keyword follows a blank, `{`, `(` or `[`.)
const NAME = '[A-Za-z_*+!?<>][\\w*+!?<>./-]{0,63}';
const LITERAL = '[ \\t\\r\\n]{1,40}"(?<secret>[^"\\r\\n]{1,400})"';
// One expression per form, each opening with a literal character, so that the engine skips to its
// candidates (a single alternation is tried at every position of every text holding a key word).
// The literal's closing quote ends each match: its place is read without match indices (secretPlace.ts).
const FORMS = [
  // (Clojure's metadata may stand before the name: `(def ^:private api-token "…")`, `^String`.)
  new RegExp(`\\((?:def|defonce|defvar|defparameter|defconstant|defconst|defcustom|setq|setq-default|define|set!)[ \\t]+(?:\\^:?[\\w.-]{1,40}[ \\t]+)?(?<name>${NAME})${LITERAL}`, 'dg'),

  new RegExp(`\\(setenv[ \\t]+"(?<name>[A-Za-z_][\\w.-]{0,63})"${LITERAL}`, 'dg'),
  // (The colon first and what stands before it behind: the engine seeks the colon, not a lookbehind tried at every place.)
  new RegExp(`:(?<=[\\s{(\\[,]:)(?<name>${NAME})${LITERAL}`, 'dg'),
  new RegExp(`(?<![\\w-])set[ \\t]*\\([ \\t]*(?:ENV\\{(?<name>[A-Za-z_][\\w.-]{0,63})\\}|(?<cmake>[A-Za-z_][\\w.-]{0,63}))${LITERAL}`, 'dg'),
].map(withoutIndices);
// Forms of the eighteenth round, each run only where its own opening stands in the text (the rule's
// keywords admit a text for any form: lisp, EDN and CMake texts paid for three more passes):
// a binding vector's first pair, `(let [password "…"]` (`loop`, `binding`, `with-redefs`); nginx's rewrite
// module, `set $api_key "…";`; PowerShell's `Set-Variable -Name password -Value "…"`.
const GATED_FORMS = [
  { openings: ['(let', '(loop', '(binding', '(with-redefs'], form: new RegExp(`\\((?:let|loop|binding|with-redefs)[ \\t]*\\[[ \\t]*(?<name>${NAME})${LITERAL}`, 'dg') },
  { openings: ['set $'], form: new RegExp(`(?<![\\w-])set[ \\t]+\\$(?<name>[A-Za-z_]\\w{0,63})${LITERAL}`, 'dg') },
  { openings: ['Set-Variable', 'set-variable', 'SET-VARIABLE'], form: new RegExp(`\\bSet-Variable[ \\t]+(?:-Name[ \\t]+)?(?<name>[A-Za-z_]\\w{0,63})[ \\t]+-Value${LITERAL}`, 'dgi') },
].map(({ openings, form }) => ({ openings, ...withoutIndices(form) }));
const GATED_OPENING = /\((?:let|loop|binding|with-redefs)|set \$|set-variable/i;
const KIND = spanKind('blank-binding');

export const blankBindingRule: SecretRule = {
  id: 'blank-binding',
  // A form's opening, or a keyword's colon after what may stand before it (the prefilter reads a keyword's
  // blank as any run of blanks: `set (` is also `set<TAB>(`, ` :` also `<TAB>:`).
  keywords: ['(def', '(setq', '(setenv', '(set!', '(let', '(loop', '(binding', '(with-redefs', 'set(', 'set (', 'set $', 'set-variable', ' :', '{:', '(:', '[:', '\n:', ',:'],
  find(text, found) {
    // (One pass tells whether any gated form's opening is there at all: most admitted texts hold none.)
    findBindings(text, found, GATED_OPENING.test(text) ? [...FORMS, ...GATED_FORMS.filter((g) => g.openings.some((o) => text.includes(o)))] : FORMS, KIND);
  },
};

// Elixir's module attribute, `@api_key "…"` (hexdocs.pm/elixir, "Module attributes": `@name value`), a statement at its
// line's start. A rule of its own: its one keyword, `@`, admits texts (addresses, decorators) the forms above need not read.
const MODULE_ATTRIBUTE = withoutIndices(/@(?<=(?:^|\n)[ \t]{0,40}@)(?<name>[A-Za-z_]\w{0,63})[ \t]{1,40}"(?<secret>[^"\r\n]{1,400})"/dg);
const ATTRIBUTE_KIND = spanKind('module-attribute');

export const moduleAttributeRule: SecretRule = {
  id: 'module-attribute',
  keywords: ['@'],
  find(text, found) {
    findBindings(text, found, [MODULE_ATTRIBUTE], ATTRIBUTE_KIND);
  },
};

/** Each form's literal under a secret-named name, judged as a quoted value given to that name. */
function findBindings(text: string, found: SpanList, forms: readonly { readonly pattern: RegExp; readonly tail: SecretTail | undefined }[], kind: number): void {
  for (const { pattern: form, tail } of forms) {
    form.lastIndex = 0;
    for (let m = form.exec(text); m; m = form.exec(text)) {
      const name = (m.groups!.name ?? m.groups!.cmake)!;
      const strength = keyStrength(name);
      if (strength === 'none') continue;
      const [start, end] = tail ? spanBeforeTail(m, tail) : m.indices!.groups!.secret!;
      const value = text.slice(start, end);
      if (acceptValue({ start, end, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, name)) found.push(kind, start, end);
    }
  }
}

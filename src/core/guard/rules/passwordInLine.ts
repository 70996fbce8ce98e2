// A password given inside a line of text, as manuals, READMEs, tickets and chat write a login: a user's label and value,
// a pair separator, then the password's key and value on the same line (`user: admin, password: Abc!2345`,
// `ID: admin PW: Abc!2345`, `login: admin / password: Abc!2345`: a router's, a camera's or a NAS's manual,
// "Username: root Password: 123", Ameba DigiCap II user manual §7-9; a Docker image's README); or a password's line
// going on with a remark in parentheses (`Password: Abc!2345 (change it after the first login)`). There the bare value is the
// password, as on a config line, unless it reads as a word (`the password: must be 8 characters`, `Password: required`:
// prose) or judging turns it down (a mask, a stand-in, a reference). A line of code writes such pairs inside an
// object's braces or a call's parentheses (`{ user: u, password: p }`, `login(user: u, password: p)`): none is read.
// bench/guard/README.md, thirty-ninth round, guardpairs1.
import type { AssignedValue } from './assignedValue';
import type { FoundValue } from './secretValue';
import { mayNamePassword, namesPassword } from './keyStrength';
import { readsAsWord } from '../readsAsWord';
import { isConfigLine } from './configLine';
import { namesASecret } from './valueNames';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const APOSTROPHE = 39;
const { AMPERSAND, BACKTICK, CLOSE_PAREN, COLON, COMMA, CR, EQUALS, LF, OPEN_BRACE, OPEN_PAREN, PIPE, SEMICOLON, SLASH, SPACE, TAB } = charCodes;

/** Blanks between a pair's parts (a column's alignment), a user's longest value, a label's longest (`nombre de usuario`). */
const MAX_BLANKS = 8;
const MAX_USER = 64;
const MAX_LABEL = 17;

// What names the user in such a pair (lower case; `user name` and `login id` with their blank). And the user's label in
// the languages whose password words the assignment rule reads, as Microsoft Learn's localized reference pages write the
// `username` property beside `password` (learn.microsoft.com/<locale>/javascript/api/@azure/arm-networkcloud/
// administrativecredentials: de-de Benutzername, es-es nombre de usuario, it-it nome utente, pt-br nome de usuário, nl-nl
// gebruikersnaam, fr-fr nom d'utilisateur, sv-se användarnamn, tr-tr kullanıcı adı; pt-pt's UsernamePasswordCredential
// page nome de utilizador, de-de's "Benutzernamen und Kennwort eines Benutzers"), and the word for the user in each.
const USER_LABELS = new Set(['user', 'username', 'user name', 'userid', 'user id', 'login', 'login id', 'loginid', 'id', 'account', 'email',
  'benutzer', 'benutzername', 'usuario', 'nombre de usuario', 'utente', 'nome utente', 'usuário', 'nome de usuário', 'utilizador',
  'nome de utilizador', 'gebruikersnaam', 'utilisateur', "nom d'utilisateur", 'användarnamn', 'kullanıcı', 'kullanıcı adı']);
// Their first letters, either case: most words before a key's value are no label, and are told so without a copy of them.
const LABEL_INITIALS = new Set([...USER_LABELS].flatMap((label) => [label.charCodeAt(0), label.toUpperCase().charCodeAt(0)]));

/**
 * Whether the bare value after a password's key stands where a login written on one line puts it. `configLine` says
 * whether the value ends its line as a config line's does.
 */
export function passwordInLine(text: string, from: number, keyStart: number, key: string, value: FoundValue, assigned: AssignedValue, ended: boolean): boolean {
  const op = text.charCodeAt(assigned.opStart);
  if (value.quoted || value.afterComma || assigned.opEnd - assigned.opStart !== 1 || (op !== COLON && op !== EQUALS)) return false;
  const after = text.charCodeAt(value.end);
  // (The value's end: the line's, a blank, a list's separator or a closing parenthesis or backtick; never a bracket or quote of code.)
  if (!(after !== after || after === SPACE || after === TAB || after === LF || after === CR || after === COMMA || after === SEMICOLON || after === CLOSE_PAREN || after === BACKTICK)) return false;
  // (`&lt;YOUR_PASSWORD&gt;`: an escaped character's entity, HTML's, opens no value.)
  if (value.value.charCodeAt(0) === AMPERSAND || !(mayNamePassword(key) || localizedPasswordKey(key))) return false;
  // (`f(⏎  user: u, password: p1)`, `  user=u, password=p1,⏎`: a call's last argument, an element ending its line.)
  if (((after === COMMA || after === SEMICOLON) && endsLine(text, value.end + 1)) || (after === CLOSE_PAREN && !proseParenthesis(text, from, keyStart))) return false;
  // The place first (bounded reads), the key's and the value's words after (each splits a string): a dense line of keys
  // (YAML tags and anchors after `password:`) has a key every few characters and almost never a pair's place.
  const placed = userPairBefore(text, from, keyStart) || (!ended && remarkFollows(text, value.end) && madeUp(value.value) && isConfigLine(text, from, keyStart));
  // (A name naming a secret, `password=dbPassword`, is a variable's: code's, not a login's value.)
  return placed && (namesPassword(key) || localizedPasswordKey(key)) && !readsAsWord(value.value) && !namesASecret(value.value);
}

// The Latin password words the assignment rule reads as keys of their own (keyStrength.ts), as a login's line writes
// them, the whole key: `Benutzer: admin Passwort: …`, `Usuario: admin Contraseña: …`.
const LOCALIZED_PASSWORD_KEYS = new Set(['passwort', 'kennwort', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'lösenord', 'losenord', 'salasana']);

function localizedPasswordKey(key: string): boolean {
  return key.length >= 5 && key.length <= 10 && LOCALIZED_PASSWORD_KEYS.has(key.toLowerCase());
}

/**
 * Before a remark, a password as people make one up: a letter, and a digit or a symbol, none of `_` `.` `-` between its
 * parts. Prose under a `password:` heading gives there a range or a version (`8-64 characters long`), a platform's name
 * (`x86_64 only`) or words joined (`on-demand (see below)`): no password's shape a remark would follow.
 */
export function madeUp(v: string): boolean {
  let letter = false;
  let other = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 95 || c === 46 || c === 45) return false;
    if (isLetter(c)) letter = true;
    else other = true;
  }
  return letter && other;
}

/**
 * Blanks, then `(`: the line goes on with a remark on the value in parentheses, not with code's operator. (Not words: a
 * line going on with words after `password: X` added seven clean items taken over three held-out splits' aggregate
 * counts and no secret item, README, thirty-ninth round.)
 */
function remarkFollows(text: string, end: number): boolean {
  let i = end;
  while (i - end < MAX_BLANKS && isBlank(text.charCodeAt(i))) i++;
  return i > end && text.charCodeAt(i) === OPEN_PAREN;
}

/**
 * A user's label and value right before the key: `LABEL: USER` (or `=`), then blanks or a pair separator (`,` `;` `/`
 * `|` `&` `and`) and blanks. Read back from the key, each part bounded; nothing of code before the label on its line.
 */
function userPairBefore(text: string, from: number, keyStart: number): boolean {
  let i = keyStart;
  const blanksEnd = i;
  while (i > from && blanksEnd - i < MAX_BLANKS && isBlank(text.charCodeAt(i - 1))) i--;
  const separated = i < blanksEnd;
  const s = text.charCodeAt(i - 1);
  if (s === COMMA || s === SEMICOLON || s === SLASH || s === PIPE || s === AMPERSAND) i--;
  else if (separated && i - 4 >= from && (text.charCodeAt(i - 4) === SPACE || text.charCodeAt(i - 4) === TAB) && text.slice(i - 3, i).toLowerCase() === 'and') i -= 4;
  else if (!separated) return false;
  const beforeUser = i;
  while (i > from && beforeUser - i < MAX_BLANKS && isBlank(text.charCodeAt(i - 1))) i--;
  const userEnd = i;
  while (i > from && userEnd - i < MAX_USER && isUserChar(text.charCodeAt(i - 1))) i--;
  if (i === userEnd || !isUserChar(text.charCodeAt(userEnd - 1))) return false;
  const userStart = i;
  while (i > from && userStart - i < MAX_BLANKS && isBlank(text.charCodeAt(i - 1))) i--;
  const o = text.charCodeAt(i - 1);
  if (o !== COLON && o !== EQUALS) return false;
  i--;
  // (`ID : admin`: a blank or two before the operator.)
  const operatorAt = i;
  while (i > from && operatorAt - i < 2 && isBlank(text.charCodeAt(i - 1))) i--;
  const labelEnd = i;
  // (The label's letters, one blank or an apostrophe inside: `user name`, `login id`, `nom d'utilisateur`.)
  while (i > from && labelEnd - i <= MAX_LABEL && (isLabelLetter(text.charCodeAt(i - 1)) || ((text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === APOSTROPHE) && isLabelLetter(text.charCodeAt(i - 2)) && isLabelLetter(text.charCodeAt(i))))) i--;
  let labelStart = i;
  if (!isLabel(text, labelStart, labelEnd)) {
    // (`Default login user: admin`: only the label's last word, when the two are no label together.)
    let blank = labelEnd - 1;
    while (blank > labelStart && text.charCodeAt(blank) !== SPACE) blank--;
    if (blank === labelStart) return false;
    labelStart = blank + 1;
    if (!isLabel(text, labelStart, labelEnd)) return false;
  }
  const b = text.charCodeAt(labelStart - 1);
  if (isLabelLetter(b) || (b >= 48 && b <= 57) || b === 95) return false;
  return !codeBefore(text, from, labelStart);
}

/** Whether `text[start, end)` is a user's label, in any case. */
function isLabel(text: string, start: number, end: number): boolean {
  return end > start && LABEL_INITIALS.has(text.charCodeAt(start)) && USER_LABELS.has(text.slice(start, end).toLowerCase());
}

/** Blanks, then the line's or the text's end. */
function endsLine(text: string, from: number): boolean {
  let i = from;
  while (isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c !== c || c === LF || c === CR;
}

/** A `(` after a blank (or opening the line) before the key on its line: prose's parenthesis, not a call's. */
function proseParenthesis(text: string, from: number, keyStart: number): boolean {
  for (let i = keyStart - 1; i >= from; i--) if (text.charCodeAt(i) === OPEN_PAREN && (i === from || isBlank(text.charCodeAt(i - 1)))) return true;
  return false;
}

/** `{` (an object's, a struct's) or a call's `(` glued to a name before the label on its line. */
function codeBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE) return true;
    if (c === OPEN_PAREN && i > from && isNameChar(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A letter of a label: ASCII's, and Latin-1's and Latin Extended's (`usuário`, `kullanıcı`), not `×` or `÷`. */
function isLabelLetter(c: number): boolean {
  return isLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** A user's value: no blank, no pair separator nor operator, no bracket or quote. */
function isUserChar(c: number): boolean {
  return c > 32 && c !== COLON && c !== EQUALS && c !== COMMA && c !== SEMICOLON && c !== SLASH && c !== PIPE && c !== 34 && c !== 39 && c !== 40 && c !== 41 && c !== 123 && c !== 125 && c !== 91 && c !== 93 && c !== 60 && c !== 62 && c !== 0x7f && c !== 0xa0 && c !== 0x3000;
}

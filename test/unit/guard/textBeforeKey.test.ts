// The text before a key is cut and read by an expression only where the expression can match: the command a
// key follows (`ENV`, `setenv`, `#define`, commandBeforeKey.ts) by its first word past the blanks, an XML
// tag's name attribute (xmlValue.ts) by the quote right before the key. Held against the expressions asked
// unguarded on random texts of the commands' pieces, blanks and other characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { C_DEFINE, commandBeforeKey, DOCKER_ENV, PLAIN_SET } from '../../../src/core/guard/rules/commandBeforeKey';
import { xmlNameAttribute } from '../../../src/core/guard/rules/xmlValue';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const COMMANDS = ['ENV ', '  setenv\t', 'launchctl setenv ', 'launchctl\tsetenv  ', 'setx ', 'set -gx ', 'set\t-U ', 'set ', '\tset  ', '#define ', '\t#define ', '# define  ', ' #\tdefine\t'];

/** A command, or one changed at a place or two (a character dropped, doubled or replaced by a piece), or pieces at random. */
function before(next: () => number, pieces: readonly string[], commands: readonly string[]): string {
  if (next() < 0.3) {
    let s = '';
    for (let i = 1 + Math.floor(next() * 6); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)]!;
    return s;
  }
  let s = commands[Math.floor(next() * commands.length)]!;
  for (let changes = Math.floor(next() * 3); changes > 0; changes--) {
    const at = Math.floor(next() * s.length);
    const how = next();
    s = how < 0.33 ? s.slice(0, at) + s.slice(at + 1) : how < 0.66 ? s.slice(0, at) + s[at] + s.slice(at) : s.slice(0, at) + pieces[Math.floor(next() * pieces.length)]! + s.slice(at + 1);
  }
  return s;
}

const COMMAND_PIECES = ['ENV', 'env', 'setenv', 'launchctl', 'setx', 'set', '-gx', '-U', '-xu', '#', 'define', 'x', '=', 'E', 'l', 's', ' ', ' ', '\t', '  '];

test('the command before a key is the one the expressions find, where the first character lets them', () => {
  let env = 0;
  let define = 0;
  for (let seed = 1; seed <= 20_000; seed++) {
    const next = random(seed);
    const lead = next() < 0.3 ? 'a b ' : '';
    const cut = before(next, COMMAND_PIECES, COMMANDS);
    const text = `${lead}${cut}API_TOKEN value`;
    const expected = DOCKER_ENV.test(cut) ? 'env' : PLAIN_SET.test(cut) ? 'set' : C_DEFINE.test(cut) ? 'define' : undefined;
    assert.equal(commandBeforeKey(text, lead.length, lead.length + cut.length), expected, JSON.stringify(cut));
    if (expected === 'env') env++;
    if (expected === 'define') define++;
  }
  // (Each command is met often enough that a gate wrong on any of its first characters fails.)
  assert.ok(env > 300 && define > 100, `${env} env, ${define} define`);
  for (const cut of COMMANDS) {
    assert.notEqual(commandBeforeKey(`${cut}KEY v`, 0, cut.length), undefined, cut);
  }
});

const TAGS = ['<add name="', "<property key='", '<entry id = "', '<ns:setting  name=\t"', '<x a="b" name="'];
const XML_PIECES = ['<', '<add', '<property', ' ', 'name', 'key', 'id', '=', '"', "'", 'x', '>', ':', 'ns:', '\n', '\t'];
const XML_NAME_ATTRIBUTE = /<[A-Za-z:]+[^<>\n]{0,120}(?:name|key|id)[ \t]*=[ \t]*["']$/y;

test("a tag's name attribute before a key is found where the expression finds it", () => {
  let found = 0;
  for (let seed = 1; seed <= 20_000; seed++) {
    const next = random(seed);
    const lead = next() < 0.3 ? 'x y ' : '';
    // (The tag's `<` first, as the rule finds it: the line's last `<` before the key.)
    const cut = `<${before(next, XML_PIECES.filter((p) => !p.includes('<')), TAGS).replace(/^</, '')}`;
    const text = `${lead}${cut}password" value="x"/>`;
    XML_NAME_ATTRIBUTE.lastIndex = 0;
    const expected = XML_NAME_ATTRIBUTE.test(cut);
    assert.equal(xmlNameAttribute(text, lead.length, lead.length, lead.length + cut.length), expected, JSON.stringify(cut));
    if (expected) found++;
  }
  assert.ok(found > 200, `${found} found`);
});

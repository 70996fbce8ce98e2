import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { escapedRegions } from '../../../src/core/guard/escapedRegions';

test('a region is the string around an escaped line break or quote, read unescaped and mapped back to its escapes', () => {
  const regions = escapedRegions('x = "a\\nb" + y; z = "c\\td"')!;
  assert.equal(regions.text, 'a\nb\n'); // `"c\td"`: a tab ends no value, that string is not read again
  assert.deepEqual([0, 1, 2, 3].map((at) => regions.place(at)), [5, 6, 8, 9]);
  assert.deepEqual(regions.ends, [3]);
  // A string without such an escape is left: a message is no config line.
  assert.equal(escapedRegions('{"source": "a\\nb", "level": "trace"}')!.text, 'a\nb\n');
});

test('a percent-encoded value is read decoded when it decodes a separator, not base64\'s own characters', () => {
  const regions = escapedRegions('https://e.com/cb?next=postgres%3A%2F%2Fapp%3Apw%40db&x=1')!;
  assert.equal(regions.text, 'postgres://app:pw@db\n');
  assert.equal(regions.place(regions.text.indexOf('pw')), 'https://e.com/cb?next=postgres%3A%2F%2Fapp%3A'.length);
  // A SAS signature's `+`, `/` and closing `=` padding read the same decoded: no region.
  assert.equal(escapedRegions('&sig=WSdF9YeZhvrbs%2B%2B1f8ZdDBzEe7fBJ%2BenuaXQ%2BJ9WOw0%3D&sv=2022-11-02'), undefined);
  // An `=` with data after it is a separator.
  assert.equal(escapedRegions('?script=password%3DQz8m%2BK2pL%0Auser%3Dapp')!.text, 'password=Qz8m+K2pL\nuser=app\n');
});

test('text without an escape that ends a value has no regions; batch references and unreserved bytes are no escapes', () => {
  assert.equal(escapedRegions('password = "Qz8mK2pL9xW4"'), undefined);
  assert.equal(escapedRegions('set "DB_PASSWORD=%DB_PASSWORD%" & echo %ADMIN_PW%'), undefined);
  assert.equal(escapedRegions('q=a%41b%42'), undefined); // `A` is never percent-encoded
  // Escapes that end no value nor key (a UNC path, a tab, a regex's `\/`) change no reading.
  assert.equal(escapedRegions('net use \\\\fs01\\share /user:app\\tx = /a\\/b/'), undefined);
  // A line break escaped at its string's end: the quote ends the value there anyway (ordinary code).
  assert.equal(escapedRegions('printf("%s: %d\\n", name); puts("done\\r\\n"); log(`x\\n`)\\n'), undefined);
  // A URI's own part, encoded in place (a password's `@`, a socket's path), is read as written.
  assert.equal(escapedRegions('mongodb://u:D1fficultP%40ss%23w0rd@%2Ftmp%2Fmongodb-27017.sock'), undefined);
});

test('regions are found in one pass: escapes dense on one line make one region, not one per escape', () => {
  const text = '{\\"password\\": \\"abc'.repeat(2000);
  const regions = escapedRegions(text)!;
  assert.deepEqual(regions.ends, [regions.text.length - 1]);
  assert.equal(regions.whole, true);
});

const secret = 'Qz8mK2pL9xW4';

test('a secret in any grammar is redacted when the whole text is escaped', () => {
  const cases = [
    `msg="DB_PASSWORD=${secret}\\nHOST=db"`, // a log line's message: the escaped line break ends the value
    JSON.stringify({ source: `[client]\nuser=root\npassword=${secret}\n` }),
    JSON.stringify({ source: `users:\n- name: admin\n  user:\n    password: ${secret}` }),
    JSON.stringify({ cell: `requirepass ${secret}\nport 6379` }),
    JSON.stringify({ source: `npmAuthIdent: "app:${secret}"` }), // one line, its quotes escaped
    `print('[default]\\naws_secret_access_key = ${secret}\\n')`,
    `https://ci.example.com/run?script=${encodeURIComponent(`password=${secret}\nuser=app`)}`,
    `https://example.com/cb?next=${encodeURIComponent(`postgres://app:${secret}@db:5432/shop`)}`,
  ];
  for (const text of cases) {
    const result = redactSecrets(text);
    assert.ok(!result.text.includes(secret), `${text} → ${result.text}`);
  }
});

test('escapes that write no secret add nothing', () => {
  const clean = [
    'path = "C:\\new\\table"', // a Windows path: nothing else escaped, no secret in either reading
    'copy C:\\new\\table\\data.csv D:\\backup\\',
    JSON.stringify({ source: 'password = os.environ["DB_PASSWORD"]\nprint("ok")\n' }),
    JSON.stringify({ source: 'token: ${{ secrets.API_TOKEN }}\nname: build\n' }),
    `https://example.com/search?q=${encodeURIComponent('password=<your-password>\nuser=app')}`,
    'printf("%s\\n", name); printf("%d%%\\n", pct);',
    '{ "message": "CacheManager.setIdTokenCredential called", "level": "trace", "hint": "a\\nb" }', // a message is no config line
  ];
  for (const text of clean) assert.equal(redactSecrets(text).count, 0, `${text} → ${redactSecrets(text).text}`);
});

test("a string's contents cut out of its quotes are read in the view alone; code with its quotes both ways", () => {
  assert.equal(escapedRegions('{\\"password\\": \\"Qz8mK2pL9xW4\\"}\\n')!.whole, true);
  assert.equal(escapedRegions('x = "a\\nb"')!.whole, false);
  assert.equal(escapedRegions("sql = '$password = \\'Hunter2!xq\\';'")!.whole, false);
  assert.equal(escapedRegions('dir C:\\Users\\nx')!.whole, false); // `\U` is no escape
  assert.ok(!redactSecrets('{\\"password\\": \\"Qz8mK2pL9xW4\\"}\\n').text.includes('Qz8mK2pL9xW4'));
});

test('every character of the view maps to itself in the text, or to the escape that wrote it', () => {
  const texts = ['a\\nq=%22c%3D\\u0022d', 'x = "a\\nb" + y; z = "c\\td"\nw = "\\\\\\"k\\"" ', '{"m": "p=1\\r\\n\\tq=\\"2\\""}\n?s=a%3Db%0Ac%3A%2F%2Fd', 'C:\\Users\\n\\"x\\"'];
  for (const text of texts) {
    const regions = escapedRegions(text)!;
    regions.ends.forEach((end) => assert.equal(regions.text[end], '\n'));
    for (let v = 0; v < regions.text.length; v++) {
      if (regions.ends.includes(v)) continue;
      const c = text[regions.place(v)];
      assert.ok(c === regions.text[v] || c === '\\' || c === '%', `${JSON.stringify(text)} at ${v}: ${c} for ${regions.text[v]}`);
      if (c !== regions.text[v]) assert.notEqual(text.slice(regions.place(v), regions.place(v + 1)).length, 1);
    }
  }
});

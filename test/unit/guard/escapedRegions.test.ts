import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { escapedReading } from '../../../src/core/guard/escapedRegions';
import type { UnescapedView } from '../../../src/core/guard/unescapedView';

const places = (view: UnescapedView) => [...view.text].map((_, at) => view.place(at));

test('a string holding escaped lines is read instead of its escaped text, its quotes as line bounds', () => {
  const text = 'x = "a\\nb" + y; z = "c\\td"';
  const reading = escapedReading(text)!;
  assert.equal(reading.instead!.text, 'x = \na\nb\n + y; z = "c\\td"'); // a tab ends no value: `"c\td"` as written
  assert.deepEqual(places(reading.instead!).slice(3, 9), [3, 4, 5, 6, 8, 9]);
  assert.equal(reading.besides, undefined);
});

test('a value holding only an escaped quote, a path or a quote of code is read besides the text, apart', () => {
  const reading = escapedReading('{"password": "ab\\"cd\\"ef", "n": 1}')!;
  assert.equal(reading.instead, undefined);
  assert.equal(reading.besides!.text, 'ab"cd"ef\n');
  assert.deepEqual(reading.besides!.ends, [8]);
  assert.equal(escapedReading("sql = '$password = \\'Hunter2!xq\\';'")!.besides!.text, "sql = '$password = 'Hunter2!xq';'\n");
  assert.equal(escapedReading('dir C:\\Users\\nx')!.instead, undefined); // `\U` is no escape
});

test('a percent-encoded value is read decoded when it decodes a separator, not base64\'s own characters', () => {
  const besides = escapedReading('https://e.com/cb?next=postgres%3A%2F%2Fapp%3Apw%40db&x=1')!.besides!;
  assert.equal(besides.text, 'postgres://app:pw@db\n');
  assert.equal(besides.place(besides.text.indexOf('pw')), 'https://e.com/cb?next=postgres%3A%2F%2Fapp%3A'.length);
  // A SAS signature's `+`, `/` and closing `=` padding read the same decoded: no region.
  assert.equal(escapedReading('&sig=WSdF9YeZhvrbs%2B%2B1f8ZdDBzEe7fBJ%2BenuaXQ%2BJ9WOw0%3D&sv=2022-11-02'), undefined);
  // An `=` with data after it is a separator.
  assert.equal(escapedReading('?script=password%3DQz8m%2BK2pL%0Auser%3Dapp')!.besides!.text, 'password=Qz8m+K2pL\nuser=app\n');
});

test('text without an escape that ends a value has no regions; batch references and unreserved bytes are no escapes', () => {
  assert.equal(escapedReading('password = "Qz8mK2pL9xW4"'), undefined);
  assert.equal(escapedReading('set "DB_PASSWORD=%DB_PASSWORD%" & echo %ADMIN_PW%'), undefined);
  assert.equal(escapedReading('q=a%41b%42'), undefined); // `A` is never percent-encoded
  // Escapes that end no value nor key (a UNC path, a tab, a regex's `\/`) change no reading.
  assert.equal(escapedReading('net use \\\\fs01\\share /user:app\\tx = /a\\/b/'), undefined);
  // A line break escaped at its string's end: the quote ends the value there anyway (ordinary code).
  assert.equal(escapedReading('printf("%s: %d\\n", name); puts(\'done\\r\\n\'); log(`x\\n`)\\n'), undefined);
  // A URI's own part, encoded in place (a password's `@`, a socket's path), is read as written.
  assert.equal(escapedReading('mongodb://u:D1fficultP%40ss%23w0rd@%2Ftmp%2Fmongodb-27017.sock'), undefined);
});

test("a string's contents cut out of their quotes are read unescaped alone, in one region however dense", () => {
  const text = '{\\"password\\": \\"abc'.repeat(2000);
  const reading = escapedReading(text)!;
  assert.equal(reading.instead!.text, '{"password": "abc'.repeat(2000));
  assert.equal(reading.besides, undefined);
  assert.ok(!redactSecrets('{\\"password\\": \\"Qz8mK2pL9xW4\\"}\\n').text.includes('Qz8mK2pL9xW4'));
});

test('every character of a view maps to itself in the text, or to the escape that wrote it, or to a bound', () => {
  const texts = ['a\\nq=%22c%3D\\u0022d', 'x = "a\\nb" + y; z = "c\\td"\nw = "\\\\\\"k\\"" ', '{"m": "p=1\\r\\n\\tq=\\"2\\""}\n?s=a%3Db%0Ac%3A%2F%2Fd', 'C:\\Users\\n\\"x\\"'];
  for (const text of texts) {
    const reading = escapedReading(text)!;
    for (const view of [reading.instead, reading.besides]) {
      if (view === undefined) continue;
      for (let v = 0; v < view.text.length; v++) {
        const c = text[view.place(v)];
        if (c === view.text[v]) continue;
        if (view.text[v] === '\n' && (c === '"' || view.ends.includes(v) || view.place(v) === text.length)) continue;
        assert.ok(c === '\\' || c === '%', `${JSON.stringify(text)} at ${v}: ${c} for ${view.text[v]}`);
        assert.ok(view.place(v + 1) - view.place(v) > 1);
      }
    }
  }
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


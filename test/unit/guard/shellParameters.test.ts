// A POSIX shell's positional and special parameters that expand to the arguments (Shell Command Language §2.5.1–2.5.2:
// `$1`…`$9`, `${10}`, `$@`, `$*`) are references, judged once where `$VAR` and cmd's `%1` are (placeholderValue.ts's
// REFERENCE). Parameters that expand to no argument (`$#`, `$?`, `$$`, `$0`) are not, nor a literal that starts with one
// (`$1x`) or a crypt(3) hash (`$1$salt$…`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksPlaceholder } from '../../../src/core/guard/placeholderValue';
import { assertFinds, assertLeaves } from './redactionAsserts';

const PARAMETERS = ['$1', '$2', '$9', '${1}', '${10}', '$@', '$*', '${@}', '${*}'];
const NOT_ARGUMENTS = ['$#', '$?', '$$', '$0', '$1x', '$1abc', '$1$saltsalt$Zq8Lm3Xv9Tb2Rk7', '$@x', '1$', '$*$'];

test("the shell's argument parameters are references; the others and literals starting with one are not", () => {
  for (const v of PARAMETERS) assert.ok(looksPlaceholder(v), v);
  for (const v of NOT_ARGUMENTS) assert.ok(!looksPlaceholder(v), v);
});

test('each rule reading a shell value leaves an argument parameter in its slot', () => {
  const places = [
    (v: string) => `curl --cookie "laravel_session=${v}" https://app.example.com`,
    (v: string) => `curl -H "Cookie: PHPSESSID=${v}" https://shop.example.com/cart`,
    (v: string) => `curl -s -b "theme=light; JSESSIONID=${v}" https://app.example.com/`,
    (v: string) => `export DB_PASSWORD="${v}"`,
    (v: string) => `sshpass -p "${v}" ssh deploy@host`,
    (v: string) => `mysql -u root --password=${v} app`,
  ];
  assertLeaves(places.flatMap((place) => ['$1', '$2', '${1}', '$@', '$*'].map(place)));
});

test('the same places still take a literal that merely starts with a parameter', () => {
  assertFinds([
    'curl --cookie "laravel_session=⟦$1Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧" https://app.example.com',
    'export DB_PASSWORD="⟦$1xQ9kd⟧"',
    'mysql -u root --password=⟦$@Summer24⟧ app',
  ]);
});

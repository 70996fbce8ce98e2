// Windows cmd's variable expansions are references, judged once where `$VAR` and `${VAR}` are
// (placeholderValue.ts's REFERENCE), not by each rule that reads a cmd or batch value: `%NAME%`, delayed
// expansion's `!NAME!` (`set /?`), a batch file's arguments `%1`, `%*`, `%~1`, `%~dp0` (`call /?`) and a `for`
// loop's variable `%%i`, `%%~nxi` (`for /?`). A literal that only holds a `%` or a `!` is still that secret.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksPlaceholder } from '../../../src/core/guard/placeholderValue';
import { assertFinds, assertLeaves } from './redactionAsserts';

const EXPANSIONS = ['%DB_PASSWORD%', '!pw!', '!DB_PASSWORD!', '%pw:~0,8%', '!pw:~-4!', '%1', '%*', '%~1', '%~2', '%~dp0', '%~nx1', '%~$PATH:1', '%~dp0pw.txt', '%%i', '%%~nxi', '%%~$PATH:p'];
const LITERALS = ['!Passw0rd!', '!Summer2024', 'Summer2024!', '%Xk2p9%', '%1abc', '%%iX', 'Xp%2k!wd', '!pw', '%~', '%%'];

test("cmd's expansions are references; literals holding % or ! are not", () => {
  for (const v of EXPANSIONS) assert.ok(looksPlaceholder(v), v);
  for (const v of LITERALS) assert.ok(!looksPlaceholder(v), v);
});

test('each rule reading a cmd or batch value leaves an expansion in its slot', () => {
  const places = [
    (v: string) => `net use \\\\srv\\share ${v} /user:CORP\\app`,
    (v: string) => `net use \\\\srv\\share /user:CORP\\app ${v}`,
    (v: string) => `net user app ${v}`,
    (v: string) => `schtasks /create /tn backup /tr backup.cmd /ru app /rp ${v}`,
    (v: string) => `schtasks /query /s host /u CORP\\admin /p ${v}`,
    (v: string) => `sqlcmd -S db -U sa -P ${v} -Q "select 1"`,
    (v: string) => `xfreerdp /u:admin /p:${v} /v:host`,
    (v: string) => `cmdkey /generic:host /user:admin /pass:${v}`,
    (v: string) => `set DB_PASSWORD=${v}`,
    (v: string) => `set "DB_PASSWORD=${v}"`,
  ];
  assertLeaves(places.flatMap((place) => ['%~1', '!pw!', '%%p', '%~2', '%DB_PASSWORD%'].map(place)));
});

test('the same places still take a literal that merely holds % or !', () => {
  assertFinds([
    'net use \\\\srv\\share ⟦!Passw0rd!⟧ /user:CORP\\app',
    'schtasks /create /tn backup /tr backup.cmd /ru app /rp ⟦%1abcQ9⟧',
    'sqlcmd -S db -U sa -P ⟦Xp%2k!wd9⟧ -Q "select 1"',
    'xfreerdp /u:admin /p:⟦%%iX7k2⟧ /v:host',
    'set DB_PASSWORD=⟦Summer2024!⟧',
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHeldOutSourceFile, spanContext } from '../../../bench/guard/spanContext';

test('a span is shown in its context, the span between ⟦ ⟧ and blanks folded', () => {
  const text = 'host = "db"\npassword = "hunter22"\n';
  const start = text.indexOf('hunter22');
  assert.equal(spanContext('/usr/share/doc/x/README', text, start, start + 8), 'host = "db" password = "⟦hunter22⟧" ');
});

test("a held-out split's source file is counted by the scans but its text is never shown", () => {
  const path = '/var/lib/flywheel-lookalike/go/usr/share/gocode/src/github.com/go-sql-driver/mysql/dsn_test.go';
  assert.ok(isHeldOutSourceFile(path));
  assert.ok(isHeldOutSourceFile('/var/lib/flywheel-lookalike/go/usr/share/gocode/src/github.com/lib/pq/conn_test.go'));
  assert.ok(!isHeldOutSourceFile('/var/lib/flywheel-lookalike/go/usr/share/gocode/src/github.com/lib/other/a.go'));
  const shown = spanContext(path, 'user:secretpw@tcp(host)/db', 5, 13);
  assert.ok(!shown.includes('secretpw') && /held-out/.test(shown), shown);
});

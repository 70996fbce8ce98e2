// Code in a secret's place, bare: an expression joining names, members and numbers by operators (the
// languages' operator grammars), as written and as a minifier writes it, and the keywords that begin one.
// Beside each, the literal in the same place that must still go. Examples written for this test.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

const RANDOM = 'Xk2pL9vQ7mZ4tR8wB3nY';

test('bare in code, an expression over names and members is code; quoted, on a config line or without a code operator it is a literal', () => {
  assertLeaves([
    'function n(e){(e.keyCode==18||!e.altKey)&&E(t)}',
    'if(e.keyCode===229||e.keyCode===16||e.keyCode===17||e.keyCode===18)return!1',
    'case 8:o.key=e.ctrlKey?r.C0.BS:r.C0.DEL,e.altKey&&(o.key=r.C0.ESC+o.key);break;',
    't.FourKeyMap=t.TwoKeyMap=void 0;',
    'const o=e.localAccountId||n?.oid||n?.sub||"";',
    'e.keyCode===32?o.key=r.C0.NUL:e.keyCode>=51&&e.keyCode<=55?o.key=x:y',
    'export const API_KEY = n.apiKey||t.env.API_KEY||"";',
    'const config = { apiKey: isProd?config.prodKey:config.devKey };',
    'r.idToken=await this.importArray(r.idToken,e)',
    'const key = new Key(bytes);',
  ]);
  assertFinds([
    `const config = { apiKey: '⟦e.altKey||${RANDOM}⟧' };`,
    `password=⟦a.b||${RANDOM}⟧`,
    'const apiKey = ⟦Xk2pL9vQ+mZ4tR8wB3nYq5⟧;',
    'if (token == ⟦Xk2pL9vQ+mZ4tR8wB3nYq5⟧)',
    'password = "⟦await⟧"',
    // A value run into the next key, glued: its names are random, not words.
    'x jwt.token=⟦fh2KFWZT0REi⟧jwt.token=⟦vWoMtEYA63F7⟧jwt.token=⟦kGAlMLkwFeaB⟧',
  ]);
});

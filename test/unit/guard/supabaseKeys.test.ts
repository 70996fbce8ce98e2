// Supabase's API keys by its guide (https://supabase.com/docs/guides/api/api-keys): the publishable key `sb_publishable_`
// is safe to expose (publicKeyPrefix.ts); the secret key `sb_secret_` and the legacy `service_role` key bypass Row
// Level Security and stay on a server (supabase-token's shape; the name `service_role_key` is strong, keyStrength.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

test('the publishable key is left, whatever it is given to', () => {
  for (const text of [
    "const supabase = createClient('https://xyzcompany.supabase.co', 'sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')",
    'SUPABASE_KEY=sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz',
    'apikey: sb_publishable_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz',
  ]) {
    assert.equal(redactSecrets(text).text, text);
  }
});

test('the secret key is taken, in createClient and on its own', () => {
  for (const text of [
    "const supabase = createClient('https://xyzcompany.supabase.co', 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz')",
    'supabase = create_client(url, "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz")',
  ]) {
    assert.ok(!redactSecrets(text).text.includes('sb_secret_N7'), text);
  }
});

test('a service_role key is named as a secret; a role key alone and the anon key are not', () => {
  for (const key of ['SUPABASE_SERVICE_ROLE_KEY', 'serviceRoleKey', 'service_role_key']) assert.equal(judgeKey(key), 'strong', key);
  assert.equal(judgeKey('ROLE_KEY'), 'weak');
  assert.equal(judgeKey('SUPABASE_ANON_KEY'), 'none');
  for (const [text, value] of [
    ['SUPABASE_SERVICE_ROLE_KEY=supersecret', 'supersecret'],
    ['const serviceRoleKey = "hunter2-prod";', 'hunter2-prod'],
  ]) {
    assert.ok(!redactSecrets(text!).text.includes(value!), text);
  }
  assert.equal(redactSecrets('ROLE_KEY=admin').count, 0);
});

// Values behind a secret's name that are not secrets, by what they are: a version, a snake-case
// name, a label in another script, a serverless variable, an x-mask in groups, a key public by
// design (a CAPTCHA's site key, a Supabase anon key), a Basic header of username:password. Each
// with a value of the same place that is a secret. Examples written for the shapes.
import { test } from 'node:test';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a version, a lower snake-case name, or a label without one ASCII letter or digit is not a secret', () => {
  assertLeaves(['version_key: 1.2.3-beta.4', 'token: "v2.0"', 'session_key = "user_session"', '"password": "パスワード"', 'secret: "••••••••"']);
  assertRedacts(['token: "v2.0-Xk2pL9vQ7mZ4"', 'session_key = "user_session_7Hq2"', '"password": "パスワード9Zq"']);
});

test('a serverless variable and an x-mask in groups are stand-ins', () => {
  assertLeaves(['secret: "${file(secrets.yml):token}"', 'password: "${ssm:/prod/db/password}"', 'api_key = "xxxx-xxxx-xxxx-xxxx"', 'key: XX:XX:XX:XX']);
  assertRedacts(['password: "m{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', 'api_key = "xxxx-Xk2pL9vQ7mZ4"']);
});

test('a key shipped to browsers by design is public; its secret twin is not', () => {
  assertLeaves(['recaptcha_site_key: 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', 'SUPABASE_ANON_KEY=Xk2pL9vQ7mZ4tR8wB3nYq5Lm0']);
  assertRedacts(['recaptcha_secret_key: 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', 'SUPABASE_SERVICE_ROLE_KEY=Xk2pL9vQ7mZ4tR8wB3nYq5Lm0']);
});

test('a Basic header is a credential unless its password, decoded, is a stand-in', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  assertLeaves([`Authorization: Basic ${b64('username:password')}`, `headers = {"Authorization": "Basic ${b64('user:changeme')}"}`, `-H "Authorization: Basic ${b64('admin:12345678')}"`]);
  assertRedacts([`Authorization: Basic ${b64('deploy:Tq7-lorn-88')}`, `headers = {"Authorization": "Basic ${b64('bot:Xk2pL9vQ7m')}"}`]);
});

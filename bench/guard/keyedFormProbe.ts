// Which forms of keyed writing the reading leaves: each form a language or format's grammar writes a key and its value in
// (§K§ the key, §V§ the value; §C§ the key capitalised, a setter's or a Go field's), under secret key names, each filled with a
// strong random value (a form that names its own key, once). A form left under a key the key scan takes is a place the reading does not read, whatever the value.
//
//   npx tsx bench/guard/keyedFormProbe.ts [--show] [--key REGEX] [--form REGEX]
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { keyedForms } from './keyedForms';

const { show, filter } = probeArgs();
const keyFilter = filter('--key');
const formFilter = filter('--form');

// Secret key names as code and configuration spell them: snake, camel, upper, and the short forms tools document.
const SECRET_KEYS = ['password', 'passwd', 'pwd', 'api_key', 'apiKey', 'secret', 'token', 'auth_token', 'access_token', 'client_secret', 'private_key', 'secret_key', 'DB_PASSWORD', 'API_KEY'];
const VALUE = 'Zq8Lm3Xv9Tb2Rk7Wp4Ns';

const capitalised = (k: string): string => k.replace(/(^|_)([a-z])/g, (_, _u: string, c: string) => c.toUpperCase());

let left = 0;
let tried = 0;
for (const [id, template] of keyedForms) {
  if (formFilter && !formFilter.test(id)) continue;
  const misses: string[] = [];
  // (A form that writes its own key name is tried once.)
  for (const key of /§[KC]§/.test(template) ? SECRET_KEYS : ['(its own)']) {
    if (keyFilter && !keyFilter.test(key)) continue;
    const text = template.replace(/§K§/g, key).replace(/§C§/g, capitalised(key)).replace(/§V§/g, VALUE);
    tried++;
    if (redactSecrets(text).text.includes(VALUE)) {
      left++;
      misses.push(key);
    }
  }
  if (misses.length > 0) console.log(`${id}: left ${misses.length} (${misses.join(' ')})${show ? `  ${template.replace(/\n/g, '⏎')}` : ''}`);
}
console.log(`left ${left} of ${tried}`);

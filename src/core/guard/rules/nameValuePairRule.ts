// A secret given as a name/value pair rather than as `key = value`: a Kubernetes or ECS container
// environment (`- name: DB_PASSWORD⏎  value: …`), a CloudFormation or Terraform parameter list
// (`key: password⏎value: …`), the same pairs in JSON (`{"name": "API_TOKEN", "value": "…"}`, one
// member a line too: `"name": "…",⏎"value": "…"`). HAR 1.2's `headers` are such pairs: a header that
// carries a credential is read as its name says (`X-Vault-Token`, `DD-API-KEY`), and `Authorization`
// and `Proxy-Authorization` (RFC 9110 §11.6.2, §11.7.2) hold a scheme and the credential after it,
// or a bare credential. The name must be secret-named as the assignment rule judges keys; the value is
// judged as a quoted literal (a weak name's only when it reads as generated); after a quoted `"value":` member only a
// string is one (JSON has no bare strings: a bare value there is code, `process.env.API_KEY`). A pair is one record's: a
// line that opens a YAML block sequence entry (`- value: …`, YAML 1.2 §8.2.1) starts the next record — a Kubernetes
// EnvVar's `valueFrom.secretKeyRef.key: password` names no following item's value — the bound siblingNameRule.ts keeps
// (its crossesRecord), here by the expression taking no `-` after the line break. One expression, bounded quantifiers,
// keyword `value`: linear.
import { RECORD_OPENS } from '../referenceForms';
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { credentialStart, isAuthorizationHeader } from './authorizationCredential';
import { keyStrength } from './keyStrength';
import { looksRandomValue } from './randomValue';
import { judgingStrictly } from '../redactionStrictness';
import { namesCode } from './codeName';

const KIND = spanKind('secret-name-value');
const PAIR = /["']?\b(?:name|key|Name|Key|ParameterKey)["']?[ \t]*:[ \t]*(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*(?:(?<comma>,)[ \t]*(?:\r?\n[ \t]{0,40})?|\r?\n[ \t]{0,40})(?<vq>["']?)(?:value|Value|ParameterValue)["']?[ \t]*:[ \t]*(?<q>["']?)(?<secret>[^\s"'#{}[\]][^\r\n"']{0,399})\k<q>/g;

export const nameValuePairRule: SecretRule = {
  id: 'secret-name-value',
  keywords: ['value'],
  find(text, found) {
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
      const g = m.groups!;
      // (A value without quotes after a quoted member or a quoted name and a comma is code, not a string: JSON has none
      // bare, `"value": process.env.API_KEY`, `{ name: 'x-api-key', value: apiKey }`; YAML's `value: …` under `- name:` is one.)
      if (!g.q && (g.vq || (g.nq && g.comma))) continue;
      let value = g.q ? g.secret! : g.secret!.trimEnd();
      const strength = keyStrength(g.name!);
      if (strength === 'none') continue;
      if (isAuthorizationHeader(g.name!)) {
        const from = credentialStart(value);
        if (from < 0) continue;
        value = value.slice(from);
      } else if (strength === 'weak' && (!judgingStrictly() || namesCode(value)) && !looksRandomValue(value)) continue;
      if (value.length < 3 || looksPlaceholder(value) || RECORD_OPENS.test(value)) continue;
      const end = m.index + m[0].length - g.q!.length - (g.q ? 0 : g.secret!.length - g.secret!.trimEnd().length);
      found.push(KIND, end - value.length, end);
    }
  },
};

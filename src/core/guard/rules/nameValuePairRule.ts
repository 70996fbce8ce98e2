// A secret given as a name/value pair rather than as `key = value`: a Kubernetes or ECS container
// environment (`- name: DB_PASSWORD⏎  value: …`), a CloudFormation or Terraform parameter list
// (`key: password⏎value: …`), the same pairs in JSON (`{"name": "API_TOKEN", "value": "…"}`).
// The name must be secret-named as the assignment rule judges keys; the value is judged as a
// quoted literal. One expression, bounded quantifiers, keyword `value`: linear.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';

const KIND = spanKind('secret-name-value');
const PAIR = /["']?\b(?:name|key|Name|Key|ParameterKey)["']?[ \t]*:[ \t]*(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*(?:,[ \t]*|\r?\n[ \t]{0,40}(?:-[ \t]{1,8})?)["']?(?:value|Value|ParameterValue)["']?[ \t]*:[ \t]*(?<q>["']?)(?<secret>[^\s"'#{}[\]][^\r\n"']{0,399})\k<q>/g;
/** Where a value comes from rather than the value (a secret store, a reference, an env var). */
const REFERENCE = /^(?:!Ref|!Sub|!GetAtt|!ImportValue|\$\{|\$\(|\$[A-Za-z_]|arn:|ref\+|vault:|op:\/\/)/;

export const nameValuePairRule: SecretRule = {
  id: 'secret-name-value',
  keywords: ['value'],
  find(text, found) {
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
      const g = m.groups!;
      const value = g.q ? g.secret! : g.secret!.trimEnd();
      if (keyStrength(g.name!) !== 'strong' || value.length < 3 || looksPlaceholder(value) || REFERENCE.test(value)) continue;
      const end = m.index + m[0].length - g.q!.length - (g.secret!.length - value.length);
      found.push(KIND, end - value.length, end);
    }
  },
};

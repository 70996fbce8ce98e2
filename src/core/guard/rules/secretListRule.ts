// A YAML list under a secret-named key: each item is a secret (`passwords:⏎  - "…"⏎  - "…"`,
// `api_keys:⏎  - …`). The key is judged as the assignment rule judges keys; an item is judged
// as a quoted literal (a bare one must look random), unless it is a mapping (`- name: …`), a reference or a placeholder. One
// expression anchored at line starts, bounded quantifiers: linear.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';
import { keyWords } from './keyWordScan';
import { looksRandomValue } from './randomValue';

const KIND = spanKind('secret-list');
const LIST = /^[ \t]{0,40}["']?(?<key>\w[\w.-]{0,63})["']?:[ \t]*\r?\n(?<items>(?:[ \t]{0,40}-[ \t]{1,8}[^\r\n]{1,400}(?:\r?\n|$)){1,100})/gm;
const ITEM = /-[ \t]{1,8}(?<q>["']?)(?<value>[^\r\n]{1,400}?)\k<q>[ \t]*(?:\r?\n|$)/g;
const REFERENCE = /^(?:\$|!|\{\{|%|`)/;
const MAPPING = /^[\w.-]{1,64}:(?:\s|$)/;

export const secretListRule: SecretRule = {
  id: 'secret-list',
  keywords: keyWords,
  find(text, found) {
    LIST.lastIndex = 0;
    for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
      if (keyStrength(m.groups!.key!) !== 'strong') continue;
      const itemsStart = m.index + m[0].length - m.groups!.items!.length;
      ITEM.lastIndex = 0;
      for (let i = ITEM.exec(m.groups!.items!); i; i = ITEM.exec(m.groups!.items!)) {
        const value = i.groups!.value!;
        if (value.length < 3 || MAPPING.test(value) || REFERENCE.test(value) || looksPlaceholder(value)) continue;
        // A bare word is a name (`- read_token`) unless it reads like a generated key.
        if (!i.groups!.q && !looksRandomValue(value)) continue;
        const start = itemsStart + i.index + i[0].indexOf(value, 1 + i.groups!.q!.length);
        found.push(KIND, start, start + value.length);
      }
    }
  },
};

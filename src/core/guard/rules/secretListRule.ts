// A YAML list or mapping under a secret-named key: each item is a secret (`passwords:⏎  - "…"⏎
// - "…"`, `api_keys:⏎  - …`), and so is each child's value (`secrets:⏎  github: …⏎  slack: …`,
// `credentials:⏎  prod: …`). The key is judged as the assignment rule judges keys; a list item
// as a quoted literal (a bare one must look random), unless it is a mapping (`- name: …`), a
// reference or a placeholder; a child's value must look random whatever its quotes (a mapping
// under `secrets:` also holds settings: `enabled: true`, `provider: vault`), and children named
// for what is public (`…_id`, `name`, `url`, `region`, `user`) are left. The header is one
// expression anchored at line starts; the lines under it are read once: linear.
import { LIST_ITEM_OPENS } from '../referenceForms';
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { keyStrength } from './keyStrength';
import { keyWords } from './keyWordScan';
import { looksRandomValue } from './randomValue';

const KIND = spanKind('secret-list');
// A header is the whole of its line: found from its end (`:` and the line's end), which most lines
// lack, then read from its line's start. Tried at every line's start (a `^` with the `m` flag),
// the expression was 3% of a MB of `pw=abc⏎`.
const HEADER_END = /:[ \t]*\r?\n/g;
const HEADER = /(?<indent>[ \t]{0,40})["']?(?<key>\w[\w.-]{0,63})["']?:[ \t]*\r?\n/y;
/** The most a header's line holds before its colon: indent, quotes and key. */
const HEADER_REACH = 40 + 1 + 64 + 1;
const ITEMS = /(?:[ \t]{0,40}-[ \t]{1,8}[^\r\n]{1,400}(?:\r?\n|$)){1,100}/y;
const ITEM = /-[ \t]{1,8}(?<q>["']?)(?<value>[^\r\n]{1,400}?)\k<q>[ \t]*(?:\r?\n|$)/g;
// A child `name: value` (its indent read before): the rest of its line, read by hand (childValue).
const CHILD = /["']?(?<name>[\w.-]{1,64})["']?:[ \t]{1,8}(?<rest>[^\r\n]{1,400})(?:\r?\n|$)/y;
const MAPPING = /^[\w.-]{1,64}:(?:\s|$)/;
const PUBLIC_CHILD = /(?:^|[_.-])(?:id|name|url|uri|host|region|path|user|username|email|type|version|provider|enabled)$|[a-z](?:Id|Name|Url|Host)$/i;
const MAX_CHILDREN = 100;

export const secretListRule: SecretRule = {
  id: 'secret-list',
  keywords: keyWords,
  find(text, found) {
    let from = 0;
    for (let m = nextHeader(text, from); m; m = nextHeader(text, from)) {
      const below = m.index + m[0].length;
      from = below;
      if (keyStrength(m.groups!.key!) !== 'strong') continue;
      ITEMS.lastIndex = below;
      const items = ITEMS.exec(text);
      from = items ? below + items[0].length : children(text, below, m.groups!.indent!.length, found);
      if (items) listItems(items[0], below, found);
    }
  },
};

/** The first header on a line that starts at or after `from` (a line's start, as `^` with the `m` flag reads one: after \n, \r, U+2028 or U+2029). */
export function nextHeader(text: string, from: number): RegExpExecArray | null {
  HEADER_END.lastIndex = from;
  for (let end = HEADER_END.exec(text); end; end = HEADER_END.exec(text)) {
    const colon = end.index;
    let lineStart = colon;
    while (lineStart > 0 && colon - lineStart <= HEADER_REACH && !isLineEnd(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart < from || colon - lineStart > HEADER_REACH) continue;
    HEADER.lastIndex = lineStart;
    const m = HEADER.exec(text);
    if (m) return m;
  }
  return null;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function listItems(items: string, itemsStart: number, found: SpanList): void {
  ITEM.lastIndex = 0;
  for (let i = ITEM.exec(items); i; i = ITEM.exec(items)) {
    const value = i.groups!.value!;
    if (value.length < 3 || MAPPING.test(value) || LIST_ITEM_OPENS.test(value) || looksPlaceholder(value)) continue;
    // A bare word is a name (`- read_token`) unless it reads like a generated key.
    if (!i.groups!.q && !looksRandomValue(value)) continue;
    const start = itemsStart + i.index + i[0].indexOf(value, 1 + i.groups!.q!.length);
    found.push(KIND, start, start + value.length);
  }
}

/** The values of the children indented under a header at `parentIndent`, from `at`; returns where they end. */
function children(text: string, at: number, parentIndent: number, found: SpanList): number {
  let childIndent = -1;
  let line = at;
  for (let n = 0; n < MAX_CHILDREN && line < text.length; n++) {
    let p = line;
    while (p - line <= 40 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const indent = p - line;
    if (indent <= parentIndent || indent > 40) break;
    if (childIndent === -1) childIndent = indent;
    if (indent < childIndent) break;
    CHILD.lastIndex = p;
    const c = indent === childIndent ? CHILD.exec(text) : null;
    if (c) {
      const rest = c.groups!.rest!;
      const value = childValue(rest);
      if (value && !PUBLIC_CHILD.test(c.groups!.name!) && !LIST_ITEM_OPENS.test(value.text) && !looksPlaceholder(value.text) && looksRandomValue(value.text)) {
        const start = p + c[0].lastIndexOf(rest) + value.at;
        found.push(KIND, start, start + value.text.length);
      }
      line = CHILD.lastIndex;
      continue;
    }
    // A line of its own (a nested mapping's key, a deeper child, a list): past it.
    const end = text.indexOf('\n', p);
    if (end === -1 || end - line > 500) break;
    line = end + 1;
  }
  return line;
}

/** A YAML scalar on the rest of a line: a quoted one to its closing quote, a bare one to ` #` (a comment) or the end. */
function childValue(rest: string): { text: string; at: number } | undefined {
  const q = rest.charCodeAt(0);
  if (q === 34 || q === 39) {
    const close = rest.indexOf(rest[0]!, 1);
    return close > 1 ? { text: rest.slice(1, close), at: 1 } : undefined;
  }
  const comment = rest.indexOf(' #');
  const text = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
  return text === '' ? undefined : { text, at: 0 };
}

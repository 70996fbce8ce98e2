// `npx tsx bench/guard/vendorFormatVeto.ts`: the vendor-format veto measured, not built (guardfp4,
// seventeenth round; README "Clean look-alikes by public values…"). The veto: a span given to a key
// that names a vendor with a token format of its own, and that fits none of that vendor's formats,
// is left (trufflehog's "invalid pattern" negatives). Per vendor slot and for all together, on the
// tune split only: clean items it frees, secret items it loses; and the vendor formats' secret items
// it loses. (The grammar matrix needs the veto inside the redactor: README gives that run's figures.)
import { findSecrets } from '../../src/core/guard/secretRedactor';
import { vendorFormatCorpus } from './corpus/vendorFormats';
import { isRedacted, type CorpusItem } from './redactionScore';
import { readExternalCorpus } from './splitReport';
import { redactedView } from './redactedView';

interface VendorSlot {
  readonly vendor: string;
  /** The key's words (with the one word before it on its line: `amplitude Key=`), lower-cased without separators. */
  readonly key: RegExp;
  /** Every format the vendor's rule knows for what the key holds. */
  readonly format: RegExp;
}

const slots: readonly VendorSlot[] = [
  { vendor: 'npm', key: /npm(?:auth)?token$/, format: /^npm_[A-Za-z0-9]{36}$/ },
  { vendor: 'twitch', key: /twitchstreamkey$/, format: /^live_\d{8,12}_[A-Za-z0-9]{30,36}$/ },
  { vendor: 'okta', key: /(?:^|[^a-z])okta(?:api)?(?:token|key)?$/, format: /^00[A-Za-z0-9_-]{40}$/ },
  { vendor: 'klaviyo', key: /klaviyo(?:private)?(?:api)?(?:key)?$/, format: /^pk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}$/ },
  { vendor: 'azure storage', key: /accountkey$/, format: /^[A-Za-z0-9+/]{86}==$/ },
  { vendor: 'pixie', key: /pixie.*deploykey$/, format: /^px-dep-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/ },
  { vendor: 'amplitude', key: /amplitude(?:api)?(?:secret)?(?:key|secret)?$/, format: /^[a-f0-9]{32}$/ },
];

/** The key a value starting at `start` is given to: back over an operator (blanks, quotes, `=`, `:`, `-`, `>`), then the key and one word before it. */
function keyBefore(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - 90), start);
  const m = /([A-Za-z0-9_.-]{1,40}(?: [A-Za-z0-9_.-]{1,40})?)[\s"'`=:>-]{1,6}$/.exec(head);
  return m ? m[1]!.replace(/[-_. ]/g, '').toLowerCase() : '';
}

function vetoes(chosen: readonly VendorSlot[], text: string, start: number, end: number): boolean {
  const key = keyBefore(text, start);
  const slot = key === '' ? undefined : chosen.find((s) => s.key.test(key));
  return slot !== undefined && !slot.format.test(text.slice(start, end));
}

/** The redactor's result with the veto applied after it (a vetoed value's other occurrences left too). */
function vetoed(chosen: readonly VendorSlot[], text: string): Pick<ReturnType<typeof redactedView>, 'text' | 'redactions'> {
  const spans = findSecrets(text);
  const left = new Set(spans.filter((s) => vetoes(chosen, text, s.start, s.end)).map((s) => text.slice(s.start, s.end)));
  return redactedView(text, spans.filter((s) => !left.has(text.slice(s.start, s.end))));
}


const tune = readExternalCorpus().filter((item) => item.split === 'tune' && item.note === undefined);
const formats: readonly CorpusItem[] = vendorFormatCorpus().filter((item) => item.label === 'secret');

for (const chosen of [...slots.map((s) => [s]), slots, slots.filter((s) => s.vendor !== 'npm' && s.vendor !== 'azure storage')]) {
  const name = chosen.length === 1 ? chosen[0]!.vendor : chosen.length === slots.length ? 'all' : 'all but npm and azure storage';
  const freed = tune.filter((item) => item.label === 'clean' && findSecrets(item.text).length > 0 && vetoed(chosen, item.text).redactions.length === 0);
  const lost = tune.filter((item) => item.label === 'secret' && isRedacted(item, redactedView(item.text, findSecrets(item.text))) && !isRedacted(item, vetoed(chosen, item.text)));
  const formatsLost = formats.filter((item) => !isRedacted(item, vetoed(chosen, item.text)));
  console.log(`${name}: tune clean items freed ${freed.length}, tune secret items lost ${lost.length}, vendor-format secret items lost ${formatsLost.length}`);
  for (const item of [...freed, ...lost]) console.log(`  ${item.label === 'clean' ? 'freed' : 'LOST'} (${item.source}) ${JSON.stringify(item.text.trim().slice(0, 100))}`);
}

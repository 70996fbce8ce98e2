// An Azure shared access signature is the whole query string that authorises a request, not its
// `sig` alone: Microsoft's SAS reference lists the parameters a token is made of (sv, ss, srt, sp,
// se, st, spr, sip, sr, sig, si, sdd, a user delegation's skoid…, the response headers' rscc…).
// From a signature the span grows over the `&`-joined SAS parameters on either side; a parameter of
// another name, a blank or a quote ends it. Each character is read once: a run already redacted is
// not read again (the next signature search starts after it, the left reach stops at it).
import { codeAt, isUnicodeSpace } from '../charCodes';
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';

const SIGNATURE = /[?&]sig=([A-Za-z0-9%+/]{30,120}(?:%3D|=){0,2})/dg;
const NAMES = 'sv|ss|srt|sp|se|st|spr|sip|sr|sig|si|sdd|skoid|sktid|skt|ske|sks|skv|saoid|suoid|scid|ses|rscc|rscd|rsce|rscl|rsct';
// A parameter as a whole segment (right of the signature), or ending a segment whose start is a
// setting's name (`SAS_TOKEN=sp=r`, left of it): what precedes the name is not the token's.
const WHOLE = new RegExp(`^(?:${NAMES})=[^=]*$`);
const ENDING = new RegExp(`(?:^|[=:])((?:${NAMES})=[^=]*)$`, 'd');
// What ends a segment, `[&?\s'"<>]`, read by code unit in the walks' own loops: a table of ASCII, `\s` above it (not a
// one-character string and an expression per character: those walks were a fifth of a line of signatures' cost).
const SEGMENT_ENDS = new Uint8Array(128);
for (const ch of '&?\'"<> \t\n\v\f\r') SEGMENT_ENDS[ch.charCodeAt(0)] = 1;
// A whole value of two SAS parameters or more (`sp=r&se=…&sv=…`), as a setting holds a token.
const QUERY = new RegExp(`^\\??(?:${NAMES})=[^&\\s]*(?:&(?:${NAMES})=[^&\\s]*)+$`);
const MAX_SEGMENT = 200;
const MAX_SEGMENTS = 32;
const kind = spanKind('azure-sas-token');

/**
 * Whether a value is a SAS query string: its secret is the signature, which this rule judges (a
 * query without `sig` authorises nothing: the other parameters are the token's public terms).
 */
export function isSasQuery(value: string): boolean {
  return value.includes('&') && QUERY.test(value);
}

export const azureSasTokenRule: SecretRule = {
  id: 'azure-sas-token',
  keywords: ['sig='],
  find(text, found) {
    let redactedUpTo = 0;
    SIGNATURE.lastIndex = 0;
    for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
      const signature = m[1]!;
      if (looksPlaceholder(signature) || shannonEntropy(signature) < 3.5) continue;
      let start = m.index + 1;
      for (let n = 0, amp = m.index; n < MAX_SEGMENTS && codeAt(text, amp) === AMPERSAND; n++) {
        let j = amp - 1;
        for (; j >= redactedUpTo && amp - j <= MAX_SEGMENT; j--) {
          const c = text.charCodeAt(j);
          if (c < 128 ? SEGMENT_ENDS[c] === 1 : isUnicodeSpace(c)) break;
        }
        const parameter = ENDING.exec(text.slice(j + 1, amp));
        if (!parameter) break;
        start = j + 1 + parameter.indices![1]![0];
        if (parameter.indices![1]![0] > 0) break;
        amp = j;
      }
      let end = m.indices![1]![1];
      for (let n = 0; n < MAX_SEGMENTS && codeAt(text, end) === AMPERSAND; n++) {
        let k = end + 1;
        for (; k < text.length && k - end <= MAX_SEGMENT; k++) {
          const c = text.charCodeAt(k);
          if (c < 128 ? SEGMENT_ENDS[c] === 1 : isUnicodeSpace(c)) break;
        }
        if (!WHOLE.test(text.slice(end + 1, k))) break;
        end = k;
      }
      found.push(kind, start, end);
      redactedUpTo = end;
      SIGNATURE.lastIndex = end;
    }
  },
};

const AMPERSAND = 38;

// A value that names its own encoding describes the value that belongs there, as `<base64-encoded-key>`
// does: documentation's `AccountKey=storageaccountkeybase64encoded` (trufflehog's azure_storage
// negative). An encoded key is the encoding's output and never spells the encoding's name in words;
// a chosen password that is a phrase (`'open sesame'`, `tigerPassword`) names no encoding and stays a
// secret, as the placeholder policy says.

/** The slot's own words: what such a description says the value is. */
const SLOT_WORD = /key|secret|token|password|passwd/;
/** The name of an encoding, written in the value (`encoded` alone is a word a phrase may hold: `encodedpassword1`). */
const ENCODING_WORD = /base64|b64encoded|hexencoded/;
/** `base64` and a slot's word: a shorter value cannot hold both. */
const MIN_LENGTH = 9;

/** text[start, end) is one lower-case word naming the slot's value and the encoding it takes. */
export function describesEncodedValue(text: string, start: number, end: number): boolean {
  // (Asked of every span: read in place, and a random value's first capital or symbol ends it.)
  if (end - start < MIN_LENGTH) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  const value = text.slice(start, end);
  return ENCODING_WORD.test(value) && SLOT_WORD.test(value);
}

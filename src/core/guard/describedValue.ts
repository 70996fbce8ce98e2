// A value that names its own encoding describes the value that belongs there, as `<base64-encoded-key>`
// does: documentation's `AccountKey=storageaccountkeybase64encoded` (trufflehog's azure_storage
// negative). An encoded key is the encoding's output and never spells the encoding's name in words;
// a chosen password that is a phrase (`'open sesame'`, `myPassword`) names no encoding and stays a
// secret, as the placeholder policy says.

/** The slot's own words: what such a description says the value is. */
const SLOT_WORD = /key|secret|token|password|passwd/;
/** The name of an encoding, written in the value (`encoded` alone is a word a phrase may hold: `encodedpassword1`). */
const ENCODING_WORD = /base64|b64encoded|hexencoded/;
/** Lower-case letters and digits only: a description written as one word, as a key's slot holds it. */
const WORD_CHARS = /^[a-z0-9]+$/;

/** text[start, end) is one lower-case word naming the slot's value and the encoding it takes. */
export function describesEncodedValue(text: string, start: number, end: number): boolean {
  // (Asked of every span: the first character and the length first, which most spans fail.)
  const first = text.charCodeAt(start);
  if (end - start < 12 || first < 97 || first > 122) return false;
  const value = text.slice(start, end);
  return WORD_CHARS.test(value) && ENCODING_WORD.test(value) && SLOT_WORD.test(value);
}

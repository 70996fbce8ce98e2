// A word that names a secret's slot instead of filling it (`password`, `mySecret`, `your_token`): typed
// where a value goes, it is the slot's name (mysql's `-ppassword` is the option's placeholder value, not a
// flag named for a password whose next argument would be the secret).
// The slot's words, maybe after `my`/`your` (the issue's `myPassword`), lower-cased.
const SLOT_WORDS = ['password', 'passwd', 'pass', 'pwd', 'secret', 'token'];
const SLOT_PHRASES = new Set(SLOT_WORDS.flatMap((w) => [w, `my${w}`, `my_${w}`, `my-${w}`, `your${w}`, `your_${w}`, `your-${w}`]));
const LONGEST_PHRASE = Math.max(...[...SLOT_PHRASES].map((p) => p.length));
// Their first letters, either case: most spans start with none and are not sliced (a dense file has one per line).
const FIRST = new Uint8Array(128);
for (const p of SLOT_PHRASES) FIRST[p.charCodeAt(0)] = FIRST[p.charCodeAt(0) - 32] = 1;

/** Whether `text` from `start` to `end` is a word naming the slot (`password`, `mySecret`), in any case. */
export function namesTheSlot(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_PHRASE && FIRST[text.charCodeAt(start)] === 1 && SLOT_PHRASES.has(text.slice(start, end).toLowerCase());
}

/** `-p` or `-P` with the slot's word glued to it, from `keyStart` to `keyEnd` (`-ppassword`, `-pmySecret`). */
export function gluedToPasswordOption(text: string, keyStart: number, keyEnd: number): boolean {
  const option = text.charCodeAt(keyStart + 1);
  return (option === 112 || option === 80) && namesTheSlot(text, keyStart + 2, keyEnd);
}

// Trello's application key, sent as `key=` beside the user's `token=` on Trello's REST API: "the API key is intended to
// be publicly accessible" (Trello's "API Introduction"; "Authorizing with Trello's REST API": `?key={APIKey}&token=
// {APIToken}`), the token is the secret. Only in a query of trello.com's API or its authorize page: a 32-hex `key=`
// anywhere else is any vendor's key, which the assignment rule takes.
/** The part of a line before the key that says it is Trello's: its API's URL, then the query up to `key=`. */
const TRELLO_QUERY = /(?:^|[^\w.-])(?:api\.)?trello\.com\/1\/[^\s?#"'<>]{0,200}\?(?:[^\s#"'<>&]{0,200}&(?:amp;)?){0,12}key=$/;
const KEY_LENGTH = 32;
const REACH = 600;

/** text[start, end) is a Trello application key in Trello's own query. */
export function isTrelloApplicationKey(text: string, start: number, end: number): boolean {
  // (Asked of every span: most are not 32 characters after `key=`.)
  if (end - start !== KEY_LENGTH || !text.startsWith('key=', start - 4)) return false;
  for (let i = start; i < end; i++) if (!isLowerHex(text.charCodeAt(i))) return false;
  // (The line's part before the key, read back no farther than the reach: a long line is not read back to its start at every key.)
  let from = start;
  while (from > 0 && start - from < REACH && text.charCodeAt(from - 1) !== 10) from--;
  return TRELLO_QUERY.test(text.slice(from, start));
}

function isLowerHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}

// The places a developer meets a URL in (urlCredentialProbe's placed forms): a line of shell, a server's log line, a JSON
// and a YAML value, a Markdown link, an HTML link (its `&` written `&amp;`, as an attribute value must write it: HTML's
// "character references"), and a string literal in four languages. §U§ the URL.
export const URL_PLACES: Readonly<Record<string, string>> = {
  'curl': "curl -sS '§U§'\n",
  'log': '2026-12-07T10:14:03.512Z INFO  http: GET §U§ -> 200 (41 ms)\n',
  'json': '{\n  "name": "nightly-export",\n  "url": "§U§",\n  "retries": 3\n}\n',
  'yaml': 'export:\n  name: nightly\n  url: §U§\n  retries: 3\n',
  'markdown': 'Download the [nightly export](§U§) before 18:00.\n',
  'html': '<a class="export" href="§H§">nightly export</a>\n',
  'python': 'resp = requests.get("§U§", timeout=10)\n',
  'js': "const resp = await fetch('§U§');\n",
  'go': 'resp, err := http.Get("§U§")\n',
  'java': 'HttpRequest req = HttpRequest.newBuilder(URI.create("§U§")).build();\n',
};

/** A URL's text as the place writes it: in HTML each `&` as `&amp;`. */
export function asWritten(place: string, text: string): string {
  return place === 'html' ? text.replace(/&/g, '&amp;') : text;
}

/** The URL written into each place: [place, text]. */
export function placed(url: string): [string, string][] {
  return Object.entries(URL_PLACES).map(([place, template]) => [place, template.replace('§U§', () => url).replace('§H§', () => asWritten('html', url))]);
}

/** The value's pieces between its percent-escapes (RFC 3986 §2.1), those of four characters or more: what must all be gone. */
export function valuePieces(value: string): string[] {
  return value.split(/%[0-9A-Fa-f]{2}/).filter((piece) => piece.length >= 4);
}

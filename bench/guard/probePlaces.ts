// The name-and-value probes' templates (sessionCookieProbe, credentialHeaderProbe, bearerNameProbe): §N§ a name, §V§ its
// value; and whether the redactor took a value written into one.
import { redactSecrets } from '../../src/core/guard/secretRedactor';

/** The template with the name and the value written in. */
export function fillPlace(template: string, name: string, value: string): string {
  return template.replace(/§N§/g, name).replace(/§V§/g, value);
}

/**
 * The texts (those `filter` names, if given) that should lose nothing: a `taken` line in `lines` for each that lost something,
 * and how many were tried and taken.
 */
export function leftAlone(texts: readonly string[], filter: RegExp | undefined, lines: string[]): { tried: number; taken: number } {
  let tried = 0;
  let taken = 0;
  for (const text of texts) {
    if (filter && !filter.test(text)) continue;
    tried++;
    const result = redactSecrets(text);
    if (result.count > 0) {
      taken++;
      lines.push(`taken  ${JSON.stringify(text)} → ${JSON.stringify(result.text)}`);
    }
  }
  return { tried, taken };
}

/** The value is gone from the text's redaction. */
export function valueRedacted(text: string, value: string): boolean {
  return !redactSecrets(text).text.includes(value);
}

/** A probe's counts: values it should take and texts it should leave, and a line for each it got wrong. */
export class PlaceTally {
  read = 0;
  tried = 0;
  wrongly = 0;
  leaveTried = 0;
  publicKept = 0;
  publicTried = 0;
  readonly lines: string[] = [];

  constructor(private readonly show: boolean) {}

  /** `value`, written into `text`, should be taken. */
  take(label: string, text: string, value: string): void {
    this.tried++;
    if (valueRedacted(text, value)) this.read++;
    else this.lines.push(`left   ${label}${this.show ? `  ${JSON.stringify(text)}` : ''}`);
  }

  /**
   * `value`, written into `text`, should be taken, and each of `publics` (the text's other literals, public by their
   * documents: an algorithm's name, an IV, a directive's other options) kept; `publicsLine` prints the count.
   */
  takeKeeping(label: string, text: string, value: string, publics: readonly string[]): void {
    this.take(label, text, value);
    this.keep(label, text, publics);
  }

  /** Each of `publics` should survive the redaction of `text` (whatever else is taken). */
  keep(label: string, text: string, publics: readonly string[]): void {
    if (publics.length === 0) return;
    const out = redactSecrets(text).text;
    for (const literal of publics) {
      this.publicTried++;
      if (out.includes(literal)) this.publicKept++;
      else this.lines.push(`lost   ${label} | public ${literal}`);
    }
  }

  /** `what kept k/n` for the literals `takeKeeping` was to keep. */
  publicsLine(what: string): string {
    return `${what} kept ${this.publicKept}/${this.publicTried}`;
  }

  /** Nothing in `text` should be taken. */
  leave(label: string, text: string): void {
    this.leaveTried++;
    const out = redactSecrets(text).text;
    if (out !== text) {
      this.wrongly++;
      this.lines.push(`taken  ${label}${this.show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(out)}` : ''}`);
    }
  }

  /** The lines, then `what read r/n; cells to leave taken w/m`. */
  print(what: string): void {
    for (const line of this.lines) console.log(line);
    console.log(`${what} read ${this.read}/${this.tried}; cells to leave taken ${this.wrongly}/${this.leaveTried}`);
  }
}

/** The languages whose environment lookup `environmentLookup` writes. */
export type LookupLanguage = 'go' | 'js' | 'py' | 'java' | 'kotlin' | 'rs' | 'swift' | 'cs' | 'php' | 'rb';

/** Each language's lookup of the environment variable `name`, as its reference writes it (a reference: no secret in the text). */
export function environmentLookup(language: LookupLanguage, name: string): string {
  switch (language) {
    case 'go':
      return `os.Getenv("${name}")`;
    case 'js':
      return `process.env.${name}`;
    case 'py':
      return `os.environ["${name}"]`;
    case 'java':
    case 'kotlin':
      return `System.getenv("${name}")`;
    case 'rs':
      return `env::var("${name}")?`;
    case 'swift':
      return `ProcessInfo.processInfo.environment["${name}"]!`;
    case 'cs':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'php':
      return `getenv("${name}")`;
    case 'rb':
      return `ENV["${name}"]`;
  }
}

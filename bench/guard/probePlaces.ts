// The name-and-value probes' templates (sessionCookieProbe, credentialHeaderProbe, bearerNameProbe): §N§ a name, §V§ its
// value; and whether the redactor took a value written into one.
import { redactSecrets } from '../../src/core/guard/secretRedactor';

/** The template with the name and the value written in. */
export function fillPlace(template: string, name: string, value: string): string {
  return template.replace(/§N§/g, name).replace(/§V§/g, value);
}

/** The value is gone from the text's redaction. */
export function valueRedacted(text: string, value: string): boolean {
  return !redactSecrets(text).text.includes(value);
}

// Grammars the tools themselves document, read where the sixteenth round found a rule misreading
// them: htpasswd(1)'s argument count, a shell's quoted argument, ADO.NET's doubled quote, Jenkins'
// credentials.xml.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("htpasswd -b takes passwdfile, username, password (-n: no file): a mask in the password's place leaves the user", () => {
  assertFinds([
    'htpasswd -b /etc/nginx/.htpasswd deploy ⟦Kx7mQ2vL9p⟧',
    'htpasswd -nbB admin "⟦r4in-Bow-93⟧" > auth/htpasswd',
  ]);
  assertLeaves(['htpasswd -b /etc/nginx/.htpasswd admin ********', 'htpasswd -bc .htpasswd admin <password>', 'htpasswd -nb admin ********']);
});

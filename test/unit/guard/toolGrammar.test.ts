// Grammars the tools themselves document, read where the sixteenth round found a rule misreading
// them: htpasswd(1)'s argument count, a shell's quoted argument, ADO.NET's doubled quote (Jenkins'
// credentials.xml: grammarRecallExamples.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("htpasswd -b takes passwdfile, username, password (-n: no file): a mask in the password's place leaves the user", () => {
  assertFinds([
    'htpasswd -b /etc/nginx/.htpasswd deploy ⟦Kx7mQ2vL9p⟧',
    'htpasswd -nbB admin "⟦r4in-Bow-93⟧" > auth/htpasswd',
  ]);
  assertLeaves(['htpasswd -b /etc/nginx/.htpasswd admin ********', 'htpasswd -bc .htpasswd admin <password>', 'htpasswd -nb admin ********']);
});

test('a quoted command-line argument holds any character but its quote and a blank: a password with `;` or `#` is one argument', () => {
  assertFinds([
    'psexec \\\\10.0.0.5 -u admin -p "⟦Xk9#mQ2;pLw7Rt⟧" -i -d calc.exe',
    'PsExec64.exe \\\\srv01 -accepteula -u CORP\\admin -p "⟦Xk9|mQ2;pLw7Rt⟧" -h cmd',
    'paexec \\\\srv01 -u admin -p ⟦Xk9mQ2pLw7Rt⟧ cmd',
    "sshpass -p '⟦Xk9#mQ2;pLw7Rt⟧' ssh app@host",
    'docker login -u app -p "⟦Xk9#mQ2;pLw7Rt⟧" ghcr.io',
    'mysql -u root -p"⟦Xk9#mQ2;pLw7Rt⟧" shop',
    'zip -P "⟦Xk9#mQ2&pLw7Rt⟧" backup.zip notes.txt',
    'sqlcmd -S db -U sa -P "⟦Xk9#mQ2;pLw7Rt⟧" -Q "SELECT 1"',
    'rdesktop -u app -p "⟦Xk9#mQ2;pLw7Rt⟧" host',
    'openssl enc -aes-256-cbc -k "⟦Xk9#mQ2;pLw7Rt⟧" -in a -out b',
    'openssl pkcs12 -in a.p12 -passin "pass:⟦Xk9mQ2pLw7Rt⟧" -nodes',
    "ssh-keygen -t ed25519 -N '⟦Xk9#mQ2<pLw7Rt⟧' -f id_deploy",
    'vault login "⟦hvs.Xk9#mQ2;pLw7RtZq⟧"',
  ]);
  assertLeaves([
    'psexec \\\\h -u admin -p "$(cat ~/.pw)" cmd',
    'psexec \\\\h -u admin -p "%PASSWORD%" cmd',
    'psexec \\\\h -u admin -p "<password>" cmd',
    'sshpass -p "$SSHPASS" ssh app@host',
    'docker login -u app -p "${{ secrets.TOKEN }}" ghcr.io',
    'mysql -u root -p"********" shop',
    'sshpass -p "your password here" ssh app@host',
    'ssh-keygen -t ed25519 -N "" -f id_deploy',
    'vault login "$VAULT_TOKEN"',
  ]);
});

test("a URL's scheme is RFC 3986's grammar, of any length a real one has; its host may be empty after a password", () => {
  assertFinds([
    'engine = create_engine("mysql+mariadbconnector://app:⟦Zx8Qm2Lp8Rt4Wq⟧@db/shop")',
    'postgresql+psycopg2cffi://app:⟦Zx8Qm2Lp8Rt4Wq⟧@db/shop',
    'x-acme.v2://app:⟦Zx8Qm2Lp8Rt4Wq⟧@host.example.com',
    'postgresql://app:⟦Zx8Qm2Lp8Rt4Wq⟧@/shop?host=/var/run/postgresql',
    'mongodb+srv://app:⟦hT4@rQ9zLm2@x⟧@cluster0.ab1cd.mongodb.net/shop',
  ]);
  assertLeaves([
    'postgresql://app:${DB_PASSWORD}@/shop?host=/var/run/postgresql',
    'https://Zx8Qm2Lp8Rt4WqZx8Qm2Lp8Rt4Wq@/path',
    'postgresql:///shop?host=/var/run/postgresql',
    'see mailto://team@/contact',
  ]);
});

test("a connection string's quoted value holds its quote doubled (ADO.NET, ODBC), and a ; or # inside quotes or braces", () => {
  assertFinds([
    'Server=db;Database=shop;User ID=app;Password="⟦p""#Zx8Qm2Lp8Rt4Wq⟧";Encrypt=True',
    "Server=db;Database=shop;User ID=app;Password='⟦p''#Zx8Qm2Lp8Rt4Wq⟧';Encrypt=True",
    'Server=db;Database=shop;User ID=app;Password="⟦p;#Zx8Qm2Lp8Rt4Wq⟧";Encrypt=True',
    'Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=app;Pwd={⟦p}}#Zx8Qm2Lp8Rt4Wq⟧};',
    // A stray quote right after the closing one at the end of the text is no doubled quote: nothing follows it.
    'os.environ["API_TOKEN"] = "⟦r8Kd2mQz7Lw1XvB3⟧""',
  ]);
  assertLeaves(['password = ""', 'x = "" if a else "b"; password = ""', 'Server=db;Database=shop;User ID=app;Password="";Encrypt=True']);
});

test("a quoted NAME=value whose value the assignment rule took is named: the key stays, high-entropy does not take the pair", () => {
  for (const text of ['set "DB_PASSWORD=aB3dE6gH9jK2"', 'environment: ["DB_PASSWORD=aB3dE6gH9jK2"]', '- "API_TOKEN=aB3dE6gH9jK2"']) {
    const redacted = redactSecrets(text).text;
    assert.ok(!redacted.includes('aB3dE6gH9jK2'), redacted);
    assert.ok(/(?:DB_PASSWORD|API_TOKEN)=\[REDACTED:secret-assignment\]/.test(redacted), redacted);
  }
});

// Classes of secrets a detector's designer names, each with its principle (bench/guard/README.md,
// the fourteenth round): examples written for this test from the formats' public descriptions,
// random values made once with a fixed seed, each with look-alikes of the same shape.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('a directive and its value apart by blanks: a plain word takes a value only when it looks generated', () => {
  // slapd.conf's `rootpw`, Apache's `AuthLDAPBindPassword`, a `Token …` line pasted from a console.
  assertFinds(['rootpw ⟦&KG%wRDIOYQ!x7⟧', 'AuthLDAPBindPassword ⟦Gv3fgrMRcnNfzSgQGH0FRRHBKvaHrhlF⟧', 'TOKEN ⟦ohJKjqqRKApEHmVBFRN2YZl7c5mG3pr4⟧', '  Secret ⟦berKiYdTfdbam0GQeZPc3n8fEkJf⟧']);
  assertLeaves(['Password reset', 'Token expired', 'secret sauce', 'rootpw changeme', 'Passwords\n---------', 'token EOF', 'key value', 'password string', '    fhUserToken set_fhUserToken[1..2],']);
});

test("a header given on a command line is one header: a secret-named header's value is the credential, however short", () => {
  assertFinds(['curl -H "X-Password: ⟦Jc5b$U8u!M⟧" https://api.example.org', "curl --header 'api-key: ⟦ffhlrxehzrgfnip9byel⟧' https://api.example.org", 'wget --header="Private-Token: ⟦NaZdfcKH⟧" https://git.example.org/api/v4/projects']);
  assertLeaves(['curl -H "X-Api-Key: $API_KEY" https://api.example.org', "curl -H 'Authorization: Bearer ${TOKEN}' https://api.example.org", 'curl -H "X-Password: <password>" https://api.example.org', 'curl -H "X-Token-Expires: 3600" https://api.example.org', 'curl -H "Accept: application/json" https://api.example.org']);
});

test('a socket is an address: a path with a random folder given to it is where something listens', () => {
  assertLeaves(['SSH_AUTH_SOCK=/tmp/ssh-P65gpcqArqvH/agent.15541; export SSH_AUTH_SOCK;']);
  assertFinds(['SSH_AUTH_TOKEN=⟦P65gpcqArqvHagent15541x⟧']);
});

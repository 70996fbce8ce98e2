// The sentence rules' own examples (marked ⟦like this⟧, rules/statedSentenceRules.ts): a credential stated in an English
// sentence as chat and tickets write it, and the messages tools print with a generated password; each with prose about
// the same secret that states none.
import type { RuleExamples } from './ruleExamples';

export const statedSentenceExamples: Readonly<Record<string, RuleExamples>> = {
  'stated-sentence': {
    secrets: [
      'The password is ⟦hunter2⟧',
      'the db password for prod is ⟦Zx8vB2nMq⟧.',
      'password for the staging db: ⟦tG7#pL2q⟧',
      'the passphrase to the VPN is ⟦Abc!2345⟧ and the user is ops',
      'Your username is alice and temporary password is ⟦Zx8v!B2n⟧.',
      'the root password is now ⟦P@ssw0rd!9⟧',
      'the secret for prod is ⟦Zx8vB2nMq⟧',
      'The password has been set to ⟦Abc!2345⟧',
      'set the secret to ⟦Zx8vB2nMq⟧', 'I changed the admin password to ⟦hunter2⟧ yesterday',
      'ssh in as root with password ⟦Zx8vB2nMq⟧ and restart it', 'connect using the password ⟦tG7#pL2q⟧ then run the migration', 'the key id is in the ticket, and secret ⟦a3F9kL2mQ8xV7nR4tW6yZ1bC5dE0gH2j⟧',
      'I used ⟦Zx8vB2nMq⟧ as the password', 'Enter ⟦Abc!2345⟧ as the passphrase',
      'the token is ⟦kX9vB2nMq7PqLw4tR8sZ⟧', 'The API key for the staging project is ⟦a3F9kL2mQ8xV7nR4tW6yZ1bC5dE0gH2j⟧.', 'my access token is ⟦ghu7Kq2Lm9Xv4Rt8Wz3Np6Ys1⟧ if you need it',
      'set the token to ⟦kX9vB2nMq7PqLw4tR8sZ⟧ and rerun',
      'use the api key ⟦kX9vB2nMq7PqLw4tR8sZ⟧ to call it', 'call it with the access key ⟦a3F9kL2mQ8xV7nR4tW6yZ1bC5dE0gH2j⟧',
    ],
    clean: [
      'The password is required',
      'the password is the same as before',
      'The password is base64 encoded before it is sent.',
      'the password is 8-64 characters long',
      'the password is md5 hashed',
      'the password is utf-8 encoded',
      'The password is incorrect. Please try again.',
      'the password is sha256.',
      'the secret is stored in ${SECRET_PATH}',
      // Python's identity comparison: a condition, not a sentence.
      'if token is not None and secret is Sentinel2:',
      '    assert user.password is pw2hash',
      // Markdown's emphasis around a word (devise's authenticatable.rb: `the password is *present*`).
      'It only checks if the password is *present*. Do not rely on this',
      'Set the password to a strong value before deploying.', 'the password for the user is set to expire after 90 days', 'set the password to <your password>',
      'Use the password from the vault.', 'Log in with password authentication disabled.', 'with password ******',
      'use the API key as the bearer token', 'I used sha256 as the password hash', 'enter <password> as the password',
      'the token is expired', 'The token is valid for 24 hours.', 'The access token is a JWT signed with RS256.', 'the token is Zx8vB2nMq',
      'Change the token to one with the repo scope.', 'set the api key to ${API_KEY}',
      'Authenticate using the token provided by your administrator.', 'use the token <token> in the header',
    ],
  },
  'stated-pin': {
    secrets: ['the PIN is ⟦4821⟧', 'The SIM PIN code is ⟦730912⟧.'],
    clean: ['The PIN is four digits.', 'the pin is 0000', 'the pin is set in the config', 'the spinner is 1234'],
  },
  // MySQL Reference Manual, "Securing the Initial MySQL Account": the server error log's note after `--initialize`.
  'mysql-temporary-password': {
    secrets: [
      '2017-07-10T04:10:30.067485Z 1 [Note] A temporary password is generated for root@localhost: ⟦;0&_K24dDMOu⟧',
      '[Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ⟦QTpg4Y!sh:dk⟧',
    ],
    clean: ['grep "A temporary password is generated for root" /var/log/mysqld.log', 'A temporary password is generated for root@localhost: [~12_CHAR_TEMPORARY_PASSWORD]'],
  },
  // Elasticsearch's security auto-configuration output on first start.
  'elasticsearch-generated-password': {
    secrets: ['Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  ⟦k7Xz-Ab9q_PLm2vN+4tE⟧\n'],
    clean: ['Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  <password>\n'],
  },
  // Jenkins' first start: the unlock password, also in secrets/initialAdminPassword.
  'jenkins-initial-admin-password': {
    secrets: [
      'Please use the following password to proceed to installation:\n\n⟦3adc1a26a8fd4128a816ca8ba01da498⟧\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword',
      'jenkins_1  | Please use the following password to proceed to installation:\njenkins_1  |\njenkins_1  | ⟦8b4d313f85674544b695394c40e1be43⟧',
    ],
    clean: ['Please use the following password to proceed to installation:\n\n<initialAdminPassword>\n'],
  },
};

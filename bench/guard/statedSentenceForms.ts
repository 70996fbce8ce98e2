// The forms, values and look-alikes of statedSentenceProbe.ts and statedSentence.test.ts (rules/statedSentenceRules.ts,
// the fortieth round): a credential stated in an English sentence, or in a message a tool prints, and what must be left.

// §V§ the password (a value a person makes up). Sources: the brief's sentences (chat and tickets) and the tools' manuals,
// bench/guard/README.md's fortieth-round section (guardprose1).
export const PASSWORD_FORMS: readonly (readonly [string, string])[] = [
  ['is', 'The password is §V§'],
  ['is, period', 'The password is §V§.'],
  ['qualified is', 'the db password for prod is §V§'],
  ['qualified colon', 'password for the staging db: §V§'],
  ['qualified of', 'the password of the admin account is §V§, keep it safe'],
  ['to the vpn', 'the passphrase to the VPN is §V§'],
  ['was', 'the old password was §V§ but I rotated it'],
  ['is now', 'the root password is now §V§'],
  ['is set to', 'The password has been set to §V§'],
  ['with password', 'ssh in as root with password §V§ and restart it'],
  ['using password', 'connect using the password §V§ then run the migration'],
  ['set to', 'set the secret to §V§'],
  ['changed to', 'I changed the admin password to §V§ yesterday'],
  ['as the password', 'I used §V§ as the password'],
  ['as my passphrase', 'Enter §V§ as the passphrase'],
  ['passcode', 'the passcode is §V§'],
  ['quoted backticks', 'the password is `§V§`'],
  ['credentials', 'the credentials are in 1Password; the secret for prod is §V§'],
  // Amazon Cognito's default invitation message (CDK UserInvitationConfig emailBody default).
  ['cognito invitation', 'Your username is alice and temporary password is §V§.'],
  ['cognito sms', 'Hello alice, your temporary password for our awesome app is §V§'],
  // MySQL's server error log after `mysqld --initialize`.
  ['mysql log', '2024-05-02T09:14:12.000000Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: §V§'],
  // Elasticsearch's security auto-configuration output.
  ['elasticsearch', 'Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  §V§\n'],
];

// §V§ a token or a key (a generated value).
export const TOKEN_FORMS: readonly (readonly [string, string])[] = [
  ['use the api key', 'use the api key §V§ to call it'],
  ['token is', 'the token is §V§'],
  ['api key for', 'The API key for the staging project is §V§.'],
  ['and secret', 'the key id is in the ticket, and secret §V§'],
  ['access token', 'my access token is §V§ if you need it'],
  ['set token', 'set the token to §V§ and rerun'],
  ['client secret', 'with client secret §V§'],
];

export const PASSWORD_READ: readonly string[] = ['hunter2', 'Zx8vB2nMq', 'Abc!2345', 'tG7#pL2q', 'P@ssw0rd!9'];
export const TOKEN_READ: readonly string[] = ['kX9vB2nMq7PqLw4tR8sZ', 'ghu7Kq2Lm9Xv4Rt8Wz3Np6Ys1', 'a3F9kL2mQ8xV7nR4tW6yZ1bC5dE0gH2j'];
// What must be left in the value's place: a mask, a placeholder, a reference, a word, a format's name, a length.
export const LEAVE: readonly string[] = ['******', '<your password>', '${DB_PASSWORD}', 'required', 'expired', 'base64', 'sha256', '8-64', 'x86_64', 'md5'];

// Tools' messages whose generated value is not a made-up password's shape: Jenkins' unlock password (32 hex digits).
export const MESSAGES: readonly (readonly [string, string, string])[] = [
  ['jenkins', 'Jenkins initial setup is required. An admin user has been created and a password generated.\nPlease use the following password to proceed to installation:\n\n§V§\n\nThis may also be found at: /var/jenkins_home/secrets/initialAdminPassword', '3adc1a26a8fd4128a816ca8ba01da498'],
  ['jenkins compose', 'jenkins_1  | Please use the following password to proceed to installation:\njenkins_1  |\njenkins_1  | §V§\njenkins_1  |', '8b4d313f85674544b695394c40e1be43'],
  ['mysql symbols', '2017-07-10T04:10:30.067485Z 1 [Note] A temporary password is generated for root@localhost: §V§', ';0&_K24dDMOu'],
  ['mysql colon', '[Note] A temporary password is generated for root@localhost: §V§', 'QTpg4Y!sh:dk'],
  ['elasticsearch same line', 'Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`): §V§', 'k7Xz-Ab9q_PLm2vN+4tE'],
];

// Prose about passwords, tokens and keys that states none: docs, release notes, error messages, comments.
export const PROSE: readonly string[] = [
  'The password is required',
  'the token is expired',
  'the key is in the vault',
  'the password is the same as before',
  'The password is base64 encoded before it is sent.',
  'The password is hashed with bcrypt and stored in the users table.',
  'the password is 8-64 characters long',
  'The token is valid for 24 hours.',
  'The API key is sent in the X-Api-Key header.',
  'Note: the secret is never logged.',
  'The password is incorrect. Please try again.',
  'If the password is empty, the server prompts for it.',
  'The passphrase is used to decrypt the private key.',
  'The access token is a JWT signed with RS256.',
  'Set the password to a strong value before deploying.',
  'Change the token to one with the repo scope.',
  'Use the password from the vault.',
  'Log in with password authentication disabled.',
  'Authenticate using the token provided by your administrator.',
  'use the API key as the bearer token',
  'Fixed: the password is no longer echoed to the terminal (#1234).',
  'the secret is stored in ${SECRET_PATH}',
  'The PIN is four digits.',
  'the password is md5 hashed',
  'the password for the user is set to expire after 90 days',
  'the token is sha256 of the body',
  'the password is utf-8 encoded',
  'Your verification code is {####}.',
  'The default username and password are admin/admin.',
  'I used password123 as the example in the docs',
];

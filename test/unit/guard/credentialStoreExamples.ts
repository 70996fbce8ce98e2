// Examples for secrets handed to a credential store (credentialStoreRules.ts), written for this test (made-up values)
// and marked ⟦like this⟧: each store's call or command as its document writes it, and beside them the same calls and
// commands with a reference, a prompt, a placeholder or no secret at all.
import type { RuleExamples } from './ruleExamples';

export const credentialStoreExamples: Readonly<Record<string, RuleExamples>> = {
  'keyring-call-password': {
    secrets: [
      "await keytar.setPassword('my-app', 'bob@example.com', '⟦Pl4nk-wood9⟧');",
      'keytar.setPassword("flywheel", "openai", "⟦hunter2⟧").then(done);',
      'keytar.setPassword(SERVICE,\n  account,\n  "⟦m4ple!Syrup⟧")',
      'err := keyring.Set("my-app", "anon", "⟦Gr4nite!7x⟧")',
      'if err := keyring.Set(service, user, `⟦Tq7-lorn-88⟧`); err != nil {',
      'err := ring.Set(keyring.Item{Key: "foo", Data: []byte("⟦Pl4nk-wood9⟧")})',
      '_ = ring.Set(keyring.Item{\n\tKey:   "api-key",\n\tLabel: "API key",\n\tData:  []byte("⟦m4ple!Syrup⟧"),\n})',
      'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, "Mail", "⟦Gr4nite!7x⟧", NULL, &error, "number", 8, NULL);',
      "Secret.password_store_sync(EXAMPLE_SCHEMA, {'number': '8'}, Secret.COLLECTION_DEFAULT, 'Mail', '⟦Tq7-lorn-88⟧', None)",
      "Secret.password_storev_sync(SCHEMA, { user: 'bob' }, null, 'Mail', '⟦hunter2⟧', null);",
      // keyring-rs's Entry::set_secret, on the entry its docs make and chained on Entry::new.
      'let entry = Entry::new("my-service", "my-name")?;\nentry.set_secret(b"⟦Pl4nk-wood9⟧")?;',
      'Entry::new("svc", "bob")?.set_secret("⟦m4ple!Syrup⟧".as_bytes())?;',
      'Entry::new("svc", "bob").unwrap().set_secret(b"⟦Gr4nite!7x⟧").unwrap();',
    ],
    clean: [
      "await keytar.setPassword('my-app', account, token);",
      "await keytar.setPassword('my-app', 'bob', process.env.API_TOKEN);",
      "const secret = await keytar.getPassword('my-app', 'bob');",
      "keytar.setPassword('my-app', 'bob', '<password>')",
      'err := keyring.Set(service, user, password)',
      'err := keyring.Set("my-app", "anon", "")',
      'secret, err := keyring.Get("my-app", "anon")',
      'err := ring.Set(keyring.Item{Key: "foo", Data: []byte(secret)})',
      'err := ring.Set(keyring.Item{Key: "foo", Data: data, Label: "API key"})',
      'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, label, password, NULL, &error, NULL);',
      "Secret.password_store_sync(EXAMPLE_SCHEMA, attributes, Secret.COLLECTION_DEFAULT, 'The label', password, None)",
      'password = Secret.password_lookup_sync(EXAMPLE_SCHEMA, { "number": "8" }, None)',
      // libsecret's reference: the label after the collection's alias is shown to the user, no secret.
      'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, "The label", the_password, NULL, &error, NULL);',
      'entry.set_secret(&secret)?;',
      'entry.set_secret(b"secret")?;',
      'let secret = entry.get_secret()?;',
    ],
  },
  'keychain-password-flag': {
    secrets: [
      'security add-generic-password -a bob -s my-service -w ⟦Pl4nk-wood9⟧',
      'security add-generic-password -U -a "$USER" -s npm-token -w "⟦npm_Xk2pL9vQ7mR4tY8wE3nB6cF1hJ5kL0pA2sD4⟧"',
      "security add-internet-password -a bob -s git.example.com -r htps -w '⟦m4ple!Syrup⟧' -T /usr/bin/git",
    ],
    clean: [
      'security add-generic-password -a bob -s my-service -w',
      'security add-generic-password -a bob -s my-service -w -U',
      'security add-generic-password -a "$USER" -s npm-token -w "$NPM_TOKEN"',
      'security find-generic-password -a bob -s my-service -w',
      'security add-generic-password -a <account> -s <service> -w <password>',
      'security delete-generic-password -a bob -s my-service',
    ],
  },
  'secret-store-stdin': {
    secrets: [
      "echo -n ⟦Pl4nk-wood9⟧ | secret-tool store --label='Mail' service imap user bob",
      "printf '%s' '⟦m4ple!Syrup⟧' | secret-tool store --label=token service github",
      'echo ⟦hunter2⟧ | pass insert -e web/github',
      'echo "⟦Gr4nite!7x⟧" | gopass insert -f websites/example.com/bob',
      'echo ⟦Tq7-lorn-88⟧ | keyring set system username',
    ],
    clean: [
      'echo -n "$IMAP_PASSWORD" | secret-tool store --label=Mail service imap user bob',
      'echo "$TOKEN" | pass insert -e web/github',
      'echo "${SECRET}" | gopass insert -f websites/example.com/bob',
      "secret-tool store --label='Mail' service imap user bob",
      'echo "<password>" | pass insert -e web/github',
      'pass insert email/bob',
    ],
  },
  'secret-store-here-string': {
    secrets: [
      "secret-tool store --label='DB' service postgres user app <<< ⟦Pl4nk-wood9⟧",
      "pass insert -e web/github <<< '⟦m4ple!Syrup⟧'",
    ],
    clean: [
      "secret-tool store --label='DB' service postgres user app <<< \"$DB_PASSWORD\"",
      'pass insert -e web/github <<< $(openssl rand -base64 24)',
      'secret-tool lookup service postgres user app',
    ],
  },
  'secret-store-heredoc': {
    secrets: [
      'pass insert -m email/bob <<EOF\n⟦Pl4nk-wood9⟧\nEOF',
      "gopass insert -m servers/db <<'EOF'\n⟦m4ple!Syrup⟧\nuser: admin\nEOF",
    ],
    clean: [
      'pass insert -m email/bob <<EOF\n$(generate_password)\nEOF',
      'pass insert -m email/bob <<EOF\n${PASSWORD}\nuser: bob\nEOF',
      'pass insert -m email/bob <<EOF\n<password>\nEOF',
      'pass show email/bob',
    ],
  },
  'credential-helper-echo': {
    secrets: [
      '#!/bin/sh\ntest "$1" = get || exit 0\necho "username=deploy"\necho "password=⟦Pl4nk-wood9⟧"',
      '[credential]\n\thelper = "!f() { test \\"$1\\" = get && echo \\"password=⟦hunter2⟧\\"; }; f"',
      "git config --global credential.helper '!f() { echo \"username=ci\"; echo \"password=⟦m4ple!Syrup⟧\"; }; f'",
      'echo oauth_refresh_token=⟦Xk2pL9vQ7mR4tY8wE3nB6cF1hJ5k⟧',
      "printf 'credential=⟦Gr4nite!7x⟧\\n'",
    ],
    clean: [
      '#!/bin/sh\necho "username=deploy"\necho "password=$DEPLOY_TOKEN"',
      '[credential]\n\thelper = "!f() { test \\"$1\\" = get && echo \\"password=$(cat $HOME/.secret)\\"; }; f"',
      'echo "password=$(pass show git/github)"',
      'echo "password=${GITHUB_TOKEN}"',
      'echo "password=<token>"',
      'echo "password_expiry_utc=1735689600"',
    ],
  },
};

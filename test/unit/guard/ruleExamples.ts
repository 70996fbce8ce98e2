// Each rule's own examples, gitleaks-style: texts holding a secret (marked ⟦like this⟧) that the
// rule must find, and look-alikes that nothing may redact. Kept with the tests, not in the
// extension: a packaged extension must not carry key-shaped strings.
export interface RuleExamples {
  readonly secrets: readonly string[];
  readonly clean: readonly string[];
}

export const ruleExamples: Readonly<Record<string, RuleExamples>> = {
  "oracle-connect-password": {
    "secrets": [
      "url = jdbc:oracle:thin:scott/⟦Xk2pL9vQ⟧@db.example.com:1521:orcl",
      "sqlplus -s app/⟦Quartz_19x⟧@orcl @report.sql",
      "expdp system/⟦t0ken-Mule7⟧@orcl directory=dp dumpfile=x.dmp",
      "sqlplus app/⟦%Xk2p9q⟧@orcl",
      "sqlplus scott/⟦\"p@ss/w0rd!9\"⟧@db.example.com:1521/ORCLPDB1",
      "sqlplus scott/⟦\\\"Xk2p@L9vQ\\\"⟧@orcl"
    ],
    "clean": [
      "jdbc:oracle:thin:@//db.example.com:1521/orcl",
      "sqlplus /nolog",
      "sqlplus app/$ORACLE_PASSWORD@orcl",
      "sqlplus app/%ORACLE_PASSWORD%@orcl",
      "sqlplus app/%~1@orcl",
      "sqlplus app/!pw!@orcl",
      "sqlplus scott/\"${ORACLE_PWD}\"@orcl",
      "sqlplus scott/\"\"@orcl",
    ]
  },
  "url-credentials": {
    "secrets": [
      "postgresql://app:⟦Xk2pL9vQ⟧@host1:5432,app:Xk2pL9vQ@host2:5432/db?target_session_attrs=any",
      "REDIS_URL=redis://:⟦Xk2pL9vQ⟧@cache.internal:6379/0",
      "DATABASE_URL=postgres://app:⟦Xk2pL9vQ⟧@db.internal:5432/app",
      "mongodb+srv://root:⟦hunter2x⟧@cluster0.mongodb.net",
      "git clone https://x-access-token:⟦kX3Ec6PhiscyzYz0Fl4rkXNaNWvV8GTg⟧@github.com/acme/widgets.git",
      "https://oauth2:⟦Qm7tZ2pK9wL4xR8vN3bH⟧@gitlab.example.com/acme/widgets.git",
      "extra-index-url = https://⟦Qm7tZ2pK9wL4xR8vN3bHc5Yd⟧:@pypi.fury.io/acme/",
      "DATABASE_URL=postgresql://app:⟦GE0U'xt23LUS&0⟧@db.example.com:5432/shop",
      "MONGO_URL=mongodb://admin:⟦hrMBiMkAMf,uF5⟧@mongo1.example.com:27017,mongo2.example.com:27017/?replicaSet=rs0",
      "redis-cli -u redis://:⟦Xk2p;L9v'Q@x⟧@cache.example.com:6379/0"
    ],
    "clean": [
      "https://oauth2:${GITLAB_TOKEN}@gitlab.example.com/acme/widgets.git",
      "https://deploy:@registry.example.com/v2/",
      "http://:8080@proxy",
      "https://user:1111@service.example.com/api",
      "redis://:${REDIS_PASSWORD}@cache:6379",
      "https://user@example.com/",
      "http://host:8080/path",
      "http://localhost:8080/users/@me/settings",
      "jdbc:sqlserver://db.example.com:1433;databaseName=shop;integratedSecurity=true;x=a@b",
      "curl http://[2001:db8::1]:8080/health@x",
      "url = 'https://app:' + pw + '@db.example.com/shop'",
      "f\"postgresql://{user}:{password}@{host}/{db}\"",
      "mongodb://mongo1.example.com:27017,mongo2.example.com:27017/shop?replicaSet=rs0"
    ]
  },
  "curl-user": {
    "secrets": [
      "curl -x proxy:8080 --proxy-user ops:\u27e6Gr4nite!7\u27e7 https://x",
      "curl -U ops:\u27e6Gr4nite!7\u27e7 -x proxy:8080 https://x",
      "curl -u admin:⟦s3cretPw!⟧ https://api.example.com",
      "curl --user \"deploy:⟦Xk2pL9vQ7⟧\" $URL",
      "curl -u\"ci:⟦Xk2pL9vQ7⟧\" x",
      "curl --user=bot:⟦Xk2pL9vQ7⟧ x",
      "curl -uadmin:⟦s3cretPw!⟧ x"
    ],
    "clean": [
      "curl --user \"xxx:yyy\"",
      "curl -u \"$USER:$PASS\" x",
      "sort -u file.txt",
      "curl -u user: https://x",
      "git log --user-name"
    ]
  },
  "basic-auth-header": {
    "secrets": [
      "Authorization: Basic ⟦YWRtaW46czNjcmV0UHch⟧"
    ],
    "clean": [
      "a Basic example",
      "Basic authentication is simple"
    ]
  },
  "private-key": {
    "secrets": [
      "String key = \"\u27e6-----BEGIN RSA PRIVATE KEY-----\" +\n    \"MIIEowIBAAKCAQEAp8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\" +\n    \"-----END RSA PRIVATE KEY-----\u27e7\";",
      "a\n⟦-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAp8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END RSA PRIVATE KEY-----⟧\nb",
      "⟦-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n⟧",
      "⟦-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END PGP PRIVATE KEY BLOCK-----⟧",
      "ssl:\n  key: |\n    ⟦-----BEGIN RSA PRIVATE KEY-----\n    Proc-Type: 4,ENCRYPTED\n    DEK-Info: AES-128-CBC,31662B5E803B61BA4168160ADB59261F\n\n    9I0MyTLUyi0kn1Gnt11CuZyzaA3U2OLzu6UQBGSyLvVSskUVINx+ZmQF9oGxLUcz\n    -----END RSA PRIVATE KEY-----⟧",
      "<key>⟦-----BEGIN PRIVATE KEY-----&#10;MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kd2mQz7Lw1Xv&#10;-----END PRIVATE KEY-----⟧</key>",
      "{\"type\": \"service_account\", \"pem\": \"⟦-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kd2mQz7Lw1Xv\\n-----END PRIVATE KEY-----⟧\\n\"}",
      "String k = \"⟦-----BEGIN PRIVATE KEY-----\\n\" + \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kd2mQz7Lw1Xv\\n\" + \"-----END PRIVATE KEY-----⟧\";",
      "KEY=\"⟦-----BEGIN PRIVATE KEY-----\\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kd2mQz7Lw1Xv\\\n-----END PRIVATE KEY-----⟧\""
    ],
    "clean": [
      "String pub = \"-----BEGIN PUBLIC KEY-----\" +\n    \"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp8cshtwPkhdM996G5rf\" +\n    \"-----END PUBLIC KEY-----\";",
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp8cshtwPkhdM996G5rf\n-----END PUBLIC KEY-----",
      "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF0p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END PGP PUBLIC KEY BLOCK-----",
      "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----",
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host",
      "# Paste your private key below; it never leaves this machine.",
      "const PKCS8_HEADER = \"-----BEGIN PRIVATE KEY-----\";",
      "if (pem.startsWith(\"-----BEGIN RSA PRIVATE KEY-----\")) return \"pkcs1\";",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"
    ]
  },
  "aws-access-key-id": {
    "secrets": [
      "aws_access_key_id = \u27e6A3T6KIAPJ4GEJRZQADWX\u27e7",
      "aws_access_key_id = ⟦AKIA6KIAPJ4GEJRZQADW⟧",
      "export AWS_ACCESS_KEY_ID=⟦ASIA6KIAPJ4GEJRZQADW⟧"
    ],
    "clean": [
      "AKIAIOSFODNN7EXAMPLE is the documented example",
      "AKIAXXXXXXXXXXXXXXXX",
      "const AKIA_PREFIX = \"AKIA\";"
    ]
  },
  "aws-secret-access-key": {
    "secrets": [
      "User name,Password,Access key ID,Secret access key\nci,,AKIAZ3MHQ5R7T2KXW4NA,⟦q8Vn2Lr5Tz+Hk9Wm3Xp7Bd4Fs6Gj1Yc0Ue8Ri2Ao⟧",
      "creds = ('AKIAZ3MHQ5R7T2KXW4NA', '⟦q8Vn2Lr5Tz/Hk9Wm3Xp7Bd4Fs6Gj1Yc0Ue8Ri2Ao⟧')",
      "ASIAZ3MHQ5R7T2KXW4NA:⟦6e1f0c9b7a2d4e8f1a3c5b7d9e0f2a4c6b8d0e1f⟧"
    ],
    "clean": [
      "AKIAIOSFODNN7EXAMPLE 0000000000000000000000000000000000000000",
      "AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "AKIAIOSFODNN7EXAMPLE, see docs/aws/credentials-and-access-keys-for-ci.md"
    ]
  },
  "aws-bedrock-api-key": {
    "secrets": [
      "AWS_BEARER_TOKEN_BEDROCK=⟦ABSKQmVkcm9ja0FQSUtleS1oeGY2LWF0LTEyMzQ1Njc4OTAxMjpvZWVsSzltcW1BTE9SMkhjU0dLZ1ZQOEtkMGQzbVM4Z0JsS3YzYXpLZ2FTK20reC9TSHVLQkQvdm9rK25QVG1aWWwyZFZBTUgydldENnFlU1B0NVB2NzRHRHFRN0V5SU10dEZQU3VFUHlIbnZuelh0c01NM0p6bm5KQVg3ZWJaM0NM⟧"
    ],
    "clean": [
      "ABSK is the prefix of long-term Bedrock keys",
      "bedrock-api-key-"
    ]
  },
  "gcp-api-key": {
    "secrets": [
      "key=⟦AIza4-FvafhdZxEuhnbzs0z1wNiMg9aW37k5wCn⟧&q=x"
    ],
    "clean": [
      "AIzaSy…",
      "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
    ]
  },
  "gcp-oauth-token": {
    "secrets": [
      "Authorization: Bearer ⟦ya29.HDepQHgI3HLBkbvHEzuPyXQEW88ad3DNBYjvsedonuSsddfrfifiUziXnFAA⟧"
    ],
    "clean": [
      "ya29.short",
      "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "github-token": {
    "secrets": [
      "GITHUB_TOKEN=⟦ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d⟧",
      "token ⟦ghs_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d⟧",
      "refresh_token=⟦ghr_g9MuXjZE9mLKwqwJNvsaV3M0EuZWKPVv7LHb1ddpokeA1UcjH9GlwMBBShZULllwGpZnFQIXpo73⟧&expires_in=15897600"
    ],
    "clean": [
      "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "ghp_000000000000000000000000000000000000",
      "the ghp_ prefix marks a classic token"
    ]
  },
  "github-fine-grained-token": {
    "secrets": [
      "\"⟦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⟧\""
    ],
    "clean": [
      "github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
    ]
  },
  "gitlab-token": {
    "secrets": [
      "CI_TOKEN=⟦glpat-ORS-6ilI8ihN5KXSc7Tv⟧",
      "⟦glimt-ORS6ilI8ihN5KXSc7Tv2k⟧",
      "⟦glagent-ORS6ilI8ihN5KXSc7Tv2kQ9vLdP0s1mXbZ⟧",
      "⟦gloas-ORS6ilI8ihN5KXSc7Tv2kQ9vLdP0s1mX⟧",
      "⟦glffct-ORS6ilI8ihN5KXSc7Tv2k⟧"
    ],
    "clean": [
      "glpat-xxxxxxxxxxxxxxxxxxxx",
      "glpat-<your-token>"
    ]
  },
  "gitlab-runner-registration-token": {
    "secrets": [
      "registration_token = \"⟦GR1348941o-hBKqFYY-kv5ZJr3J1T⟧\""
    ],
    "clean": [
      "GR1348941xxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "slack-token": {
    "secrets": [
      "SLACK_CLIENT_TOKEN=⟦xoxc-798873867958-265376602550-3285713871713-7391584d7ec84c1616658d34e15ad2acd655d11fc16fbbb24adebe3f07270622⟧",
      "SLACK_BOT_TOKEN=⟦xoxb-63212233079-244026859952-S2G8NPRVdD53X83RZJzzzzgE⟧",
      "⟦xoxe.xoxp-1-Mi0yLTYzMjEyMjMzMDc5LTI0NDAyNjg1OTk1Mi1TMkc4TlBSVmRENTNYODNSWkp6enp6Z0U⟧",
      "⟦xoxe-1-Mi0yLTYzMjEyMjMzMDc5LTI0NDAyNjg1OTk1Mi1TMkc4TlBSVmRENTNYODNSWkp6enp6Z0U⟧"
    ],
    "clean": [
      "xoxb-xxxx-xxxx-xxxx",
      "xoxb-your-token",
      "xoxp-123",
      "slack token - 'xoxb-02248326165?7838087940875u'"
    ]
  },
  "ramp-client-credential": {
    "secrets": [
      "RAMP_CLIENT_ID=⟦ramp_id_UFawfnXlgH1JnxlJPv4bxOe5Lxl5S8yLaDGJ9zma⟧",
      "client secret ⟦ramp_sec_Ks5rYkFcKTmfb729qKLmymMIXoiaSXedCpoEPrNFk7Xa7Vo0⟧"
    ],
    "clean": [
      "ramp_id_UFawfnXlgH1JnxlJPv4b?Oe5Lxl5S8yLaDGJ9zma",
      "ramp_sec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "slack-app-token": {
    "secrets": [
      "⟦xapp-1-AZDMEN2KHVD-1092815901396-48bbf33feff9243a8f506b40928b5b7a767c76fb008f86bebb2737f6a6f0fb23⟧",
      "app token ⟦xapp-501433956111-e5Uwdh3rV0rZSJWcmU99qomc⟧ (socket mode)"
    ],
    "clean": [
      "xapp-1-XXXXXXXX-0000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "slack-webhook": {
    "secrets": [
      "url: ⟦https://hooks.slack.com/services/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⟧",
      "⟦https://hooks.slack.com/workflows/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⟧",
      "webhook: ⟦https://hooks.slack.com/services/TEXAMPLE1/BSAMPLE22/N0MEQ7wjJJibaZUPgHV7iB3m⟧"
    ],
    "clean": [
      "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "see https://hooks.slack.com/services/"
    ]
  },
  "stripe-key": {
    "secrets": [
      "stripe.api_key = \"⟦sk_live_03nbqnsGpWLuqIA1id6Vw5DQ⟧\"",
      "⟦rk_live_51H03nbqnsGpWLuqIA1id6Vw5DQp8cshtwPkhdM⟧"
    ],
    "clean": [
      "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
      "pk_live_03nbqnsGpWLuqIA1id6Vw5DQ is publishable"
    ]
  },
  "stripe-webhook-secret": {
    "secrets": [
      "⟦whsec_03nbqnsGpWLuqIA1id6Vw5DQp8csht⟧"
    ],
    "clean": [
      "whsec_xxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "sendgrid-key": {
    "secrets": [
      "SENDGRID_API_KEY=⟦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⟧"
    ],
    "clean": [
      "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "twilio-api-key": {
    "secrets": [
      "TWILIO_API_KEY=⟦SK6e7577496a2c8773e130f7eb19731662⟧"
    ],
    "clean": [
      "SK00000000000000000000000000000000",
      "SKIP_TESTS=1"
    ]
  },
  "openai-key": {
    "secrets": [
      "OPENAI_API_KEY=⟦sk-proj-zTOlUcR64cXQLioDnkHIfxIq2HZt-PlJhx2jIclHkCiHp6bR⟧",
      "⟦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⟧"
    ],
    "clean": [
      "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "a task-list-of-the-day"
    ]
  },
  "anthropic-key": {
    "secrets": [
      "⟦sk-ant-api03-1IqfEouHgxzNNAL5wIScGebcy8F5n3-YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktXP-⟧"
    ],
    "clean": [
      "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "npm-token": {
    "secrets": [
      "//registry.npmjs.org/:_authToken=⟦npm_jsUNPjc01T5GOBUSZGi6HWGK10Zb0RLZ5TR9⟧"
    ],
    "clean": [
      "npm_config_registry=https://registry.npmjs.org/",
      "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "huggingface-token": {
    "secrets": [
      "HF_TOKEN=⟦hf_SPofbciOx9gy1CJdObOIRpFqaDZeV7G5If⟧"
    ],
    "clean": [
      "hf_hub_download(repo_id=\"gpt2\")",
      "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "sourcegraph-token": {
    "secrets": [
      "SRC_ACCESS_TOKEN=⟦sgp_2f828767efc2f91624a8940f1f836f99eee3692f⟧",
      "⟦sgp_09e2e8c662248b48_2f828767efc2f91624a8940f1f836f99eee3692f⟧"
    ],
    "clean": [
      "sgp_local_",
      "sgp_0000000000000000000000000000000000000000"
    ]
  },
  "1password-secret-key": {
    "secrets": [
      "secret key: ⟦A3-EC498U-K1GEQFNG052-LOI03-P8HSS-RRXQQ⟧"
    ],
    "clean": [
      "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
      "paper size A3-landscape"
    ]
  },
  "1password-service-account-token": {
    "secrets": [
      "OP_SERVICE_ACCOUNT_TOKEN=⟦ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjEyMyJ9fQ⟧"
    ],
    "clean": [
      "ops_eyJ"
    ]
  },
  "age-secret-key": {
    "secrets": [
      "# secret: ⟦AGE-SECRET-KEY-18HWLLEP2QLUENF6KC584Q54E8VQJSHYECYHM3R3XRJF03M5VHMPED9R6UG⟧"
    ],
    "clean": [
      "AGE-SECRET-KEY-1 is how age secret keys start",
      "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p is a public recipient"
    ]
  },
  "discord-bot-token": {
    "secrets": [
      "client.login(\"⟦MP3sFd67JikEAvstqVVPqzPptE.YpvujA.-C5Q52ryFlwRlOEVHzc0X0AWIRh⟧\")"
    ],
    "clean": [
      "Module.Export.Something"
    ]
  },
  "thingsboard-access-token": {
    "secrets": [
      "curl -v -X POST http://tb.internal:8080/api/v1/⟦Qm7tZ2pK9wL4xR8vN3bH⟧/telemetry --header Content-Type:application/json",
      "coap-client -m post coap://tb.example.org/api/v1/⟦k3xq9v2m7p4r8t1w6y5z⟧/attributes -t json"
    ],
    "clean": [
      "POST /api/v1/$ACCESS_TOKEN/telemetry",
      "GET https://api.example.com/api/v1/devicesandsensors/telemetry",
      "https://tb.example.org/api/v1/Qm7tZ2pK9wL4xR8vN3bH/telemetrydata"
    ]
  },
  "subsonic-auth": {
    "secrets": [
      "curl 'https://music.example.com/rest/ping.view?u=joe&p=⟦Tq7-lorn-88x⟧&v=1.16.1&c=myapp&f=json'",
      "GET /rest/getAlbumList2?u=joe&p=⟦enc:5471372d6c6f726e⟧&v=1.12.0&c=myapp&type=newest",
      "stream = \"https://music.example.com/rest/stream?u=joe&t=⟦26719a1196d2a940705a59634eb18eab⟧&s=c19b2d&v=1.16.1&c=myapp&id=tr-300\""
    ],
    "clean": [
      "https://music.example.com/rest/getCoverArt.view?u=joe&v=1.16.1&c=myapp&id=al-42&size=300",
      "https://music.example.com/rest/ping.view?u=joe&p=${SUBSONIC_PASSWORD}&v=1.16.1&c=myapp",
      "https://jira.example.com/rest/search?jql=project%3DOPS&p=2&t=summary"
    ]
  },
  "telegram-bot-url": {
    "secrets": [
      "curl https://api.telegram.org/bot⟦123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11⟧/getMe",
      "url = f'https://api.telegram.org/file/bot⟦4175632305:AAC6mcGhvvQGqJdbaP7TbGd19-eGhNJ8Is_⟧/photos/file_0.jpg'"
    ],
    "clean": [
      "curl https://api.telegram.org/bot<token>/getMe",
      "url = f'https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id={chat_id}'",
      "https://api.telegram.org/bot123456:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/getMe"
    ]
  },
  "mattermost-webhook": {
    "secrets": [
      "curl -i -X POST -d '{\"text\": \"deployed\"}' https://chat.acme.io/hooks/⟦9uhqjpep3aielj24rg0zy2p2gu⟧",
      "POST /hooks/⟦u2x8rkfugj8zbqby9pw3huqnyc⟧ HTTP/1.1"
    ],
    "clean": [
      "https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx",
      "GET https://chat.acme.io/hooks/incomingwebhookhandlers/list",
      "https://chat.acme.io/hooks/9uhqjpep3aielj24rg0zy2p2gu/edit"
    ]
  },
  "rocketchat-webhook": {
    "secrets": [
      "https://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/⟦BW066EVnTClyqETRJqCJkrdNdK4mLMxiDxl7szc3U3rpdstq⟧"
    ],
    "clean": [
      "https://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "https://chat.acme.io/hooks/IntegrationIdHere/TheTokenTheIntegrationPageShowsYouHereWhenSaved"
    ]
  },
  "pagerduty-integration-url": {
    "secrets": [
      "Endpoint: https://events.pagerduty.com/integration/⟦a07b544e270d076849e801ce961dedaf⟧/enqueue"
    ],
    "clean": [
      "Endpoint: https://events.pagerduty.com/integration/<integration_key>/enqueue",
      "https://events.pagerduty.com/integration/00000000000000000000000000000000/enqueue"
    ]
  },
  "netlify-build-hook": {
    "secrets": [
      "curl -X POST -d {} https://api.netlify.com/build_hooks/⟦5f3a9c1e7b2d4a6f8e0c1b3d⟧"
    ],
    "clean": [
      "curl -X POST -d {} https://api.netlify.com/build_hooks/{BUILD_HOOK_ID}",
      "curl -X POST https://api.netlify.com/build_hooks/000000000000000000000000"
    ]
  },
  "oci-pre-authenticated-request": {
    "secrets": [
      "curl -O https://objectstorage.us-ashburn-1.oraclecloud.com/p/⟦pCduWTR5JeD3AeZgSk5hDFw6kZE362q9VCNLhhqldrD6-ARxnxhFwcgzk8CwLNAB⟧/n/acmens/b/backups/o/db.dump",
      "https://acmens.objectstorage.eu-frankfurt-1.oci.customer-oci.com/p/⟦Xk2pL9vQ7Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧/n/acmens/b/site/o/"
    ],
    "clean": [
      "https://objectstorage.us-ashburn-1.oraclecloud.com/n/acmens/b/backups/o/db.dump",
      "https://objectstorage.us-ashburn-1.oraclecloud.com/p/<par_token>/n/acmens/b/backups/o/db.dump"
    ]
  },
  "victorops-rest-endpoint": {
    "secrets": [
      "https://alert.victorops.com/integrations/generic/20131114/alert/⟦f9374627-d032-454c-ad72-bbac6c39f047⟧/database"
    ],
    "clean": [
      "https://alert.victorops.com/integrations/generic/20131114/alert/$API_KEY/$ROUTING_KEY",
      "https://alert.victorops.com/integrations/generic/20131114/alert/00000000-0000-0000-0000-000000000000/db"
    ]
  },
  "webex-incoming-webhook": {
    "secrets": [
      "WEBEX_HOOK=https://webexapis.com/v1/webhooks/incoming/⟦Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZmJhNmI5NGEtMDQ0NC00MTlkLWIxZGUtZDFlYzc5YzE4ZTFm⟧"
    ],
    "clean": [
      "GET https://webexapis.com/v1/webhooks?max=100",
      "https://webexapis.com/v1/webhooks/incoming/<your-webhook-id>"
    ]
  },
  "azure-functions-key": {
    "secrets": [
      "curl \"https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=⟦W3mPsZe3B54pzKhVrC8DV67hOgOEcujQTV9-qJQ8whbN8bFAVw-5jE==⟧&name=Ada\"",
      "https://acme-fn.azurewebsites.net/api/orders/list?name=Ada&code=⟦aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0aB3dE6gH9jK2mN5pQ8sT1vW4%3D%3D⟧"
    ],
    "clean": [
      "curl \"https://acme-fn.azurewebsites.net/api/HttpTrigger1?name=Ada&code=<API_KEY>\"",
      "https://acme-fn.azurewebsites.net/api/HttpTrigger1?name=Ada"
    ]
  },
  "openweather-appid": {
    "secrets": [
      "fetch(`https://api.openweathermap.org/data/2.5/weather?q=London&appid=⟦a07b544e270d076849e801ce961dedaf⟧`)"
    ],
    "clean": [
      "https://api.openweathermap.org/data/2.5/weather?q=London&appid={API key}",
      "https://api.openweathermap.org/data/2.5/weather?id=2172797&units=metric"
    ]
  },
  "discord-webhook": {
    "secrets": [
      "⟦https://discord.com/api/webhooks/1092815901396/afy8hWskBf6wmxe1mbVrNHMx1eOc3g_fp1Z5ibXt80nk8Btb2abplBpq8cJF5xgU⟧"
    ],
    "clean": [
      "https://discord.com/api/webhooks/{id}/{token}"
    ]
  },
  "shopify-token": {
    "secrets": [
      "⟦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⟧"
    ],
    "clean": [
      "shpat_00000000000000000000000000000000"
    ]
  },
  "mailchimp-key": {
    "secrets": [
      "MAILCHIMP_KEY=⟦6e7577496a2c8773e130f7eb19731662-us30⟧"
    ],
    "clean": [
      "the region is us-east-1",
      "Accept-Language: en-US,en;q=0.9",
      "cache/d41d8cd98f00b204e9800998ecf8427e-user.json",
      "MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6"
    ]
  },
  "mailgun-key": {
    "secrets": [
      "api: ⟦key-6e7577496a2c8773e130f7eb19731662⟧"
    ],
    "clean": [
      "key-value store",
      "key-00000000000000000000000000000000"
    ]
  },
  "linear-key": {
    "secrets": [
      "⟦lin_api_1F6gcqInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlz⟧"
    ],
    "clean": [
      "lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "pypi-token": {
    "secrets": [
      "password = ⟦pypi-AgEIcHlwaS5vcmcpThGJWZhbj11THnCMZCY7Bvqiy8CsT07Lq8TDIWG2x9aJTFMP9_2kUtMXhkPrSbbAjLGms⟧"
    ],
    "clean": [
      "pypi-AgEIcHlwaS5vcmc"
    ]
  },
  "databricks-token": {
    "secrets": [
      "⟦dapi6e7577496a2c8773e130f7eb19731662⟧"
    ],
    "clean": [
      "dapi is a prefix"
    ]
  },
  "digitalocean-token": {
    "secrets": [
      "⟦dop_v1_75eb46c5296f62e338d74ff1fe4f7f505aef9ebdd25b001a3ff416d4a3baf69d⟧"
    ],
    "clean": [
      "dop_v1_0000000000000000000000000000000000000000000000000000000000000000"
    ]
  },
  "doppler-token": {
    "secrets": [
      "⟦dp.pt.1F6gcqInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlzp8c⟧",
      "DOPPLER_TOKEN=⟦dp.st.prd.Qm7tZ2pK9wL4xR8vN3bH6cJ1dF5gS0aEy7Uq2WnXk4⟧"
    ],
    "clean": [
      "dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "dp.st.Prod.Qm7tZ2pK9wL4xR8vN3bH6cJ1dF5gS0aEy7Uq2WnXk4"
    ]
  },
  "hashicorp-vault-token": {
    "secrets": [
      "VAULT_TOKEN=⟦hvs.vBqJd0ssw0FzvGr3GwnPFYhv⟧"
    ],
    "clean": [
      "hvs.xxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "terraform-cloud-token": {
    "secrets": [
      "token = \"⟦mutifcz9z8dztg.atlasv1.afy8hWskBf6wmxe1mbVrNHMx1eOc3g_fp1Z5ibXt80nk8Btb2abplBpq8cJF5xgU⟧\""
    ],
    "clean": [
      "example.atlasv1.docs"
    ]
  },
  "grafana-token": {
    "secrets": [
      "⟦glsa_1F6gcqInkTY88mHwg2KDInTEGbOY1xHv_6e757749⟧",
      "⟦glc_eyJvIjoiMTIzNDU2IiwibiI6ImZseXdoZWVsIiwiayI6InA4Y3NodHdQa2hkTTk5NkcifQ==⟧"
    ],
    "clean": [
      "glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "newrelic-key": {
    "secrets": [
      "⟦NRAK-7JCDX1N8VLJ0FQLV0K2ZRD3QXG3⟧",
      "admin_key: ⟦NRAA-93c1f0a7be24d86e15fa0c7b32d⟧",
      "X-Query-Key: ⟦NRIQ-i5dNc2gAfCyWVwlRMwWyh88LLQnIhIuR⟧",
      "rest key ⟦NRRA-8c1689b19313358b53e591651be3883773a1a67e37⟧"
    ],
    "clean": [
      "NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXX",
      "NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "postman-key": {
    "secrets": [
      "⟦PMAK-7ccc7e90a88d519448fb2fc6-791ce680ce2b27c8af6666259bbc471fb3⟧"
    ],
    "clean": [
      "PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "planetscale-token": {
    "secrets": [
      "⟦pscale_pw_1F6gcqInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlz⟧"
    ],
    "clean": [
      "pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "pulumi-token": {
    "secrets": [
      "⟦pul-b5e803b61ba4168160adb59261ff2d3c425c8d99⟧"
    ],
    "clean": [
      "pul-0000000000000000000000000000000000000000"
    ]
  },
  "rubygems-key": {
    "secrets": [
      "⟦rubygems_b5e803b61ba4168160adb59261ff2d3c425c8d99b5e803b6⟧"
    ],
    "clean": [
      "rubygems_api_key: ENV"
    ]
  },
  "square-token": {
    "secrets": [
      "⟦sq0csp-1F6gcqInkTY88mHwg2KDInTEGbOY1xHvAV8DnRlz⟧"
    ],
    "clean": [
      "sq0csp-xxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "password-hash": {
    "secrets": [
      "root:$⟦6$r7Kd2mQpLx$n1HN.ANhAIY/G3PS9XfZDL6Ogot52l64LEVu4TR893EF2leS1G.sHskkqNietKazZ9.qi48KQVOcEmxWuGnsF.⟧:19700:0:99999:7:::",
      "admin:$⟦apr1$Vb8nT1wE$KaQuAcK/S2w5FPJshX.uF1⟧",
      "'password' => '$⟦2b$12$himaHSHg7BHVg1CVLFZi3.ZRygV7s52HyXtdJkSb/WpSbTQVNd5Ia⟧',",
      "hash = \"$⟦1$Zq3xLm9P$iT2Br/tJBztcyagTgbAia/⟧\"",
      "password_hash: $⟦5$rounds=10000$r7Kd2mQpLx$t830nNv3jfwrqq1X0nAmG.sdFdtrnSKryOkgt2A4LvA⟧",
      "app:$⟦y$j9T$F5Jx5fExrKuPp53xLKQ..1$AjcmFJjJ61ORJ2kYjAju5gNPiEyhL9.EO0c8aK2dPr7⟧:19000::::::",
      "username admin secret 8 $⟦8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs⟧",
      "PASSWORD_HASH='$⟦argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Gx2X9Qq8lW3vJtR5m1zKpA7cYhN0dE4sUfB6oLiTjMw⟧'"
    ],
    "clean": [
      "echo \"$1$2$3\"",
      "$salt = '$2y$10$' . bin2hex(random_bytes(11));",
      "# a SHA-512 hash starts with $6$ (see crypt(5))",
      "s/(\\w+) (\\w+)/$2$1/",
      "hash: $6$rounds=5000$saltsalt$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "localized-password": {
    "secrets": [
      "パスワード：⟦Abc12345⟧",
      "ユーザー名：admin　パスワード：⟦Hk7#pq2z⟧ (初期値)",
      "データベースのパスワード: ⟦sakura2024⟧",
      "管理者비밀번호=⟦qwer1234!⟧",
      "암호: ⟦Tiger77x⟧",
      "数据库密码：⟦abc123456⟧，请妥善保管",
      "口令: ⟦Sunflower9⟧",
      "{\"用户名\": \"admin\", \"密碼\": \"⟦Pa55-word⟧\"}",
      "Пароль: ⟦qwerty123⟧",
      "db_пароль = \"⟦zima2024⟧\"",
      "hasło=⟦Lato2024!⟧",
      "Şifre: ⟦ankara06⟧",
      "ŞİFRE=⟦Kx8pQ2mz⟧",
      "Şİfre: ⟦ankara06⟧",
      "KULLANICI ADI: admin ŞİFRE: ⟦Trabzon61⟧",
      "DB_ŞİFRE = \"⟦zima2024⟧\"",
      "ŞIFRE: ⟦Kx8pQ2mz⟧",
      "mot de passe : ⟦soleil75⟧",
      "Password：⟦Winter24⟧",
      "Passwort ： ⟦Sommer2024⟧"
    ],
    "clean": [
      "パスワード：********",
      "パスワード: 8文字以上",
      "密码：<password>",
      "Пароль: см. ниже",
      "Passwort: siehe unten",
      "암호화: AES-256",
      "密码学: RSA2048",
      "パスワードポリシー: strict",
      "la parola: ciao",
      "口令：${DB_PASSWORD}",
      "hasło: {{ password }}",
      "ŞİFRE: ********",
      "ŞİFRELEME: AES-256",
      "ŞİFRE: <şifre>"
    ]
  },
  "localized-password-turkish": {
    "secrets": [
      "S\u0327I\u0307FRE=⟦Kx8pQ2mz⟧",
      "s\u0327ifre: ⟦ankara06⟧",
      "kullanıcı adı: admin şi\u0307fre: ⟦Trabzon61⟧",
      "PAROLA: ⟦Kx8pQ2mz⟧",
      "KULLANICI ADI: admin PAROLA=⟦Trabzon61⟧",
      "DB_PAROLA = \"⟦zima2024⟧\""
    ],
    "clean": [
      "S\u0327I\u0307FRE: ********",
      "şi\u0307freleme: AES-256",
      "PAROLA CHIAVE: python",
      "PAROLA D'ORDINE",
      "Parola: ciao",
      "PAROLA: ${DB_PASSWORD}"
    ]
  },
  "scheme-password-hash": {
    "secrets": [
      "olcRootPW: {SSHA}⟦W6ph5Mm5Pz8GgiULbPgzG37mj9gWq2R⟧",
      "userPassword: {SHA}⟦qUqP5cyxm6YcTAhz05Hph5gvu9M=⟧",
      "userpassword: {smd5}⟦aGVsbG8td29ybGQtc2FsdHk0⟧",
      "olcRootPW: {CRYPT}⟦aB3dE6gH9jK2x⟧"
    ],
    "clean": [
      "olcPasswordHash: {SSHA}",
      "password-hash {SSHA512} {SSHA}",
      "userPassword: {CLEARTEXT}",
      "# slappasswd -h {SSHA} prints {SSHA} and the digest's base64"
    ]
  },
  "telegram-bot-token": {
    "secrets": [
      "bot = Bot(\"⟦214877400:AAbhbkXNNv_hOV48vsoUu19X5IQLJhQbtN2⟧\")",
      "TELEGRAM_TOKEN=⟦987654321:AAGm4Tq9XvB2LrZ7kWc1NpD8sYh3JfE6uQ⟧"
    ],
    "clean": [
      "12345678:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "atlassian-token": {
    "secrets": [
      "JIRA_TOKEN=⟦ATATT3x_nO69othB9KpGzU3HEEmXL1uhLsc4-Rr4aKxU3f0BJxrxDwzkl=JwAryNzbi0hSQK=lb09rIFxUeuVaT5jpTFPWhLn=5drcFlCxvnNGdcmyHc7E4nSmwfIp7=-JoppZrDDs7YvcX1eYgURZEQ3PZgPsTF2bUnxiP3z-cCr1Y6ffeIIemGpb3⟧"
    ],
    "clean": [
      "ATATT3 tokens"
    ]
  },
  "docker-hub-token": {
    "secrets": [
      "⟦dckr_pat_V7ktOdSJcmeA_BHJ2m5qGeRzxWk⟧"
    ],
    "clean": [
      "dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "alibaba-access-key": {
    "secrets": [
      "⟦LTAIp8cshtwPkhdM996G5rf⟧"
    ],
    "clean": [
      "LTAIxxxxxxxxxxxxxxxxxxxx"
    ]
  },
  "supabase-token": {
    "secrets": [
      "⟦sbp_b5e803b61ba4168160adb59261ff2d3c425c8d99⟧",
      "SUPABASE_SECRET_KEY=⟦sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz⟧"
    ],
    "clean": [
      "sbp_0000000000000000000000000000000000000000"
    ]
  },
  "heroku-key": {
    "secrets": [
      "⟦HRKU-AAb5e803b61ba4168160adb59261ff2d3c425c8d99b5e803b61ba4168160⟧"
    ],
    "clean": [
      "HRKU-"
    ]
  },
  "notion-token": {
    "secrets": [
      "⟦ntn_21487740012Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10Ft⟧"
    ],
    "clean": [
      "secret_key_base is a Rails setting"
    ]
  },
  "flyio-token": {
    "secrets": [
      "⟦fo1_Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH⟧"
    ],
    "clean": [
      "fo1_"
    ]
  },
  "azure-ad-client-secret": {
    "secrets": [
      "client_secret=⟦abc8Q~p8cshtwPkhdM996G5rfDLI7jChGi4s6⟧"
    ],
    "clean": [
      "abc8Q~"
    ]
  },
  "azure-storage-key": {
    "secrets": [
      "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=⟦gWrdioyq+KvCiSGuPJ6sG9AHEOVezxZuJPWvHogU5nGYVHWVsUQk4DwgLGNOaeCtL31Ugq+DfcgaTMnTC0MrAU==⟧"
    ],
    "clean": [
      "AccountKey=<key>"
    ]
  },
  "azure-sas-token": {
    "secrets": [
      "https://a.blob.core.windows.net/c?⟦sv=2022-11-02&sig=fePpX6N1NF2XV54wca%2B7E56w8ZniqT3Ul4ffqkOk%3D⟧",
      "https://a.blob.core.windows.net/c/b.txt?⟦sp=r&st=2025-03-04T07:24:52Z&se=2025-04-04T15:24:52Z&spr=https&sv=2022-11-02&sr=b&sig=WSdF9YeZhvrbs%2B%2B1f8ZdDBzEe7fBJ%2BenuaXQ%2BJ9WOw0%3D⟧&comp=list",
      "SAS_TOKEN=⟦sp=rcwl&st=2025-03-10T06:58:25Z&sig=c%2BUXo%2FJwf%2FGHomqYaw6tyRykKMaAnyikkf8nS7btD3DYg%3D&sv=2022-11-02⟧ # read"
    ],
    "clean": [
      "?sig=short",
      "?sv=2022-11-02&sig=${SAS_SIGNATURE}&sp=r"
    ]
  },
  "jwt": {
    "secrets": [
      "Authorization: Bearer ⟦eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH⟧",
      "token=⟦eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.⟧",
      "jws: '⟦eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.ZGV0YWNoZWQgb2N0ZXRz.Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH⟧'"
    ],
    "clean": [
      "eyJ is base64 for {\"",
      "eyJabcdefgh.eyJ",
      "eyJmb28iOiJiYXIifQ.ZGV0YWNoZWQgb2N0ZXRz.c2lnbmF0dXJl",
      "eyJhbGciOiJIUzI1NiJ9.ZGV0YWNoZWQ.c2ln"
    ]
  },
  "secret-assignment": {
    "secrets": [
      "MAPBOX_ACCESS_TOKEN: \u27e6tk.eyJ1IjoibWFwcGVyIiwiYSI6ImNrM2RmOQ.Yq3Lm8TxZ1vB6nR2kP0wJg\u27e7",
      "export SESSION_SECRET=\u27e6v1.k9Tq2LmZxR7wYb4NcV8sPd3Hf6Jg.Xe5Ua1Qo\u27e7",
      "password ||= \"\u27e6Pl4nk-wood\u27e7\"",
      "token ??= \"\u27e6r8Kd2mQz7Lw1XvB3\u27e7\";",
      "apiKey: process.env.API_KEY || \"\u27e6r8Kd2mQz7Lw1XvB3\u27e7\",",
      "token = ENV[\"TOKEN\"] ?? \"\u27e6r8Kd2mQz7Lw1XvB3\u27e7\"",
      "password = os.getenv(\"DB_PASSWORD\") or \"\u27e6Pl4nk-wood\u27e7\"",
      "char password[32] = \"\u27e6Pl4nk-wood\u27e7\";",
      "Dim password As String = \"\u27e6Pl4nk-wood\u27e7\"",
      "db_key = \"\u27e6Pl4nk-wood\u27e7\"",
      "client_key: \"\u27e6Pl4nk-wood\u27e7\"",
      "const password = `\u27e6Pl4nk-wood\u27e7`;",
      "contraseña = \"\u27e6Pl4nk-wood\u27e7\"",
      "senha: \"\u27e6Pl4nk-wood\u27e7\"",
      "mot_de_passe = '\u27e6Pl4nk-wood\u27e7'",
      "WACHTWOORD=\u27e6Pl4nk-wood\u27e7",
      "lösenord: \u27e6Pl4nk-wood\u27e7",
      "db_passwords: \"\u27e6Pl4nk-wood\u27e7\"",
      "LICENSE_KEY=\u27e63f2a9c1e-7b4d-4e8a-9c2f-1d5b6a7e8f90\u27e7",
      "static_password04, db_token := \"\u27e6Pl4nk-wood\u27e7\", \"\u27e6r8Kd2mQz7Lw1\u27e7\"",
      "user, password = \"admin\", \"\u27e6Pl4nk-wood\u27e7\"",
      "var password string = \"\u27e6Pl4nk-wood\u27e7\"",
      "$config['db_password'] = '\u27e6Pl4nk-wood\u27e7';",
      "os.environ[\"API_TOKEN\"] = \"\u27e6r8Kd2mQz7Lw1XvB3\u27e7\"",
      "if password == f\"\u27e6Pl4nk-wood\u27e7\":",
      "login_secret = b\"\u27e6Zx9Qm2Lp8Rt4Vw6Yb1Qe\u27e7\"",
      "password = \"⟦hunter2!x⟧\"",
      "var db_password2 = \"⟦Pl4nk-wood⟧\"",
      "STATIC_TOKEN_01=⟦r8Kd2mQz7Lw1Xv⟧",
      "ENV REGISTRY_TOKEN ⟦r8Kd2mQz7Lw1XvB3nT6y⟧",
      "ENV REGISTRY_TOKEN=\"⟦r8Kd2mQz7Lw1XvB3nT6y⟧\"",
      "api_key = \"{{ stage }}-⟦a8Fk2Lq9Zt3Xw7Pv1Rm6⟧\"",
      "secret: \"⟦m{{h}o)p${e]nob(ody[finds>-_$#thisone}}⟧\"",
      "auth: ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧",
      "DB_PASSWORD_PROD=⟦s3cr3tPass⟧",
      "password_super_secure = \"⟦Tr0ub4dor&3⟧\"",
      "cloudant_pw = \"⟦a8f5f167f44f4964e6c998dee827110c⟧\"",
      "SONAR_LOGIN=⟦b5e803b61ba4168160adb59261ff2d3c425c8d99⟧",
      "pw: ⟦correcthorsebattery⟧",
      "api-key: ⟦Zx9Qm2Lp8Rt4Vw6⟧",
      "curl -H \"x-api-key: ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧\" https://api.example.com",
      "aws --x-api-key ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧ s3 ls",
      "if (api_key == \"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧\") {",
      "<property name=\"password\" value=\"⟦hunter2!x⟧\"/>",
      "<add key=\"ApiKey\" value=\"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧\" />",
      "<password>⟦hunter2!x⟧</password>",
      "DB_PASS ?= ⟦hunter2!x⟧",
      "SECRET_KEY ::= ⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧",
      "Server=db;User Id=sa;Password=⟦P@ssw0rd123⟧;",
      "\"client_secret\": \"⟦b5e803b61ba4168160adb59261ff2d3c425c8d99⟧\"",
      "TWILIO_AUTH_TOKEN=⟦6e7577496a2c8773e130f7eb19731662⟧",
      "AZURE_OPENAI_KEY = \"⟦6e7577496a2c8773e130f7eb19731662⟧\"",
      "Authorization: ⟦Zx9Qm2Lp8Rt4Vw6Yb1Kd7⟧",
      "Api-Token ⟦Zx9Qm2Lp8Rt4Vw6Yb1Kd7⟧",
      "export GITHUB_TOKEN=⟦9f86d081884c7d659a2feaa0c55ad015a3bf4f1b⟧",
      "aws_secret_access_key = ⟦wJalrXUtnFEMI/K7MDENG/bPxRfiCYz0a8kP3pLq⟧"
    ],
    "clean": [
      "token = config.credentials.defaultAccessTokenProvider",
      "api_key = settings.integrations.thirdPartyServiceKeyName.value",
      // A SAS query without its signature: the other parameters are its public terms.
      "SAS_TOKEN=sp=r&se=2030-01-01T00:00:00Z&sv=2022-11-02&sr=b",
      "sasToken: \"?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z\"",
      "@token ||= generate_token",
      "const password = input.value || \"\";",
      "secret = a || b",
      "password = getPassword() or \"Enter password\"",
      "PASSWORD=`hostname`",
      "PASSWORD=`cat /run/secrets/db`",
      "const password = `${prefix}Pl4nk`;",
      "tokens[0] = \"(\";",
      "let accountKey = Buffer.from(\"accountKey\", \"base64\");",
      "Dim passwordLength As Integer = 12",
      "const senhaLength = 12;",
      "let passenger = \"Bob Smith\";",
      "contraseñaNueva = input.value",
      "cache_key = \"3f2a9c1e-7b4d-4e8a-9c2f-1d5b6a7e8f90\"",
      "idempotencyKey: 3f2a9c1e-7b4d-4e8a-9c2f-1d5b6a7e8f90",
      "host, port = \"localhost\", \"5432\"",
      "user, password = \"admin\", \"{password}\"",
      "var password string",
      "greeting_password = f\"prefix_{user.name}\"",
      "data = {\"login\": login, \"password\": new_password, \"previousPassword\": old}",
      "headers[\"Authorization\"] = token",
      "passwordForPassenger: \"ok2\"",
      "secretSecretary = \"Jane Doe\"",
      "tokenizer_path: models/tok.json",
      "webhookApiSecret: ZENDESK_WEBHOOK_API_SECRET",
      "DB_PASSWORD=DB_PASSWORD",
      "format_password = \"prefix_{}\".format(user_id)",
      "login_password = \"{0}-{1}\".format(a, b)",
      "deploy_password: $$DEPLOY_PASSWORD",
      "ENV REGISTRY_TOKEN $REGISTRY_TOKEN",
      "ENV REGISTRY_TOKEN {{ registry_token }}",
      "auth: accountkey==",
      "signature = \"SignatureSignature\"",
      "login, admin",
      "GITHUB_API_KEY=\nDYNATRACE_API_KEY=",
      "password:\n  connectTimeout: 3000",
      "AZURE_BLOB_QUERY=comp=list",
      "password: string;",
      "const token = getToken();",
      "token = req.headers.authorization",
      "password = os.environ[\"DB_PASSWORD\"]",
      "api_key: ${API_KEY}",
      "password: \"{{ vault_db_password }}\"",
      "TOKEN=$(vault read -field=token secret/ci)",
      "PASS=`etcdctl get /pass`",
      "api_key = \"<your-api-key>\"",
      "passwordLength = 12",
      "token_type: bearer",
      "key: value",
      "secretName: db-credentials",
      "if (password == null) return;",
      "keyboard = layout",
      "auth: true",
      "public_key = \"ssh-ed25519\""
    ]
  },
  "compared-literal": {
    "secrets": [
      "if (password.equals(\"\u27e6Pl4nk-wood\u27e7\")) {",
      "if (\"\u27e6Pl4nk-wood\u27e7\".equalsIgnoreCase(cfg.apiKey))",
      "if \"⟦hunter2x⟧\" == password:",
      "if (\"⟦s3cretPw⟧\" !== this.apiToken) {",
      "if \"{}\".format(\"⟦Zx81mesa⟧\") != DB_PASSWORD:",
      "if (password.Equals(\"⟦hgfedcba⟧\"))"
    ],
    "clean": [
      "if (name.equals(\"password\"))",
      "if (user.getPassword().equals(input))",
      "type.equals(\"token\")",
      "if (\"password\" == field.type)",
      "if (\"bearer\" === token_type)",
      "if ('' != password)",
      "assert \"Forgot password?\" != password_label",
      "if (\"s3cretPw\" == username)",
      "if (\"${TOKEN}\" != token)",
      "if (name.Equals(\"password\"))"
    ]
  },
  "secret-name-value": {
    "secrets": [
      "env:\n  - name: DB_PASSWORD\n    value: \"\u27e6Pl4nk-wood!\u27e7\"",
      "    - key: smtp_password\n      value: \u27e6Tq8vine31x\u27e7\n      info: metadata",
      "{\"name\": \"API_TOKEN\", \"value\": \"\u27e6r8Kd2mQz7Lw1XvB3\u27e7\"}",
      "  - ParameterKey: DBPassword\n    ParameterValue: \u27e6Tq8vine31x\u27e7",
      // HAR 1.2 headers and ECS environments pretty-printed, one member a line; a credential header's name.
      '"headers": [\n  {\n    "name": "X-Vault-Token",\n    "value": "⟦hvs.CAESIJ3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc⟧"\n  }\n]',
      '{\n  "name": "DB_PASSWORD",\n  "value": "⟦Tq8vine31x⟧"\n}',
      '{"name": "x-api-key", "value": "⟦abc123def456⟧"}',
      // RFC 9110 §11.6.2: a scheme and its credential, or a bare credential; a weak name's random value (DD-APPLICATION-KEY).
      '{"name": "Authorization",\n "value": "Bearer ⟦letmein42⟧"}',
      '{"name": "Proxy-Authorization", "value": "⟦Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8⟧"}',
      '{"name": "DD-APPLICATION-KEY", "value": "⟦9f61c0d3c5b7a9e122c9a1e3f7b4d4e8a9f610d3⟧"}'
    ],
    "clean": [
      "env:\n  - name: LOG_LEVEL\n    value: debug",
      '{"name": "Authorization", "value": "Bearer"}',
      '{"name": "Authorization",\n "value": "Bearer <token>"}',
      '{"name": "Authorization", "value": "Bearer {{token}}"}',
      '{"name": "X-Api-Key",\n  "value": "${API_KEY}"}',
      '{"name": "DD-APPLICATION-KEY", "value": "datadog-app"}',
      '{"name": "X-Request-Id",\n  "value": "2c9a1e3f-7b4d-4e8a-9f61-0d3c5b7a9e12"}',
      // Code in the value's place: a bare value after a quoted member, or after a quoted name and a comma.
      '{"name": "x-api-key", "value": process.env.API_KEY}',
      "page.setExtraHTTPHeaders([{ name: 'x-api-key', value: process.env.API_KEY }]);",
      "pm.request.headers.add({ key: 'x-api-key', value: apiKey });",
      "headers.push({ name: 'Authorization', value: 'Bearer ' + token });",
      // Auth-params are no one credential (RFC 9110 §11.4; Digest's response is a hash).
      '{"name": "Authorization", "value": "Digest username=\\"u\\", realm=\\"r\\", response=\\"6629fae49393a05397450978507c4ef1\\""}',
      "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db",
      "- name: DB_PASSWORD\n  value: !Ref DbPassword",
      "- name: API_TOKEN\n  value: ${API_TOKEN}",
      "{\"name\": \"password_length\", \"value\": \"16\"}",
      // A line opening a YAML list item starts the next record: a secretKeyRef's `key: password` names no next item's value.
      "env:\n  - name: DB_USER\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n  - value: Tq8vine31x\n    name: MODE",
      "  - name: DB_PASSWORD\n  - value: Tq8vine31x"
    ]
  },
  "secret-sibling-name": {
    "secrets": [
      // The value's field first (Kubernetes EnvVar in YAML and JSON, ECS environment, Azure appSettings, HAR, Postman).
      'env:\n  - value: "⟦swordfish⟧"\n    name: DB_PASSWORD\n',
      '"environment": [\n  {\n    "value": "⟦Tq8vine31x⟧",\n    "name": "API_TOKEN"\n  }\n]',
      '{"value": "⟦swordfish⟧", "key": "clientSecret", "type": "secret"}',
      // Other fields between (Postman's environment `values`, HAR cookies), and CloudFormation's parameter file.
      '{\n\t"key": "GITHUB_TOKEN",\n\t"type": "secret",\n\t"value": "⟦swordfish⟧"\n}',
      '[\n  {\n    "ParameterValue": "⟦Tq8vine31x⟧",\n    "ParameterKey": "DBPassword"\n  }\n]',
      // The Terraform helm provider's `set`/`set_sensitive` blocks (HCL's `=`), in either order.
      'set {\n  name  = "auth.postgresPassword"\n  value = "⟦swordfish⟧"\n}',
      'set_sensitive {\n  value = "⟦swordfish⟧"\n  name  = "auth.password"\n}',
      '  set = [{ name = "DB_PASSWORD", value = "⟦swordfish⟧" }]',
      // The AWS CLI's shorthand syntax; Go's url.Values and http.Header literals.
      'aws cloudformation deploy --parameter-overrides ParameterKey=DbPassword,ParameterValue=⟦swordfish⟧',
      'aws ec2 create-tags --resources i-1 --tags Key=api_token,Value=⟦swordfish⟧',
      'form := url.Values{\n\t"user":     {"alice"},\n\t"password": {"⟦swordfish⟧"},\n}',
      'req.Header = http.Header{"X-Auth-Token": {"⟦swordfish⟧"}}',
      '{"value": "Bearer ⟦letmein42⟧", "name": "Authorization"}',
      // Header pairs where the API documents a list of them: WSGI's start_response, the Fetch Standard's Headers.
      "start_response('200 OK', [('Content-Type', 'text/plain'), ('X-Auth-Token', '⟦swordfish⟧')])",
      'const h = new Headers([["Accept", "application/json"], ["Authorization", "Bearer ⟦letmein42⟧"]]);'
    ],
    "clean": [
      // A name that is no credential; a reference or stand-in in the value's place (valueFrom has no value field).
      'env:\n  - value: "debug"\n    name: LOG_LEVEL\n',
      'env:\n  - value: "{{ .Values.db.password }}"\n    name: DB_PASSWORD\n',
      '{"value": "${DB_PASSWORD}", "name": "DB_PASSWORD"}',
      '{"value": "<your-password>", "name": "DB_PASSWORD"}',
      '{"value": "{{token}}", "key": "token"}',
      'set {\n  value = "$(DB_PASSWORD)"\n  name  = "auth.password"\n}',
      '{"value": "/run/secrets/db_password", "name": "PASSWORD_FILE"}',
      // Another record's name: a list item, or a brace, ends the record.
      '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password\n  description: x\n- value: swordfish\n  name: LOG_LEVEL',
      'env:\n  - name: DB_PASSWORD\n    value: "{{- .Values.apiKey | default "" | quote -}}"',
      '[{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:1:parameter/db"}, {"value": "swordfish", "name": "USER"}]',
      // A name at another column is another mapping's; code properties and bare HCL expressions are no string.
      'db:\n  value: swordfish\nmeta:\n    name: password',
      'input.name = "password";\ninput.value = "swordfish";',
      'set {\n  name  = "auth.password"\n  value = var.db_password\n}',
      'aws ec2 create-tags --resources i-1 --tags Key=Environment,Value=production',
      'url.Values{"page": {"2"}, "q": {"swordfish"}}',
      'new Headers([["Content-Type", "application/json"], ["X-Api-Key", "${API_KEY}"]])',
      "start_response(status, [('Set-Cookie', 'theme=dark'), ('Authorization', 'Bearer')])"
    ]
  },
  "secret-list": {
    "secrets": [
      "02_admin_passwords:\n  - \"\u27e6Pl4nk-wood\u27e7\"\n  - '\u27e6Tq8vine31x\u27e7'",
      "api_tokens:\n  - \u27e6r8Kd2mQz7Lw1XvB3nT6y\u27e7\n  - ${EXTRA_TOKEN}\nother: 1",
      "secrets:\n  github: \u27e6Xk29vLmPq8Rt3Wz\u27e7\n  slack: '\u27e67yHn2Qp9Lm4Kd8\u27e7'  # rotated\n  provider: vault\nlog_level: info",
      "app:\n  credentials:\n    prod: \u27e6Xq7Tb2Lw9Ke4Rz1Mv6\u27e7\n    staging:\n      region: eu\n    dev: \u27e6pQ8rS1tU4vW7mZ2x\u27e7"
    ],
    "clean": [
      "token_scopes:\n  - read\n  - write",
      "tokens:\n  - access_token\n  - refresh_token",
      "passwords:\n  - name: db\n    value: \"{{ db_password }}\"",
      "secrets:\n  - \"{{ vault_db_password }}\"",
      "secrets:\n  enabled: true\n  provider: vault\n  mount: kv-v2",
      "credentials:\n  type: service_account\n  path: /etc/creds.json\n  client_id: 8f3k2Lm9Qx7Rt4Vw1Zp6",
      "secrets:\n  github: ${GITHUB_TOKEN}\n  slack: \"{{ slack_token }}\"\n  npm: <your-npm-token>",
      "secrets:\nname: Xk29vLmPq8Rt3Wz"
    ]
  },
  "high-entropy": {
    "secrets": [
      "const apiKey = \"⟦p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpV⟧\";",
      "signing: ⟦Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH⟧",
      "static final String ACCOUNT_KEY\n    = \"⟦qYaZm3mXcj5RPD9oUsQChx5s4tI10FtdILQvH8⟧\";"
    ],
    "clean": [
      // No key word on its line or the one above: randomness alone names no secret (gitleaks' generic-api-key, trufflehog v3).
      "const k = \"p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpV\";",
      "public_key = \"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1L7VLPHCgcBIjq\"",
      "const publishableKey = \"pk_live_51HqLyjWDarjtT1zdp7dcXzGvD2Ht8pQx\";",
      "\"pubkey\": \"Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH\"",
      "\"integrity\": \"sha512-p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP==\"",
      "commit = \"b5e803b61ba4168160adb59261ff2d3c425c8d99\"",
      "id: \"6e757749-6a2c-8773-e130-f7eb19731662\"",
      "src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"",
      "AZURE_BLOB_QUERY=comp=list",
      "import \"./components/UserProfileSettingsPanel\"",
      "className=\"flex-col items-center justify-between\"",
      "name: \"getUserAccountSettingsByIdentifier\""
    ]
  },
  // Session cookies in headers, written for this test (random values from a fixed seed).
  'session-cookie': {
    secrets: [
      'Cookie: sessionid=⟦q7z0k2mxv9w3r8t1y6p4n5b2⟧; theme=dark',
      'Cookie: theme=dark; sessionid=⟦511wwr0soz3vjsu7aopo9o71k7tqooxc⟧',
      'Set-Cookie: JSESSIONID=⟦8F2C1A9B7E3D4F5A6B7C8D9E0F1A2B3C⟧; Path=/; HttpOnly',
      'curl -H "Cookie: PHPSESSID=⟦9c1185a5c5e9fc54612808977ee8f548⟧" https://shop.example.com/cart',
      "headers = {'Cookie': 'lang=en; connect.sid=⟦s%3AaB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0z.Ab9Cd8Ef7Gh6Ij5Kl4⟧'}",
      'curl --cookie "laravel_session=⟦eyJpdiI6Ik1qZ3hOV1UyWl⟧" https://app.example.com',
      // (A framework's documented name (sessionCookieName.ts): any literal is that session's id.)
      'Cookie: CFID=⟦40917⟧; CFTOKEN=⟦48207531⟧',
      'Set-Cookie: .AspNetCore.Identity.Application=⟦CfDJ8Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9⟧; path=/; samesite=lax; httponly',
      'Cookie: sessionid=⟦abc123⟧',
      'document.cookie = "PHPSESSID=⟦9u2ctm4p1f3tqr0ip8c6kh1s5a⟧; path=/";',
      '{"name": "Set-Cookie", "value": "_shop_session=⟦bWlrZS1zZXNzaW9u--3a9f8e7d6c⟧; path=/; HttpOnly"}',
      // An anti-forgery cookie under its documented name (ASP.NET Core's `.AspNetCore.Antiforgery.<hash>`, Django's
      // csrftoken, Angular's XSRF-TOKEN): OWASP's CSRF sheet, by the thirty-second round's ruling (generated values only).
      'Cookie: .AspNetCore.Antiforgery.9fXoN5jHCXs=⟦CfDJ8Kq2nP7xVb3Lm9Rt4Wz6Yc1Hd5Fg8Jk2Ns0Qu3Tx7Za4Eb6Gi9Ml1Op5Sr8Vw2⟧',
    ],
    clean: [
      'Cookie: theme=dark; lang=en; tz=Europe/Paris',
      'Cookie: theme=dark; _ga=GA1.2.1234567890.1700000000',
      'Set-Cookie: laravel_session=; expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/',
      'Cookie: _ga=GA1.2.1234567890.1700000000; _gid=GA1.2.987654321.1700000000',
      'Set-Cookie: session=<session-id>; HttpOnly',
      'Cookie: sessionid=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Set-Cookie: session_state=logged-out-by-admin-2024; Path=/',
      '// the session cookie is set with Set-Cookie: sessionid=...; Secure',
      // (Documented names judged by the placeholder policy alone: a stand-in, a reference, PHP's removal.)
      'Set-Cookie: PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/',
      'Cookie: JSESSIONID=${JSESSIONID}',
      'document.cookie = "sessionid=" + sid + "; path=/";',
      'Cookie: sessionid=<your-session-id>',
      // (A name that holds a session's word, not a framework's: the value must read as a server made it.)
      'Set-Cookie: session_timeout=1800; Path=/',
      // (An anti-forgery cookie's documented name: a credential only as a generated value, the thirty-second round's ruling.)
      'Cookie: csrftoken=abc; theme=dark',
      'Set-Cookie: XSRF-TOKEN=deleted; Path=/',
      '{"name": "Cookie", "value": "theme=dark; lang=en"}',
    ],
  },
  // curl's `-b NAME=VALUE` (curl(1): an argument without `=` is a cookie file's name); written for this test.
  // A header set on Apple's URL loading system, the value before the name (URLRequest.setValue(_:forHTTPHeaderField:),
  // addValue, Objective-C's message); written for this test.
  'header-field-setter': {
    secrets: [
      'request.setValue("⟦Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7⟧", forHTTPHeaderField: "x-api-key")',
      'request.addValue("⟦s3cr3t-t0k3n⟧", forHTTPHeaderField: "X-Vault-Token")',
      '[request setValue:@"Bearer ⟦Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8⟧" forHTTPHeaderField:@"Authorization"];',
      'req.setValue("⟦9f61c0d3c5b7a9e122c9a1e3f7b4d4e8a9f610d3⟧", forHTTPHeaderField: "DD-APPLICATION-KEY")',
    ],
    clean: [
      'request.setValue("application/json", forHTTPHeaderField: "Content-Type")',
      'request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")',
      'request.addValue("YOUR_API_KEY", forHTTPHeaderField: "X-Api-Key")',
      'request.addValue(apiKey, forHTTPHeaderField: "X-Api-Key")',
      'request.setValue("Basic dXNlcjpwYXNzd29yZA==", forHTTPHeaderField: "Authorization")',
      'request.setValue("ops@example.com", forHTTPHeaderField: "X-Auth-Email")',
    ],
  },
  // A session's id in a URL: Servlet §7.1.3's `;jsessionid=`, PHP's `session.use_trans_sid` query parameter, ASP.NET's
  // cookieless `(S(…))`/`(F(…))`; written for this test.
  'session-url-jsessionid': {
    secrets: [
      'https://shop.example.com/cart;jsessionid=⟦8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67.node1⟧?item=3',
      '203.0.113.7 - - [06/Dec/2026:10:14:03 +0000] "GET /shop/cart.do;JSESSIONID=⟦1A2B3C4D5E6F708192A3B4C5D6E7F801⟧ HTTP/1.1" 200 5123',
      'see /app/login;jsessionid=⟦abc123⟧',
    ],
    clean: [
      'return base + ";jsessionid=" + session.getId();',
      'url = url.replaceAll(";jsessionid=.*", "");',
      'https://shop.example.com/cart;jsessionid=${sessionId}',
      'https://shop.example.com/cart;jsessionid=abc${id}',
      'https://shop.example.com/cart;jsessionid=<session-id>',
    ],
  },
  'session-url-phpsessid': {
    secrets: [
      '<a href="index.php?page=2&amp;PHPSESSID=⟦9u2ctm4p1f3tqr0ip8c6kh1s5a⟧">next</a>',
      'curl -s "https://forum.example.org/index.php?PHPSESSID=⟦a8b7c6d5e4f3g2h1i0j9k8l7m6⟧&page=2"',
    ],
    clean: [
      'index.php?PHPSESSID=<?php echo session_id(); ?>',
      '$url = "index.php?PHPSESSID=" . session_id();',
      'index.php?PHPSESSID=&page=2',
    ],
  },
  // Synology's File Station and DSM Login Web API guides: `[&_sid=<SID>]` on every /webapi/ request; written for this test.
  'session-url-synology-sid': {
    secrets: [
      "curl 'https://nas.example.com:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&_sid=⟦2ZLVB8UbL6EHnkI4uCO730lqNgJyzjBfhDcodeqNETcG_pMHr5yjt-gTYI0OtpzbmXAxlmZMXi3PyHkEyZHI0E⟧'",
      'GET /webapi/entry.cgi?api=SYNO.API.Auth&version=1&method=logout&session=FileStation&_sid=⟦ohOCjwhHhwghw⟧ HTTP/1.1',
    ],
    clean: [
      'GET /webapi/entry.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=<SID>',
      'url = f"{base}/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&_sid={sid}"',
      'user_sid=S-1-5-21-3623811015-3361044348-30300820-1013',
    ],
  },
  // QNAP File Station's HTTP API: `utilRequest.cgi?func=…&sid=…`, the sid authLogin.cgi returns; written for this test.
  'session-url-cgi-sid': {
    secrets: [
      'curl "http://nas.example.com:8080/cgi-bin/filemanager/utilRequest.cgi?func=get_tree&sid=⟦k7yf2ys9⟧&is_iso=0&node=/Public"',
      'GET /cgi-bin/filemanager/utilRequest.cgi?sid=⟦qdxa7y3a⟧&func=download&source_file=a.pdf HTTP/1.1',
    ],
    clean: [
      'POST /cgi-bin/filemanager/utilRequest.cgi?func=unmount_qdff&sid={YOUR_SID} HTTP/1.1',
      'https://stats.example.com/cgi-bin/report.cgi?sid=20261207&view=daily',
      'https://maps.example.com/cgi-bin/mapserv.cgi?map=city.map&layers=sidewalks&mode=map',
    ],
  },
  // LuCI's dispatcher: `/cgi-bin/luci/;stok=<token>/admin/…`, the token 32 hex digits; written for this test.
  'session-url-luci-stok': {
    secrets: [
      'http://192.168.1.1/cgi-bin/luci/;stok=⟦3f2a9c0b7e1d4a6f8b5c2e9d0a7f1b3c⟧/admin/status/overview',
    ],
    clean: [
      'GET /cgi-bin/luci/;stok=%%%stok%%%/admin/network/iface_reconnect/wan HTTP/1.1',
      'url = f"{base_url}/cgi-bin/luci/;stok={stok}/admin/wireless/radio1"',
      'nama="Produk";stok=12;harga=5000',
    ],
  },
  'session-url-aspnet': {
    secrets: [
      'https://app.example.com/(S(⟦1kx0b4f2w3qzq5m0gd2sje1a⟧))/default.aspx',
      'GET /app/(X(1)S(⟦lit3py55t21z5v55vlm25s55⟧))/Orders.aspx HTTP/1.1',
      'https://app.example.com/(F(⟦Qx7Lm2Zk9Vb3Nd8Hs1Tw5Yc0Rp4Ua6Je2Fg8Ki3Ol5⟧))/account.aspx',
    ],
    clean: [
      'https://app.example.com/(A(kP2mQz7Lw1XvB3nT6yR4))/default.aspx',
      'https://app.example.com/(S(SESSION_ID))/default.aspx',
      'const re = /(S(a))/;',
      'https://app.example.com/(S(xxxxxxxxxxxxxxxxxxxxxxxx))/default.aspx',
    ],
  },
  'session-cookie-option': {
    secrets: [
      "curl -b 'sessionid=⟦q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l⟧' https://app.example.com/api/me",
      'curl -s -b "theme=light; JSESSIONID=⟦8F2C1E4D9A7B3C6E5F0A1B2C3D4E5F67.node1⟧" https://app.example.com/',
    ],
    clean: [
      'curl -b cookies.txt -c cookies.txt https://app.example.com/',
      'ldapsearch -x -H ldap://dc1 -b dc=example,dc=org "(uid=jdoe)"',
      'git checkout -b session-fix',
      "curl -b 'theme=dark' https://app.example.com/",
    ],
  },
  // A session cookie's name and value apart: HAR 1.2 cookies, APIs' name/value objects, a constructor's or a
  // jar's arguments, a cookie dictionary, the Netscape cookie file; written for this test.
  'session-cookie-pair': {
    secrets: [
      '{"name": "sessionid", "value": "⟦q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l⟧", "path": "/", "httpOnly": true}',
      '"cookies": [\n  {\n    "name": "connect.sid",\n    "value": "⟦s%3A3f9Kd8Lq2Zx7Vb1Nm4Hs6Tw0Yc5Rp9Ua.Qx7Lm2Zk9Vb3Nd8⟧"\n  }\n]',
      'http.SetCookie(w, &http.Cookie{Name: "session", Value: "⟦eyJ1c2VyX2lkIjo0Mn0.ZK3b7A.8y1mQwV3xN0pL5rT7uK2sH9dF4g⟧", Path: "/"})',
      'Cookie c = new Cookie("JSESSIONID", "⟦mysession42⟧");',
      "jar.set('PHPSESSID', '⟦9u2ctm4p1f3tqr0ip8c6kh1s5a⟧', domain='app.example.com', path='/')",
      "r = requests.get(url, cookies={'laravel_session': '⟦eyJpdiI6IkR6Q3pYbGc0Tk1aWkE9PSJ9⟧'})",
      '.app.example.com\tTRUE\t/\tTRUE\t1798761600\tASP.NET_SessionId\t⟦1kx0b4f2w3qzq5m0gd2sje1a⟧',
      '#HttpOnly_.app.example.com\tTRUE\t/\tTRUE\t0\tCFTOKEN\t⟦2c9a1e3f-7b4d-4e8a-9f61-0d3c5b7a9e12⟧',
    ],
    clean: [
      '{"name": "sessionid", "value": ""}',
      '{"name": "theme", "value": "dark"}',
      "SESSION_COOKIE_NAME = 'sessionid'",
      "config = {'session': 'redis', 'cache': 'memcached'}",
      "cache.set('session', 'warm')",
      "app.use(session({ name: 'connect.sid', secret: process.env.SESSION_SECRET }))",
      'www.example.com\tFALSE\t/\tFALSE\t0\tsessionid\t<session-id>',
      // (No cookie file's five fields before the name; and a short literal is no generated session id by its name alone.)
      'sessionid\tmysession42',
    ],
  },
  // Passwords tools take by position or from standard input, SQL's password clauses and values a
  // command stores as secrets; written for this test.
  'cli-password-position': {
    secrets: [
      'ldapsearch -x -H ldap://dc1 -D "cn=admin,dc=example,dc=org" -w ⟦Vq8-lute-27⟧ -b dc=example,dc=org',
      'ldapsearch -x -H ldap://dc1 \\\n  -D "cn=admin,dc=example,dc=org" \\\n  -w ⟦Vq8-lute-27⟧ \\\n  -b dc=example,dc=org',
      'htpasswd -b /etc/nginx/.htpasswd deploy ⟦Kx7mQ2vL9p⟧',
      'htpasswd -nbB admin "⟦r4in-Bow-93⟧" > auth/htpasswd',
      'rabbitmqctl add_user app ⟦Zr7Lm2Qx9T⟧',
      'net user svc_backup ⟦Tq8vine31x⟧ /add /domain',
    ],
    clean: ['ldapsearch -x -W -D "cn=admin" -b dc=example,dc=org', 'ldapsearch -x \\\n  -W -D "cn=admin" \\\n  -b dc=example,dc=org', 'ldapsearch -x -D "cn=admin" -w \\\n  "$LDAP_PASSWORD" -b dc=example,dc=org', 'net user admin * /add', 'net user admin /delete', 'rabbitmqctl list_users', 'htpasswd -c /etc/nginx/.htpasswd deploy'],
  },
  'chpasswd-password': {
    secrets: ['echo "deploy:⟦Pl4nk-wood⟧" | sudo chpasswd', "echo 'root:⟦Kx7mQ2vL9p⟧' | chpasswd"],
    clean: ['echo "deploy:$DEPLOY_PASSWORD" | chpasswd', 'chpasswd < users.txt'],
  },
  'password-stdin-echo': {
    secrets: [
      'echo "⟦Zr7Lm2Qx9TkQ8vL3⟧" | docker login --username bob --password-stdin registry.example.com',
      'echo ⟦Xk29fLm3pQ8zR4tVw2Yb6Nc⟧ | gh auth login --with-token',
    ],
    clean: ['echo "$REGISTRY_TOKEN" | docker login -u bob --password-stdin', 'cat token.txt | docker login --password-stdin', 'echo "$GH_TOKEN" | gh auth login --with-token'],
  },
  'sql-password-clause': {
    secrets: [
      "CREATE USER app WITH PASSWORD '⟦Tq8vine31x⟧';",
      "ALTER USER 'root'@'localhost' IDENTIFIED BY '⟦m4ple!Syrup⟧';",
      "CREATE USER 'svc'@'%' IDENTIFIED WITH mysql_native_password BY '⟦Kx7mQ2vL9p⟧';",
      "CREATE ROLE reporter LOGIN ENCRYPTED PASSWORD '⟦r4in-Bow-93⟧';",
      "SET PASSWORD FOR 'app'@'%' = PASSWORD('⟦Pl4nk-wood9⟧');",
      "set password for app@localhost = '⟦m4ple!Syrup⟧';",
      // The eighteenth round (guardlang): Oracle's bare identifier and database links, PASSWORD without WITH,
      // SQL Server's N'…', PostgreSQL's user mappings, Db2's USING, a statement over lines.
      'ALTER USER app IDENTIFIED BY ⟦Sunflower42⟧;',
      "CREATE DATABASE LINK remote CONNECT TO app IDENTIFIED BY ⟦Sunflower42⟧ USING 'db';",
      "CREATE USER app PASSWORD '⟦Sunflower42⟧';",
      "CREATE ROLE app WITH LOGIN PASSWORD '⟦Sunflower42⟧';",
      "ALTER LOGIN sa WITH PASSWORD = N'⟦Sunflower42⟧';",
      "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password '⟦Sunflower42⟧');",
      'CONNECT TO shop USER app USING ⟦Sunflower42⟧;',
      "CREATE USER app\n  IDENTIFIED BY '⟦Sunflower42⟧';",
      // The thirty-fourth round (guardnextline2): the value alone on the line after BY (MySQL's and Oracle's CREATE USER
      // laid out a clause a line; SQL separates tokens by any whitespace).
      "CREATE USER 'app'@'%' IDENTIFIED BY\n  '⟦Sunflower42⟧';",
      'ALTER USER app\r\n  IDENTIFIED BY\r\n    ⟦Sunflower42⟧;',
      "CREATE USER 'svc'@'%' IDENTIFIED WITH caching_sha2_password BY\n\t'⟦Kx7mQ2vL9p⟧';",
    ],
    clean: ["CREATE DATABASE LINK remote CONNECT TO app IDENTIFIED BY ${DB_PASSWORD} USING 'db';", 'ALTER USER app IDENTIFIED BY <password>;', 'CONNECT TO shop USER app USING :pw;', 'user, password = "admin", "{password}"', "def connect(user, password='')", "CREATE USER app PASSWORD 'password';", "ALTER USER app IDENTIFIED BY 'xxxxxxxx';", 'ALTER USER app IDENTIFIED EXTERNALLY;', "-- the password is identified by the user's email", 'Each sequence is identified by\n  lvariant in the table.', "ALTER USER app IDENTIFIED BY\n  '${DB_PASSWORD}';", 'ALTER USER app IDENTIFIED BY\n  :new_password;', "SET PASSWORD FOR 'app'@'%' = PASSWORD('xxxxxxxx');", "SET PASSWORD FOR 'app'@'%' = PASSWORD(@new_password);", 'set password_history = 5;'],
  },
  'secret-command-value': {
    secrets: [
      'kubectl create secret generic db --from-literal=username=admin --from-literal=password=⟦Zr7Lm2Qx9T⟧ -n prod',
      'kubectl create secret generic api \\\n  --from-literal=signing=⟦Xk29vLmPq8Rt3WzQ⟧ \\\n  --dry-run=client -o yaml',
      'vault kv put secret/app password=⟦Vq8-lute-27⟧ url=https://app.example.com',
      "kubectl create secret generic db --from-literal=password='⟦rrpz48&HTbwj⟧'",
    ],
    clean: ['kubectl create secret generic db --from-file=./password.txt', 'kubectl create secret generic db --from-literal=password=$DB_PASSWORD', 'vault kv put secret/app token=$TOKEN owner=platform', 'vault kv get secret/app'],
  }
};

// Scores the external corpus (corpus/external.jsonl, built from public detectors' rule tests) by
// split and by source: recall on secret items and false-positive share on clean items, each with
// a Wilson 95% interval. Items with a note (a FIXME negative, or a negative another rule of the
// same detector matches) keep their detector's label but are scored apart: judgement calls.
// Misses are listed for the tune split only: the holdouts' failures are not for reading while rules
// change (pass showHoldout to see them once the work is done). The second holdout (holdout2, from
// detectors no rule was designed from) is reported apart from the first; the third (holdout3, read by
// the lead once at the end of a round) is kept in a file of its own, corpus/holdout3.jsonl, and so is the
// fourth (holdout4, static analysers' hard-coded credential tests), corpus/holdout4.jsonl, and the fifth
// (holdout5, C#, Kotlin and JavaScript analysers' tests and horusec's leaks samples), corpus/holdout5.jsonl,
// and the sixth (holdout6, sonar-text's spec files holdout3's sample left), corpus/holdout6.jsonl, and the
// seventh (holdout7, semgrep-rules' language rules for hard-coded credentials), corpus/holdout7.jsonl, and the
// eighth (holdout8, GitHub CodeQL's hard-coded credentials query tests), corpus/holdout8.jsonl, and the ninth
// (holdout9, Checkmarx KICS's secrets query test files), corpus/holdout9.jsonl, and the tenth (holdout10, ruff's,
// SecurityCodeScan's and find-sec-bugs' hard-coded password tests), corpus/holdout10.jsonl, and the eleventh (holdout11,
// Bearer's, njsscan's, mobsfscan's and PMD's hard-coded secret tests), corpus/holdout11.jsonl, and the twelfth (holdout12,
// Talisman's and Checkov's hard-coded secret tests), corpus/holdout12.jsonl, and the thirteenth (holdout13, Checkmarx 2ms's
// rule tests and pre-commit-hooks' credential hook tests), corpus/holdout13.jsonl, and the fourteenth (holdout14, praetorian
// titus' own rule tests and auth0 repo-supervisor's tests), corpus/holdout14.jsonl, and the fifteenth (holdout15, the Datadog
// Agent's scrubber tests and npm/redact's redactLog test), corpus/holdout15.jsonl, and the sixteenth (holdout16, Sentry
// Relay's data scrubbing tests and Microsoft security-utilities' SecretMasker tests), corpus/holdout16.jsonl, and the seventeenth
// (holdout17, cfn_nag's credential rules' specs and templates and dockle's sensitive-variable test), corpus/holdout17.jsonl,
// and the eighteenth (holdout18, ggshield's recorded secret scans, brakeman's hard-coded secret warnings, GitLab's UrlSanitizer
// spec), corpus/holdout18.jsonl.
//
// And the nineteenth (holdout19, tfsec's hard-coded-credential checks, Android Lint's AuthLeak test, SpotBugs' DB password
// cases and git-secrets' credentials-file test), corpus/holdout19.jsonl.
//
// And the twentieth (holdout20, posture checkers' credential checks: kubescape's C-0012, kube-linter's env-var-secret and
// configmap-with-credentials, Polaris' sensitive variable and ConfigMap checks, Prowler's AWS secrets checks), corpus/holdout20.jsonl.
// And the twenty-first (holdout21, the default rules of Spring Boot's Sanitizer, Django's SafeExceptionReporterFilter and the
// Elastic APM agents' sanitize_field_names, as their tests require them), corpus/holdout21.jsonl.
// And the twenty-second (holdout22, infrastructure-as-code linters' credential rules — arm-ttk's credential tests, the Bicep
// linter's credential rules, cfn-lint's Password rule — and ZAP's passive credential-disclosure rules), corpus/holdout22.jsonl.
// And the twenty-third (holdout23, rule engines' own labelled examples — DevSkim's secret rules' must-match / must-not-match
// strings, cfripper's credential rules' test templates, the Roslyn analyzers' CA5390 / CA5403 tests), corpus/holdout23.jsonl.
// And the twenty-fourth (holdout24, error trackers' and logging SDKs' default scrubbers — Sentry's Python SDK, Bugsnag's Ruby
// notifier, Rollbar's Python and JavaScript SDKs, Phoenix's filter_parameters, scrubadub — as their tests require them),
// corpus/holdout24.jsonl.
// And the twenty-fifth (holdout25, credential redactors' tests — URLs, traces, recorded HTTP: pip, Go's net/url, go-getter,
// ansible-core, client-go, Sourcegraph, git, GitHub CLI, conda), corpus/holdout25.jsonl.
// And the twenty-sixth (holdout26, a HAR scrubber's own fixture tables — har-capture's sanitizer and validator cases),
// corpus/holdout26.jsonl.
// And the twenty-seventh (holdout27, connection-string and DSN parsers' tests — pg-connection-string, dj-database-url,
// SQLAlchemy, go-sql-driver/mysql, pgx, sqlx, MongoDB's spec and drivers, amqp091-go, kombu), corpus/holdout27.jsonl.
// And the twenty-eighth (holdout28, credential files' own parsers' tests — .netrc, .npmrc, .pgpass, auth.json, AWS shared
// credentials and config, .pypirc, gem credentials), corpus/holdout28.jsonl.
// And the twenty-ninth (holdout29, password managers' import parsers' tests — pass-import's reference exports, bitwarden/clients'
// importer specs), corpus/holdout29.jsonl.
// And the thirtieth (holdout30, client libraries' own authentication tests — HTTP, mail, SSH and API clients: the password
// or token a test hands a client and the header, AUTH line or server check it asserts), corpus/holdout30.jsonl.
// And the thirty-first (holdout31, Terraform providers' acceptance-test configurations, labelled by the schema's Sensitive
// attributes), corpus/holdout31.jsonl.
// And the thirty-second (holdout32, the Prometheus ecosystem's test configurations — Alertmanager, Prometheus,
// prometheus/common — labelled by the Go type Secret), corpus/holdout32.jsonl.
// And the thirty-third (holdout33, Home Assistant integrations' tests, labelled by each integration's diagnostics redaction
// set), corpus/holdout33.jsonl.
// And the thirty-fourth (holdout34, Jenkins configuration-as-code test resources, labelled by the credential classes'
// Secret fields), corpus/holdout34.jsonl.
// And the thirty-fifth (holdout35, Ansible collections' unit and integration tests, labelled by the modules' no_log
// argument specs), corpus/holdout35.jsonl.
// And the thirty-sixth (holdout36, Airbyte connectors' test configurations, labelled by their specs' airbyte_secret),
// corpus/holdout36.jsonl.
// And the thirty-seventh (holdout37, Grafana data source provisioning files, labelled by secureJsonData),
// corpus/holdout37.jsonl.
// And the thirty-eighth (holdout38, Fluentd plugins' tests, labelled by the plugins' `secret: true` config_params),
// corpus/holdout38.jsonl.
// And the thirty-ninth (holdout39, Telegraf plugins' tests, labelled by the Go type config.Secret), corpus/holdout39.jsonl.
// And the fortieth (holdout40, Kafka Connect connector configurations and Kafka client tests, labelled by
// ConfigDef.Type.PASSWORD), corpus/holdout40.jsonl.
// And the forty-first (holdout41, Apache Camel components' tests, labelled by the options' secret = true metadata),
// corpus/holdout41.jsonl.
// And the forty-second (holdout42, Logstash plugins' specs, labelled by their `:validate => :password` options),
// corpus/holdout42.jsonl.
// And the forty-third (holdout43, Apache NiFi processors' tests and nifi.properties test resources, labelled by the
// property descriptors' .sensitive(true) and NiFi's sensitive-key list), corpus/holdout43.jsonl.
// And the forty-fourth (holdout44, Node-RED nodes' tests, labelled by the nodes' credentials declarations of type password),
// corpus/holdout44.jsonl.
// And the forty-fifth (holdout45, Singer SDK taps' and targets' tests, labelled by the config schema's secret=True),
// corpus/holdout45.jsonl.
// And the forty-sixth (holdout46, Samsung CredSweeper's expected findings over its own samples, default run against the
// ML-off run), corpus/holdout46.jsonl.
// And the forty-seventh (holdout47, GitHub's custom secret-scanning patterns' own tests, labelled by their test: and
// expected: entries), corpus/holdout47.jsonl.
// And the forty-eighth (holdout48, LeakTK's fake leaks, labelled valid / invalid by the project's directories),
// corpus/holdout48.jsonl.
// And the forty-ninth (holdout49, IBM's detect-secrets fork's own plugin tests, labelled by their asserted findings),
// corpus/holdout49.jsonl.
// And the fiftieth (holdout50, Yelp/detect-secrets' own plugin tests, labelled by their asserted findings),
// corpus/holdout50.jsonl.
// And the fifty-first (holdout51, gitleaks' own rule examples and detect tests, labelled by their tps/fps lists and
// expected findings), corpus/holdout51.jsonl.
// And the fifty-second (holdout52, LLM prompt secret scanners' own tests — llm-guard's Secrets scanner, OpenAI's guardrails
// secret-keys check — labelled by their expected redactions and verdicts), corpus/holdout52.jsonl.
// And the fifty-fourth (holdout54, three open scanners' own tests — SAP credential-digger, avito-tech's and ntoskernel's
// deepsecrets, newrelic rusty-hog — labelled by their asserted findings and verdicts), corpus/holdout54.jsonl.
// And the fifty-third (holdout53, Kingfisher's rule examples in the rule files the first holdout did not take, labelled by
// their examples and negative examples), corpus/holdout53.jsonl.
// And the fifty-fifth (holdout55, Kingfisher's rule examples in the rule files neither the first nor the fifty-third holdout
// took, labelled as the fifty-third's), corpus/holdout55.jsonl.
// And the fifty-sixth (holdout56, credential helpers' and credential stores' own tests — git's credential scripts, Git
// Credential Manager, docker-credential-helpers, keyrings, gopass, pass and pass-otp — labelled by the credential each test
// stores or expects back), corpus/holdout56.jsonl.
// And the fifty-seventh (holdout57, AI and SaaS vendors' SDKs' own client tests — the key or token a test hands the client —
// labelled by the SDK's parameter, header or environment variable and the test's assertion), corpus/holdout57.jsonl.
// And the fifty-eighth (holdout58, CI and build systems' log secret masking tests — labelled by the values each test's
// required output masks), corpus/holdout58.jsonl.
// And the fifty-ninth (holdout59, identity and OAuth client libraries' own tests — the client secret, private key or token a
// test hands the library — labelled by the library's parameter or field and the key file's own format), corpus/holdout59.jsonl.
// And the sixtieth (holdout60, secret managers' clients' and operators' own tests — the token, secret value, secret id or
// key a test writes, hands the client or expects back — labelled by the manager's API and the test's assertion),
// corpus/holdout60.jsonl.
// And the sixty-first (holdout61, the OpenTelemetry Collector's components' test configurations — labelled by the Go type
// `configopaque.String` of the config field each value fills), corpus/holdout61.jsonl.
// And the sixty-second (holdout62, Grafana Alloy's and Vector's component tests and example configurations — labelled by
// the argument's type, `alloytypes.Secret`/`OptionalSecret` or `SensitiveString`), corpus/holdout62.jsonl.
// And the sixty-third (holdout63, automation platforms' own tests — n8n's credential tests and Backstage's plugins' config
// tests — each value labelled by the platform's own marker for its key: `typeOptions: { password: true }`, `@visibility
// secret`), corpus/holdout63.jsonl.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wilsonInterval } from '../proportionInterval';
import { scoreRedaction, type CorpusItem } from './redactionScore';
import type { RedactionOptions } from '../../src/core/guard/redactionStrictness';

export interface ExternalItem extends CorpusItem {
  readonly source: string;
  readonly split: Split;
  readonly rule: string;
  readonly note?: string;
}

/** Every split, in order: external.jsonl holds the first three, each later one a file of its own (corpus/<split>.jsonl). A new
 * split is added here once; its type, the report and the build's check follow. */
export const SPLITS = [
  'tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14',
  'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28',
  'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33', 'holdout34', 'holdout35', 'holdout36', 'holdout37',
  'holdout38', 'holdout39', 'holdout40', 'holdout41', 'holdout42', 'holdout43', 'holdout44', 'holdout45', 'holdout46', 'holdout47',
  'holdout48', 'holdout49', 'holdout50', 'holdout51',
  'holdout52', 'holdout53', 'holdout54',
  'holdout55',
  'holdout56',
  'holdout57',
  'holdout58',
  'holdout59',
  'holdout60',
  'holdout61',
  'holdout62',
  'holdout63',
] as const;
export type Split = (typeof SPLITS)[number];

export interface SplitFigures {
  readonly secretItems: number;
  readonly redacted: number;
  readonly recall: number;
  readonly recallInterval: [number, number];
  readonly cleanItems: number;
  readonly falsePositives: number;
  readonly fpShare: number;
  readonly fpInterval: [number, number];
}

export const externalCorpusFile = join(__dirname, 'corpus', 'external.jsonl');
export const holdout3CorpusFile = join(__dirname, 'corpus', 'holdout3.jsonl');
export const holdout4CorpusFile = join(__dirname, 'corpus', 'holdout4.jsonl');
export const holdout5CorpusFile = join(__dirname, 'corpus', 'holdout5.jsonl');
export const holdout6CorpusFile = join(__dirname, 'corpus', 'holdout6.jsonl');
export const holdout7CorpusFile = join(__dirname, 'corpus', 'holdout7.jsonl');
export const holdout8CorpusFile = join(__dirname, 'corpus', 'holdout8.jsonl');
export const holdout9CorpusFile = join(__dirname, 'corpus', 'holdout9.jsonl');
export const holdout10CorpusFile = join(__dirname, 'corpus', 'holdout10.jsonl');
export const holdout11CorpusFile = join(__dirname, 'corpus', 'holdout11.jsonl');
export const holdout12CorpusFile = join(__dirname, 'corpus', 'holdout12.jsonl');
export const holdout13CorpusFile = join(__dirname, 'corpus', 'holdout13.jsonl');
export const holdout14CorpusFile = join(__dirname, 'corpus', 'holdout14.jsonl');
export const holdout15CorpusFile = join(__dirname, 'corpus', 'holdout15.jsonl');
export const holdout16CorpusFile = join(__dirname, 'corpus', 'holdout16.jsonl');
export const holdout17CorpusFile = join(__dirname, 'corpus', 'holdout17.jsonl');
export const holdout18CorpusFile = join(__dirname, 'corpus', 'holdout18.jsonl');
export const holdout19CorpusFile = join(__dirname, 'corpus', 'holdout19.jsonl');
export const holdout20CorpusFile = join(__dirname, 'corpus', 'holdout20.jsonl');
export const holdout21CorpusFile = join(__dirname, 'corpus', 'holdout21.jsonl');
export const holdout22CorpusFile = join(__dirname, 'corpus', 'holdout22.jsonl');
export const holdout23CorpusFile = join(__dirname, 'corpus', 'holdout23.jsonl');
export const holdout24CorpusFile = join(__dirname, 'corpus', 'holdout24.jsonl');
export const holdout25CorpusFile = join(__dirname, 'corpus', 'holdout25.jsonl');
export const holdout26CorpusFile = join(__dirname, 'corpus', 'holdout26.jsonl');
export const holdout27CorpusFile = join(__dirname, 'corpus', 'holdout27.jsonl');

export const holdout28CorpusFile = join(__dirname, 'corpus', 'holdout28.jsonl');
export const holdout29CorpusFile = join(__dirname, 'corpus', 'holdout29.jsonl');
export const holdout30CorpusFile = join(__dirname, 'corpus', 'holdout30.jsonl');
export const holdout31CorpusFile = join(__dirname, 'corpus', 'holdout31.jsonl');
export const holdout32CorpusFile = join(__dirname, 'corpus', 'holdout32.jsonl');
export const holdout33CorpusFile = join(__dirname, 'corpus', 'holdout33.jsonl');
export const holdout34CorpusFile = join(__dirname, 'corpus', 'holdout34.jsonl');
export const holdout35CorpusFile = join(__dirname, 'corpus', 'holdout35.jsonl');
export const holdout36CorpusFile = join(__dirname, 'corpus', 'holdout36.jsonl');
export const holdout37CorpusFile = join(__dirname, 'corpus', 'holdout37.jsonl');
export const holdout39CorpusFile = join(__dirname, 'corpus', 'holdout39.jsonl');
export const holdout41CorpusFile = join(__dirname, 'corpus', 'holdout41.jsonl');
export const holdout38CorpusFile = join(__dirname, 'corpus', 'holdout38.jsonl');
export const holdout42CorpusFile = join(__dirname, 'corpus', 'holdout42.jsonl');
export const holdout40CorpusFile = join(__dirname, 'corpus', 'holdout40.jsonl');
export const holdout45CorpusFile = join(__dirname, 'corpus', 'holdout45.jsonl');
export const holdout46CorpusFile = join(__dirname, 'corpus', 'holdout46.jsonl');
export const holdout47CorpusFile = join(__dirname, 'corpus', 'holdout47.jsonl');
export const holdout48CorpusFile = join(__dirname, 'corpus', 'holdout48.jsonl');
export const holdout49CorpusFile = join(__dirname, 'corpus', 'holdout49.jsonl');
export const holdout50CorpusFile = join(__dirname, 'corpus', 'holdout50.jsonl');
export const holdout51CorpusFile = join(__dirname, 'corpus', 'holdout51.jsonl');
export const holdout52CorpusFile = join(__dirname, 'corpus', 'holdout52.jsonl');
export const holdout53CorpusFile = join(__dirname, 'corpus', 'holdout53.jsonl');
export const holdout54CorpusFile = join(__dirname, 'corpus', 'holdout54.jsonl');
export const holdout55CorpusFile = join(__dirname, 'corpus', 'holdout55.jsonl');
export const holdout56CorpusFile = join(__dirname, 'corpus', 'holdout56.jsonl');
export const holdout57CorpusFile = join(__dirname, 'corpus', 'holdout57.jsonl');
export const holdout58CorpusFile = join(__dirname, 'corpus', 'holdout58.jsonl');
export const holdout59CorpusFile = join(__dirname, 'corpus', 'holdout59.jsonl');
export const holdout60CorpusFile = join(__dirname, 'corpus', 'holdout60.jsonl');
export const holdout61CorpusFile = join(__dirname, 'corpus', 'holdout61.jsonl');
export const holdout62CorpusFile = join(__dirname, 'corpus', 'holdout62.jsonl');
export const holdout63CorpusFile = join(__dirname, 'corpus', 'holdout63.jsonl');
export const holdout43CorpusFile = join(__dirname, 'corpus', 'holdout43.jsonl');
export const holdout44CorpusFile = join(__dirname, 'corpus', 'holdout44.jsonl');

/** Every split: external.jsonl's three and the third to forty-fifth holdouts' files. */
export function readExternalCorpus(files: readonly string[] = [externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile, holdout11CorpusFile, holdout12CorpusFile, holdout13CorpusFile, holdout14CorpusFile, holdout15CorpusFile, holdout16CorpusFile, holdout17CorpusFile,
  holdout18CorpusFile,
  holdout19CorpusFile,
  holdout20CorpusFile,
  holdout21CorpusFile,
  holdout22CorpusFile,
  holdout23CorpusFile,
  holdout24CorpusFile,
  holdout25CorpusFile,
  holdout26CorpusFile,
  holdout27CorpusFile,
  holdout28CorpusFile,
  holdout29CorpusFile,
  holdout30CorpusFile,
  holdout31CorpusFile,
  holdout32CorpusFile,
  holdout33CorpusFile,
  holdout34CorpusFile,
  holdout35CorpusFile,
  holdout36CorpusFile,
  holdout37CorpusFile,
  holdout39CorpusFile,
  holdout41CorpusFile,
  holdout38CorpusFile,
  holdout42CorpusFile,
  holdout40CorpusFile,
  holdout45CorpusFile,
  holdout46CorpusFile,
  holdout47CorpusFile,
  holdout48CorpusFile,
  holdout49CorpusFile,
  holdout50CorpusFile,
  holdout51CorpusFile,
  holdout52CorpusFile,
  holdout53CorpusFile,
  holdout54CorpusFile,
  holdout55CorpusFile,
  holdout56CorpusFile,
  holdout57CorpusFile,
  holdout58CorpusFile,
  holdout59CorpusFile,
  holdout60CorpusFile,
  holdout61CorpusFile,
  holdout62CorpusFile,
  holdout63CorpusFile,
  holdout43CorpusFile,
  holdout44CorpusFile,
]): ExternalItem[] {
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ExternalItem));
}

export function figures(items: readonly CorpusItem[], options?: RedactionOptions): SplitFigures & { misses: readonly string[]; falseAlarms: readonly string[] } {
  const s = scoreRedaction(items, options);
  return {
    secretItems: s.secretItems, redacted: s.redacted, recall: s.recall, recallInterval: wilsonInterval(s.redacted, s.secretItems),
    cleanItems: s.cleanItems, falsePositives: s.falsePositives, fpShare: s.cleanFpRate, fpInterval: wilsonInterval(s.falsePositives, s.cleanItems),
    misses: s.misses, falseAlarms: s.falseAlarms,
  };
}

export function reportExternal(items: readonly ExternalItem[], options: { showHoldout?: boolean; redaction?: RedactionOptions } = {}): Record<Split, SplitFigures> & { lines: string[] } {
  const lines: string[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const span = ([a, b]: [number, number]) => `[${pct(a)}, ${pct(b)}]`;
  const describe = (f: SplitFigures) =>
    `recall ${f.redacted}/${f.secretItems} = ${pct(f.recall)} ${span(f.recallInterval)}; false positives ${f.falsePositives}/${f.cleanItems} = ${pct(f.fpShare)} ${span(f.fpInterval)}`;
  const result = {} as Record<Split, SplitFigures>;
  for (const split of SPLITS) {
    const inSplit = items.filter((i) => i.split === split);
    const main = figures(inSplit.filter((i) => !i.note), options.redaction);
    result[split] = main;
    lines.push(`external ${split} (${[...new Set(inSplit.map((i) => i.source))].join(', ')}): ${describe(main)}`);
    for (const source of [...new Set(inSplit.map((i) => i.source))]) {
      lines.push(`  ${source}: ${describe(figures(inSplit.filter((i) => i.source === source && !i.note), options.redaction))}`);
    }
    for (const note of [...new Set(inSplit.flatMap((i) => (i.note ? [i.note] : [])))]) {
      const f = figures(inSplit.filter((i) => i.note === note), options.redaction);
      const parts = [f.secretItems ? `${f.redacted}/${f.secretItems} secret items redacted` : '', f.cleanItems ? `${f.falsePositives}/${f.cleanItems} clean items redacted` : ''];
      lines.push(`  apart, "${note}": ${parts.filter(Boolean).join('; ')}`);
    }
    if (split === 'tune' || options.showHoldout) {
      for (const miss of main.misses) lines.push(`  ${split} missed: ${miss}`);
      for (const alarm of main.falseAlarms) lines.push(`  ${split} false positive: ${alarm}`);
    }
  }
  return { ...result, lines };
}

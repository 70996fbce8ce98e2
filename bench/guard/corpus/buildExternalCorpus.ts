// `npx tsx bench/guard/corpus/buildExternalCorpus.ts`: turns the detectors' own rule tests saved
// under raw/ (excerpts of public repositories, see README.md there for each file's origin and
// licence) into external.jsonl, one {"text", "secrets", "label", "source", "split", "rule",
// "note"?} a line. Labels are the detectors' own:
// - Nosey Parker / Kingfisher rule files: an example of a rule categorised secret is a secret
//   item whose secrets are what every secret rule of that detector captures in it (see
//   build/portPattern for which group); a negative example is clean unless a secret rule of the
//   same detector matches it (then it is a secret item, note "matched by another rule"); negatives
//   the authors flagged FIXME stay clean with note "fixme" (reported apart: judgement calls).
// - detect-secrets keyword tests: the module's positives carry the secret its test asserts;
//   its negatives (those that hold for every file type) are clean.
// - gitleaks rule files: the literal false positives (fps) are clean; true positives are not
//   used (their secret span is defined by generated expressions we do not port).
// - whispers fixtures and secretlint snapshots: see build/whispersFixtures, build/secretlintSnapshots.
// - trufflehog detectors' pattern tests: see build/trufflehogTests (a case's expected results are
//   what must be redacted; a case expecting none must come out unchanged).
// - semgrep-rules' annotated tests, ripsecrets' test inputs and trivy's scanner test: see
//   build/semgrepTests, build/ripsecretsTests, build/trivyTests (the second holdout, from detectors
//   no rule was designed from).
// - SonarSource sonar-text's rule examples and American Express earlybird's false-positive filter
//   test: see build/sonarSpecs, build/earlybirdTests (the third holdout, written to its own file,
//   holdout3.jsonl, so that nobody reading the other splits meets it).
// - static analysers' hard-coded credential rule tests (bandit, SonarSource's sonar-python,
//   sonar-java and sonar-php, gosec): see build/hardcodedCredentialTests (the fourth holdout, holdout4.jsonl).
// - SonarSource's C#, Kotlin and JavaScript/TypeScript analysers' credential and secret rule tests
//   (sonar-dotnet, sonar-kotlin, SonarJS) and horusec's leaks samples: see build/verifierMarkedTests,
//   build/horusecSamples (the fifth holdout, holdout5.jsonl).
// - sonar-text's other 44 spec files, the remainder of holdout3's sample: see build/sonarSpecs (the
//   sixth holdout, holdout6.jsonl).
// - semgrep-rules' language rules for hard-coded credentials (not generic/secrets, holdout2's): see
//   build/semgrepLanguageTests (the seventh holdout, holdout7.jsonl).
// - GitHub CodeQL's hard-coded credentials query tests (JavaScript, Ruby, Python, Go), labelled by their
//   .expected results: see build/codeqlCredentialTests (the eighth holdout, holdout8.jsonl).
// - Checkmarx KICS's "Passwords And Secrets" query tests, whole positive and negative files labelled by its
//   expected results: see build/kicsTests (the ninth holdout, holdout9.jsonl).
// - ruff's S105/S106, SecurityCodeScan's SCS0015 and find-sec-bugs' hard-coded password tests, labelled by their
//   snapshots, verify calls and detector test lines, and eslint-plugin-no-secrets' RuleTester cases: see
//   build/passwordCheckTests, build/noSecretsTests (the tenth holdout, holdout10.jsonl).
// - Bearer's, njsscan's and mobsfscan's annotated hard-coded secret tests and PMD's rule test cases: see
//   build/annotatedSecretTests, build/pmdRuleTests (the eleventh holdout, holdout11.jsonl).
// - Talisman's pattern and file content detector tests and Checkov's credential check tests and secrets sanity
//   files, labelled by their assertions: see build/talismanDetectorTests, build/checkovCheckTests (the twelfth
//   holdout, holdout12.jsonl).
// - Checkmarx 2ms's rule tests and pre-commit-hooks' detect-aws-credentials and detect-private-key tests, labelled by
//   their lists and expected values: see build/twoMsRuleTests, build/preCommitHookTests (the thirteenth holdout,
//   holdout13.jsonl).
// - praetorian titus' own rule tests (pkg/rule/*_test.go) and auth0 repo-supervisor's tests and fixtures, labelled by
//   their assertions: see build/titusRuleTests, build/repoSupervisorTests (the fourteenth holdout, holdout14.jsonl).
// The split is by source: Nosey Parker, whispers, secretlint, trufflehog (and the older issue corpus) tune;
// Kingfisher, detect-secrets and gitleaks holdout; semgrep-rules, ripsecrets and trivy holdout2;
// sonar-text and earlybird holdout3; bandit, sonar-python, sonar-java, sonar-php and gosec holdout4;
// sonar-dotnet, sonar-kotlin, sonarjs and horusec holdout5; sonar-text's remainder holdout6; semgrep-rules'
// language rules holdout7; CodeQL's credential query tests holdout8; KICS's secrets query tests holdout9;
// ruff's, SecurityCodeScan's, find-sec-bugs' and eslint-plugin-no-secrets' tests holdout10; Bearer's, njsscan's,
// mobsfscan's and PMD's tests holdout11; Talisman's and Checkov's tests holdout12; 2ms's and pre-commit-hooks' tests holdout13;
// titus' own rule tests and repo-supervisor's tests holdout14.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuleFile, type DetectorRule } from './build/ruleFileYaml';
import { portPattern, type PortedPattern } from './build/portPattern';
import { stringLiterals } from './build/pythonLiterals';
import { labelWhispersFixture } from './build/whispersFixtures';
import { labelSecretlintCase, type SecretlintCase } from './build/secretlintSnapshots';
import { labelTrufflehogCases, trufflehogCases, type TrufflehogCase } from './build/trufflehogTests';
import { labelSemgrepTest } from './build/semgrepTests';
import { combinedPattern, labelNone, labelOnePerLine, ripsecretsPatterns } from './build/ripsecretsTests';
import { labelTrivyFile, type TrivyFinding } from './build/trivyTests';
import { labelSonarSpecs, parseSonarSpec } from './build/sonarSpecs';
import { earlybirdCases, labelEarlybirdCases } from './build/earlybirdTests';
import { labelBanditExamples, labelGosecSamples, labelMarkedLines, type CredentialNote } from './build/hardcodedCredentialTests';
import { labelVerifierLines, type FifthNote } from './build/verifierMarkedTests';
import { labelHorusecSamples } from './build/horusecSamples';
import { labelSemgrepLanguageTest, type SeventhNote } from './build/semgrepLanguageTests';
import { labelCodeqlTest, parseRow, type EighthNote } from './build/codeqlCredentialTests';
import { expectedRows, labelKicsTests, type KicsFinding, type NinthNote } from './build/kicsTests';
import { detectorLines, labelFindSecBugsClass, labelRuffFixture, labelSecurityCodeScanTest, type TenthNote } from './build/passwordCheckTests';
import { labelNoSecretsTests, type NoSecretsNote } from './build/noSecretsTests';
import { labelBearerTestData, labelNegativeFile, labelSemgrepMarkedFile, type EleventhNote } from './build/annotatedSecretTests';
import { cryptoKeySecrets, labelPmdRuleTest, namedCredentialSecrets } from './build/pmdRuleTests';
import { labelFileContentTest, labelPatternDetectorTest, type TwelfthNote } from './build/talismanDetectorTests';
import { labelCheckTest, labelSanityFile } from './build/checkovCheckTests';
import { labelRuleTest, type ThirteenthNote } from './build/twoMsRuleTests';
import { labelAwsCredentialFiles, labelPrivateKeyTests } from './build/preCommitHookTests';
import { labelTitusTest, rewritesTuneExample, type FourteenthNote } from './build/titusRuleTests';
import { labelRepoSupervisorTests } from './build/repoSupervisorTests';
import { labelDatadogScrubberTests, labelGitlabUrlSanitizerTest, labelNpmRedactTest, type FifteenthNote } from './build/scrubberTests';
import { labelRelayTests, type RelayTest, type SixteenthNote } from './build/relayScrubberTests';
import { labelSecretMaskerTests } from './build/secretMaskerTests';
import { labelCfnNagSpecs, type CfnNagSpec, type SeventeenthNote } from './build/cfnNagSpecs';
import { labelDockleSensitiveVars } from './build/dockleSensitiveVars';
import { labelGgshieldCassettes, type Cassette, type EighteenthNote } from './build/ggshieldCassettes';
import { labelBrakemanAssertions, type BrakemanAssertion } from './build/brakemanSecretWarnings';
import { labelUrlSanitizerSpec } from './build/urlSanitizerSpec';

// The nineteenth holdout (its lines kept apart from the others' for merging beside another split of the same round).
import { labelTfsecFile, type NineteenthNote, type TfsecSlot } from './build/tfsecCheckTests';
import { labelAuthLeakTest, labelCredentialsFileTest, labelDbPasswordCases } from './build/linterCredentialTests';

// The twentieth holdout (its lines kept apart from the others' for merging beside another split of the same round).
import { polarisText, prowlerText, valueInText, verdictItem, yamlDocuments, type CheckVerdict, type ProwlerPart, type TwentiethNote } from './build/postureCredentialChecks';
// The twenty-first holdout (its lines kept apart for merging beside the twentieth).
import { labelSpringSanitizerTests, labelTranscribedCases, type TranscribedCase, type TwentyFirstNote } from './build/scrubberDefaultTests';
// The twenty-second holdout (its lines kept apart for merging beside the others).
import { labelBicepTests, ruleVerdictItem, type RuleVerdict, type TwentySecondNote } from './build/iacCredentialRules';
// The twenty-third holdout (its lines kept apart for merging beside the round's other new splits).
import { labelDevSkimRules, labelDevSkimTest, labelRoslynTests, type ExampleVerdict, type RuleExamples, type TwentyThirdNote } from './build/ruleEngineExamples';
// The twenty-fifth holdout (its lines kept apart for merging beside the twenty-third and twenty-fourth).
import { labelRedactorCases, type RedactorCase, type TwentyFifthNote } from './build/credentialRedactorTests';
// The twenty-sixth holdout (its lines kept apart for merging beside the round's other new splits).
import { labelHarCaptureTables, type TwentySixthNote } from './build/harScrubberTests';
// The twenty-seventh holdout (its lines kept apart for merging beside the round's other new splits).
import { labelParserCases, type ParserCase } from './build/connectionStringTests';
// The twenty-eighth holdout (its lines kept apart for merging beside the round's other new splits).
import { credentialFileParserSources, labelParserCases as labelCredentialFileCases, type ParserCase as CredentialFileCase, type TwentyEighthNote } from './build/credentialFileParserTests';
// The twenty-ninth holdout (its lines kept apart for merging beside the round's other new splits).
import { labelReferenceExports, passwordImportSources, type ReferenceExport } from './build/passwordImportTests';
import { clientAuthSources, labelClientAuthCases, type ClientAuthCase } from './build/clientAuthTests';
// The thirty-first holdout.
import { labelProviderConfigs, providerSensitiveSources, type ProviderConfigCase, type ThirtyFirstNote } from './build/providerSensitiveConfigs';
// The thirty-second holdout.
import { labelSecretTypedConfigs, secretTypedSources, type SecretTypedCase, type ThirtySecondNote } from './build/secretTypedConfigs';
// The thirty-third holdout.
import { diagnosticsRedactionSources, integrationOf, labelRedactionSetCases, type RedactionSetCase, type ThirtyThirdNote } from './build/diagnosticsRedactionSets';
// The thirty-fourth holdout.
import { jcascSources, labelJcascCases, type JcascCase, type ThirtyFourthNote } from './build/jcascSecretFields';
// The thirty-fifth holdout.
import { labelNoLogCalls, noLogSources, type NoLogCall, type ThirtyFifthNote } from './build/noLogModuleArgs';
// The thirty-sixth holdout.
import { airbyteSources, labelAirbyteConfig, markedSecret, type ThirtySixthNote } from './build/airbyteSecretConfigs';
// The thirty-seventh holdout.
import { labelDataSources, secureJsonDataSources, type ThirtySeventhNote } from './build/secureJsonDataBlocks';
// The thirty-ninth holdout.
import { configSecretSources, labelTelegrafFiles, type SavedTelegrafFile, type TelegrafLabelRules, type ThirtyNinthNote } from './build/configSecretFields';
// The forty-first holdout.
import { camelSources, checkDeclarations, labelCamelTest, type CamelScheme, type FortyFirstNote } from './build/camelSecretOptions';
// The thirty-eighth holdout.
import { fluentdSources, labelFluentdTest, type FluentdTest, type ThirtyEighthNote } from './build/fluentdSecretParams';
// The forty-second holdout.
import { declaredOptions, inheritedDeclarationSource, labelPasswordOptionSettings, passwordOptionSources, type FortySecondNote } from './build/passwordOptionSettings';
// The fortieth holdout.
import { checkPasswordKeyDeclarations, connectConfigSources, connectDeclarationSources, labelConnectConfig, type ConfigForm, type FortiethNote, type PasswordKey } from './build/connectPasswordConfigs';
import { declaredProperties, labelSingerTest, singerSources, type FortyFifthNote } from './build/singerSecretConfigs';
// The forty-seventh holdout.
import { customPatternSource, labelPatternFolder, type FortySeventhNote } from './build/customPatternTests';
// The forty-ninth holdout.
import { contentCheckerCases, detectSecretsForkSources, diffScanCases, keywordTableCases, labelCases, namedTestCases, parametrizedCases, reportedPrefixes, reportedSecret, stripped, yelpComparisonSource, type AssertedCase, type FortyNinthNote } from './build/detectSecretsForkTests';
import { excerptFindings, labelCredSweeperFindings, type FortySixthNote } from './build/credSweeperFindings';
import { labelFakeLeak, type FortyEighthNote } from './build/fakeLeakVerdicts';
// The fiftieth holdout.
import { labelEntropyTest, labelPluginTest, labelScanTest, reportedValues, type FiftiethNote } from './build/yelpPluginTests';
// The fifty-first holdout.
import { gitleaksDetectSource, gitleaksRulesSource, labelDetectCases, labelRuleFile, markOtherKinds, type DetectCase, type FiftyFirstNote } from './build/gitleaksRuleExamples';
// The fifty-second holdout.
import { guardrailsJsSource, guardrailsPySource, labelCheckCases, labelScanCases, llmGuardCopiesSource, llmGuardSource, secretsPresentSource, type CheckCase, type FiftySecondNote, type ScanCase } from './build/promptScannerTests';
// The fifty-fourth holdout.
// The fifty-sixth holdout.
import { labelCandidateCases, labelEvaluatorTests, labelFileScannerTest, labelGitScannerTest, labelHashedSecretTest, labelRegexChecks, labelRustyHogTests, labelScoringCases, labelSemanticTest, markHeldSecrets, type CandidateCase, type FiftyFourthNote } from './build/scannerEngineTests';
import { credentialHelperSources, labelGitCredentialScript, labelHelperCases, type FiftySixthNote, type HelperCase } from './build/credentialHelperTests';
import { labelSdkClientCases, sdkClientSources, type FiftySeventhNote } from './build/sdkClientTests';
// The fifty-eighth holdout.
import { labelMaskCases, logMaskerSources, type FiftyEighthNote, type MaskCase } from './build/logMaskerTests';
// The fifty-ninth holdout.
import { identityClientSources, labelIdentityCases, type IdentityCase } from './build/identityClientTests';
// The sixtieth holdout.
import { labelSecretManagerCases, secretManagerSources, type SecretManagerCase, type SixtiethNote } from './build/secretManagerTests';
// The sixty-first holdout.
import { labelOpaqueConfigs, opaqueConfigSources, type SavedConfigFile, type SixtyFirstNote } from './build/opaqueConfigFields';
// The sixty-second holdout.
import { componentSecretSources, labelComponentArguments, type ComponentCase, type SixtySecondNote } from './build/componentSecretArguments';
// The sixty-third holdout.
import { backstageConfigKeys, capPerGroup, credentialDefinitionSources, labelMarkedPairs, n8nCredentialType, type KeyMarkers, type SixtyThirdNote } from './build/credentialDefinitionTests';
// The fifty-third holdout.
import { kingfisherRestSource, kingfisherTestsSource, labelRuleExamples, labelTestCases, sampleSize, type FiftyThirdNote, type TestCase } from './build/kingfisherRuleExamples';
import { kingfisherMoreSource, keepHashSample } from './build/kingfisherMoreSample';
// The forty-third holdout.
import { descriptorSensitivity, labelPropertiesFile, labelSetPropertyRuns, sensitiveDescriptorSources, sensitiveKeys, type FortyThirdNote } from './build/sensitiveDescriptorConfigs';
import { credentialDeclarations, labelNodeRedTest, nodeRedSources, type FortyFourthNote } from './build/nodeRedCredentials';
import type { Split } from '../splitReport';

export interface ExternalItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  source: string;
  split: Split;
  rule: string;
  note?: 'fixme' | 'matched by another rule' | "holds another case's secret" | "holds another example's secret" | CredentialNote | FifthNote | SeventhNote | EighthNote | NinthNote | TenthNote | NoSecretsNote | EleventhNote | TwelfthNote | ThirteenthNote | FourteenthNote | FifteenthNote | SixteenthNote | SeventeenthNote
    | EighteenthNote | NineteenthNote
    | TwentiethNote
    | TwentyFirstNote
    | TwentySecondNote
    | TwentyThirdNote
    | TwentyFifthNote
    | TwentySixthNote
    | TwentyEighthNote
    | ThirtyFirstNote
    | ThirtySecondNote
    | ThirtyThirdNote
    | ThirtyFourthNote
    | ThirtyFifthNote
    | ThirtySixthNote
    | ThirtySeventhNote
    | ThirtyNinthNote
    | FortyFirstNote
    | ThirtyEighthNote
    | FortySecondNote
    | FortiethNote
    | FortyFifthNote
    | FortySeventhNote
    | FortyNinthNote
    | FiftiethNote
    | FiftyFirstNote
    | FiftySecondNote
    | FiftyFourthNote
    | FiftySixthNote
    | FiftySeventhNote
    | FiftyEighthNote
    | SixtiethNote
    | SixtyFirstNote
    | SixtySecondNote
    | SixtyThirdNote
    | FiftyThirdNote
    | FortyEighthNote
    | FortyThirdNote
    | FortyFourthNote
    | FortySixthNote;
}

const here = __dirname;
const raw = join(here, 'raw');
export const externalCorpusPath = join(here, 'external.jsonl');
/** The third holdout lives in a file of its own. */
export const holdout3CorpusPath = join(here, 'holdout3.jsonl');
/** The fourth holdout too. */
export const holdout4CorpusPath = join(here, 'holdout4.jsonl');
/** And the fifth. */
export const holdout5CorpusPath = join(here, 'holdout5.jsonl');
/** And the sixth. */
export const holdout6CorpusPath = join(here, 'holdout6.jsonl');
/** And the seventh. */
export const holdout7CorpusPath = join(here, 'holdout7.jsonl');
/** And the eighth. */
export const holdout8CorpusPath = join(here, 'holdout8.jsonl');
/** And the ninth. */
export const holdout9CorpusPath = join(here, 'holdout9.jsonl');
/** And the tenth. */
export const holdout10CorpusPath = join(here, 'holdout10.jsonl');
/** And the eleventh. */
export const holdout11CorpusPath = join(here, 'holdout11.jsonl');
/** And the twelfth. */
export const holdout12CorpusPath = join(here, 'holdout12.jsonl');
/** And the thirteenth. */
export const holdout13CorpusPath = join(here, 'holdout13.jsonl');
/** And the fourteenth. */
export const holdout14CorpusPath = join(here, 'holdout14.jsonl');
/** And the fifteenth. */
export const holdout15CorpusPath = join(here, 'holdout15.jsonl');
/** And the sixteenth. */
export const holdout16CorpusPath = join(here, 'holdout16.jsonl');
/** And the seventeenth. */
export const holdout17CorpusPath = join(here, 'holdout17.jsonl');
/** And the eighteenth. */
export const holdout18CorpusPath = join(here, 'holdout18.jsonl');

/** And the nineteenth. */
export const holdout19CorpusPath = join(here, 'holdout19.jsonl');

/** And the twentieth. */
export const holdout20CorpusPath = join(here, 'holdout20.jsonl');
/** And the twenty-first. */
export const holdout21CorpusPath = join(here, 'holdout21.jsonl');
/** And the twenty-second. */
export const holdout22CorpusPath = join(here, 'holdout22.jsonl');
/** And the twenty-third. */
export const holdout23CorpusPath = join(here, 'holdout23.jsonl');
/** And the twenty-fourth. */
export const holdout24CorpusPath = join(here, 'holdout24.jsonl');
/** And the twenty-fifth. */
export const holdout25CorpusPath = join(here, 'holdout25.jsonl');
/** And the twenty-sixth. */
export const holdout26CorpusPath = join(here, 'holdout26.jsonl');
/** And the twenty-seventh. */
export const holdout27CorpusPath = join(here, 'holdout27.jsonl');
/** And the twenty-eighth. */
export const holdout28CorpusPath = join(here, 'holdout28.jsonl');
/** And the twenty-ninth. */
export const holdout29CorpusPath = join(here, 'holdout29.jsonl');
/** And the thirtieth. */
export const holdout30CorpusPath = join(here, 'holdout30.jsonl');
/** And the thirty-first. */
export const holdout31CorpusPath = join(here, 'holdout31.jsonl');
/** And the thirty-second. */
export const holdout32CorpusPath = join(here, 'holdout32.jsonl');
/** And the thirty-third. */
export const holdout33CorpusPath = join(here, 'holdout33.jsonl');
/** And the thirty-fourth. */
export const holdout34CorpusPath = join(here, 'holdout34.jsonl');
/** And the thirty-fifth. */
export const holdout35CorpusPath = join(here, 'holdout35.jsonl');
/** And the thirty-sixth. */
export const holdout36CorpusPath = join(here, 'holdout36.jsonl');
/** And the thirty-seventh. */
export const holdout37CorpusPath = join(here, 'holdout37.jsonl');
/** And the thirty-ninth. */
export const holdout39CorpusPath = join(here, 'holdout39.jsonl');
/** And the forty-first. */
export const holdout41CorpusPath = join(here, 'holdout41.jsonl');
/** And the thirty-eighth. */
export const holdout38CorpusPath = join(here, 'holdout38.jsonl');
/** And the forty-second. */
export const holdout42CorpusPath = join(here, 'holdout42.jsonl');
/** And the fortieth. */
export const holdout40CorpusPath = join(here, 'holdout40.jsonl');
/** And the forty-fifth. */
export const holdout45CorpusPath = join(here, 'holdout45.jsonl');
/** And the forty-sixth. */
export const holdout46CorpusPath = join(here, 'holdout46.jsonl');
/** And the forty-seventh. */
export const holdout47CorpusPath = join(here, 'holdout47.jsonl');
/** And the forty-eighth. */
export const holdout48CorpusPath = join(here, 'holdout48.jsonl');
/** And the forty-ninth. */
export const holdout49CorpusPath = join(here, 'holdout49.jsonl');
/** And the fiftieth. */
export const holdout50CorpusPath = join(here, 'holdout50.jsonl');
/** And the fifty-first. */
export const holdout51CorpusPath = join(here, 'holdout51.jsonl');
/** And the fifty-second. */
export const holdout52CorpusPath = join(here, 'holdout52.jsonl');
/** And the fifty-fourth. */
export const holdout54CorpusPath = join(here, 'holdout54.jsonl');
/** And the fifty-third. */
export const holdout53CorpusPath = join(here, 'holdout53.jsonl');
/** And the fifty-fifth. */
export const holdout55CorpusPath = join(here, 'holdout55.jsonl');
/** And the fifty-sixth. */
export const holdout56CorpusPath = join(here, 'holdout56.jsonl');
/** And the fifty-seventh. */
export const holdout57CorpusPath = join(here, 'holdout57.jsonl');
/** And the fifty-eighth. */
export const holdout58CorpusPath = join(here, 'holdout58.jsonl');
/** And the fifty-ninth. */
export const holdout59CorpusPath = join(here, 'holdout59.jsonl');
/** And the sixtieth. */
export const holdout60CorpusPath = join(here, 'holdout60.jsonl');
/** And the sixty-first. */
export const holdout61CorpusPath = join(here, 'holdout61.jsonl');
/** And the sixty-second. */
export const holdout62CorpusPath = join(here, 'holdout62.jsonl');
/** And the sixty-third. */
export const holdout63CorpusPath = join(here, 'holdout63.jsonl');
/** And the forty-third. */
export const holdout43CorpusPath = join(here, 'holdout43.jsonl');
/** And the forty-fourth. */
export const holdout44CorpusPath = join(here, 'holdout44.jsonl');

/** The corpus as the excerpts under raw/ give it, and what the build has to say (skipped examples). */
export function buildExternalCorpus(): { items: ExternalItem[]; report: string[]; droppedOverlap: number } {
  const items: ExternalItem[] = [];
  const report: string[] = [];
  for (const [source, split] of [['noseyparker', 'tune'], ['kingfisher', 'holdout']] as const) {
    const files = readdirSync(join(raw, source)).filter((f) => f.endsWith('.yml')).sort();
    const rules = files.flatMap((f) => parseRuleFile(readFileSync(join(raw, source, f), 'utf8')));
    items.push(...fromRuleFiles(source, split, rules, report));
  }
  items.push(...fromWhispers(report));
  items.push(...fromSecretlint());
  items.push(...fromDetectSecrets());
  items.push(...fromGitleaks());
  for (const line of readFileSync(join(here, 'detectorRuleTests.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const i = JSON.parse(line) as { text: string; secrets: string[]; label: 'secret' | 'clean' };
    items.push({ ...i, source: 'issue-corpus', split: 'tune', rule: 'detectorRuleTests.jsonl' });
  }
  // After the older sources: a text they already hold stays theirs (the issue corpus quoted sendgrid's cases).
  items.push(...fromTrufflehog(report));
  items.push(...fromSemgrep(), ...fromRipsecrets(report), ...fromTrivy(report));
  items.push(...fromSonar(report), ...fromEarlybird(report));
  items.push(...fromHardcodedCredentialTests(report));
  items.push(...fromVerifierMarkedTests(report), ...fromHorusec(report));
  items.push(...fromSonarRest(report));
  items.push(...fromSemgrepLanguage(report));
  items.push(...fromCodeql(report));
  items.push(...fromKics(report));
  items.push(...fromPasswordChecks(report));
  items.push(...fromAnnotatedSecretTests(report));
  items.push(...fromTalismanAndCheckov(report));
  items.push(...fromTwoMsAndPreCommitHooks(report));
  items.push(...fromTitusAndRepoSupervisor(report));
  items.push(...fromDatadogAgentAndNpmRedact(report));
  items.push(...fromRelayAndSecretMasker(report));
  items.push(...fromCfnNagAndDockle(report));
  items.push(...fromGgshieldBrakemanAndUrlSanitizer(report));

  items.push(...fromTfsecAndLinters(report));

  items.push(...fromPostureCredentialChecks(report));
  items.push(...fromScrubberDefaults(report));
  items.push(...fromIacCredentialRules(report));
  items.push(...fromRuleEngineExamples());
  items.push(...fromErrorTrackerScrubbers(report));
  items.push(...fromCredentialRedactors(report));
  items.push(...fromHarScrubberTests());
  items.push(...fromConnectionStringParsers(report));
  items.push(...fromCredentialFileParsers(report));
  items.push(...fromPasswordImportTests(report));
  items.push(...fromClientAuthTests(report));
  items.push(...fromProviderSensitiveConfigs(report));
  items.push(...fromSecretTypedConfigs(report));
  items.push(...fromDiagnosticsRedactionSets(report));
  items.push(...fromJcascSecretFields(report));
  items.push(...fromNoLogModuleArgs(report));
  items.push(...fromAirbyteConfigs());
  items.push(...fromSecureJsonDataBlocks(report));
  items.push(...fromConfigSecretFields());
  items.push(...fromCamelSecretOptions());
  items.push(...fromFluentdSecretParams(report));
  items.push(...fromPasswordOptionSettings(report));
  items.push(...fromConnectPasswordConfigs());
  items.push(...fromSingerSecretConfigs(report));
  items.push(...fromCustomPatternTests());
  items.push(...fromDetectSecretsForkTests(report));
  items.push(...fromYelpPluginTests(report));
  items.push(...fromGitleaksRuleExamples(report));
  items.push(...fromPromptScannerTests());
  items.push(...fromScannerEngineTests(report));
  items.push(...fromCredentialHelperTests());
  items.push(...fromSdkClientTests(report));
  items.push(...fromLogMaskerTests());
  items.push(...fromIdentityClientTests());
  items.push(...fromSecretManagerTests(report));
  items.push(...fromCredentialDefinitionTests(report));
  items.push(...fromOpaqueConfigFields());
  items.push(...fromKingfisherRuleExamples(report));
  items.push(...fromKingfisherMoreExamples(report));
  items.push(...fromFakeLeaks());
  items.push(...fromSensitiveDescriptorConfigs(report));
  items.push(...fromNodeRedCredentials(report));
  items.push(...fromCredSweeperFindings(report));
  items.push(...fromComponentSecretArguments(report));
  setApartTuneExamples(items);

  // The same text twice (across rules or sources) is one item, and a holdout text already in a
  // tune source is dropped from the holdout (Kingfisher imported many Nosey Parker rules); a
  // second-holdout text already in either is dropped from the second, a third-holdout text already
  // in any older split from the third, a fourth-holdout text already in any older split from the fourth,
  // a fifth-holdout text already in any older split from the fifth, a sixth-holdout text already in any
  // older split from the sixth, a seventh-holdout text already in any older split from the seventh, an
  // eighth-holdout text already in any older split from the eighth, a ninth-holdout one from the ninth, a
  // tenth-holdout one from the tenth, an eleventh-holdout one from the eleventh, a twelfth-holdout one from the twelfth, a thirteenth-holdout one from
  // the thirteenth, a fourteenth-holdout one from the fourteenth, a fifteenth-holdout one from the fifteenth, a
  // sixteenth-holdout one from the sixteenth, a seventeenth-holdout one from the seventeenth.
  const seen = new Map<string, ExternalItem>();
  const textsOf = (split: ExternalItem['split']) => new Set(items.filter((i) => i.split === split).map((i) => i.text));
  const tuneTexts = textsOf('tune');
  const holdoutTexts = textsOf('holdout');
  const holdout2Texts = textsOf('holdout2');
  const holdout3Texts = textsOf('holdout3');
  const holdout4Texts = textsOf('holdout4');
  const holdout5Texts = textsOf('holdout5');
  const holdout6Texts = textsOf('holdout6');
  const holdout7Texts = textsOf('holdout7');
  const holdout8Texts = textsOf('holdout8');
  const holdout9Texts = textsOf('holdout9');
  const holdout10Texts = textsOf('holdout10');
  const holdout11Texts = textsOf('holdout11');
  const holdout12Texts = textsOf('holdout12');
  const holdout13Texts = textsOf('holdout13');
  const holdout14Texts = textsOf('holdout14');
  const holdout15Texts = textsOf('holdout15');
  const holdout16Texts = textsOf('holdout16');
  const holdout17Texts = textsOf('holdout17');
  // From the nineteenth holdout on, each one's texts are checked against every split but itself and the newer ones (a newer
  // split drops its own overlaps).
  const laterHoldouts = ['holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33', 'holdout34', 'holdout35', 'holdout36', 'holdout37', 'holdout38', 'holdout39', 'holdout40', 'holdout41', 'holdout42', 'holdout43', 'holdout44', 'holdout45', 'holdout46', 'holdout47', 'holdout48', 'holdout49', 'holdout50', 'holdout51', 'holdout52', 'holdout53', 'holdout54', 'holdout55', 'holdout56', 'holdout57', 'holdout58', 'holdout59', 'holdout60', 'holdout61', 'holdout62', 'holdout63'] as const;
  const olderThan = new Map(laterHoldouts.map((split, at) => {
    const skipped = new Set<string>(laterHoldouts.slice(at));
    return [split as string, new Set(items.filter((i) => !skipped.has(i.split)).map((i) => i.text))];
  }));
  let droppedOverlap = 0;
  for (const item of items) {
    const older =
      item.split === 'holdout' ? tuneTexts.has(item.text)
      : item.split === 'holdout2' ? tuneTexts.has(item.text) || holdoutTexts.has(item.text)
      : item.split === 'holdout3' ? tuneTexts.has(item.text) || holdoutTexts.has(item.text) || holdout2Texts.has(item.text)
      : item.split === 'holdout4' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout5' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout6' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout7' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout8' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout9' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout10' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout11' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout12' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout13' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout14' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts, holdout13Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout15' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts, holdout13Texts, holdout14Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout16' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts, holdout13Texts, holdout14Texts, holdout15Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout17' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts, holdout13Texts, holdout14Texts, holdout15Texts, holdout16Texts].some((texts) => texts.has(item.text))
      : item.split === 'holdout18' ? [tuneTexts, holdoutTexts, holdout2Texts, holdout3Texts, holdout4Texts, holdout5Texts, holdout6Texts, holdout7Texts, holdout8Texts, holdout9Texts, holdout10Texts, holdout11Texts, holdout12Texts, holdout13Texts, holdout14Texts, holdout15Texts, holdout16Texts, holdout17Texts].some((texts) => texts.has(item.text))
      : olderThan.get(item.split)?.has(item.text) ?? false;
    if (older) {
      droppedOverlap++;
      continue;
    }
    const before = seen.get(item.text);
    if (!before) seen.set(item.text, item);
    else if (item.label === 'secret') {
      if (before.label !== 'secret') seen.set(item.text, item);
      // A rule's own example outranks another rule's negative that a secret rule matches.
      else if (before.note && !item.note) seen.set(item.text, { ...item, secrets: [...new Set([...before.secrets, ...item.secrets])] });
      else before.secrets = [...new Set([...before.secrets, ...item.secrets])];
    }
  }
  // The fifty-fifth holdout's sample (raw/holdout55-SOURCES.md) applies after the overlap rule.
  return { items: keepHashSample([...seen.values()], 'holdout55', report), report, droppedOverlap };
}

/** One JSON object a line, as external.jsonl holds it. */
export function serializeCorpus(items: readonly ExternalItem[]): string {
  return items.map((i) => JSON.stringify(i)).join('\n') + '\n';
}

if (require.main === module) {
  const { items: out, report, droppedOverlap } = buildExternalCorpus();
  const apartFiles = { holdout3: holdout3CorpusPath, holdout4: holdout4CorpusPath, holdout5: holdout5CorpusPath, holdout6: holdout6CorpusPath, holdout7: holdout7CorpusPath, holdout8: holdout8CorpusPath, holdout9: holdout9CorpusPath, holdout10: holdout10CorpusPath, holdout11: holdout11CorpusPath, holdout12: holdout12CorpusPath, holdout13: holdout13CorpusPath, holdout14: holdout14CorpusPath, holdout15: holdout15CorpusPath, holdout16: holdout16CorpusPath, holdout17: holdout17CorpusPath,
    holdout18: holdout18CorpusPath,
    holdout19: holdout19CorpusPath,
    holdout20: holdout20CorpusPath,
    holdout21: holdout21CorpusPath,
    holdout22: holdout22CorpusPath,
    holdout23: holdout23CorpusPath,
    holdout24: holdout24CorpusPath,
    holdout25: holdout25CorpusPath,
    holdout26: holdout26CorpusPath,
    holdout27: holdout27CorpusPath,
    holdout28: holdout28CorpusPath,
    holdout29: holdout29CorpusPath,
    holdout30: holdout30CorpusPath,
    holdout31: holdout31CorpusPath,
    holdout32: holdout32CorpusPath,
    holdout33: holdout33CorpusPath,
    holdout34: holdout34CorpusPath,
    holdout35: holdout35CorpusPath,
    holdout36: holdout36CorpusPath,
    holdout37: holdout37CorpusPath,
    holdout39: holdout39CorpusPath,
    holdout41: holdout41CorpusPath,
    holdout38: holdout38CorpusPath,
    holdout42: holdout42CorpusPath,
    holdout40: holdout40CorpusPath,
    holdout45: holdout45CorpusPath,
    holdout46: holdout46CorpusPath,
    holdout47: holdout47CorpusPath,
    holdout48: holdout48CorpusPath,
    holdout49: holdout49CorpusPath,
    holdout50: holdout50CorpusPath,
    holdout51: holdout51CorpusPath,
    holdout52: holdout52CorpusPath,
    holdout54: holdout54CorpusPath,
    holdout53: holdout53CorpusPath,
    holdout55: holdout55CorpusPath,
    holdout56: holdout56CorpusPath,
    holdout57: holdout57CorpusPath,
    holdout58: holdout58CorpusPath,
    holdout59: holdout59CorpusPath,
    holdout60: holdout60CorpusPath,
    holdout61: holdout61CorpusPath,
    holdout62: holdout62CorpusPath,
    holdout63: holdout63CorpusPath,
    holdout43: holdout43CorpusPath,
    holdout44: holdout44CorpusPath,
  } as const;
  writeFileSync(externalCorpusPath, serializeCorpus(out.filter((i) => !(i.split in apartFiles))));
  for (const [split, path] of Object.entries(apartFiles)) writeFileSync(path, serializeCorpus(out.filter((i) => i.split === split)));
  for (const line of report) console.log(line);
  const count = (f: (i: ExternalItem) => boolean) => out.filter(f).length;
  for (const source of [...new Set(out.map((i) => i.source))]) {
    console.log(`${source}: ${count((i) => i.source === source && i.label === 'secret')} secret, ${count((i) => i.source === source && i.label === 'clean')} clean (${count((i) => i.source === source && i.note === 'fixme')} fixme)`);
  }
  console.log(`${out.length} items written; ${droppedOverlap} holdout texts dropped as already in an older split`);
}

function fromRuleFiles(source: string, split: 'tune' | 'holdout', rules: readonly DetectorRule[], report: string[]): ExternalItem[] {
  const ported = new Map<string, PortedPattern>();
  for (const rule of rules) {
    try {
      ported.set(rule.id, portPattern(rule.pattern));
    } catch (error) {
      report.push(`${source} ${rule.id}: pattern not portable (${(error as Error).message}); its examples are skipped`);
    }
  }
  const isSecretRule = (r: DetectorRule) => !r.categories || r.categories.includes('secret');
  const secretRules = rules.filter((r) => isSecretRule(r) && ported.has(r.id));
  const capture = (text: string, only?: DetectorRule) => {
    const found: string[] = [];
    for (const rule of only ? [only] : secretRules) {
      const p = ported.get(rule.id)!;
      for (const m of text.matchAll(p.regex)) {
        for (const g of p.secretGroups) if (m[g]) found.push(m[g]!);
      }
    }
    return [...new Set(found)];
  };
  const out: ExternalItem[] = [];
  for (const rule of rules) {
    if (!ported.has(rule.id)) continue;
    if (isSecretRule(rule)) {
      for (const ex of rule.examples) {
        if (capture(ex.text, rule).length === 0) {
          report.push(`${source} ${rule.id}: an example its own ported pattern does not match, skipped: ${JSON.stringify(ex.text.slice(0, 80))}`);
          continue;
        }
        out.push({ text: ex.text, secrets: capture(ex.text), label: 'secret', source, split, rule: rule.id });
      }
    }
    for (const neg of rule.negatives) {
      const secrets = capture(neg.text);
      if (secrets.length > 0) out.push({ text: neg.text, secrets, label: 'secret', source, split, rule: rule.id, note: 'matched by another rule' });
      else out.push({ text: neg.text, secrets: [], label: 'clean', source, split, rule: rule.id, ...(neg.fixme ? { note: 'fixme' as const } : {}) });
    }
  }
  return out;
}

function fromWhispers(report: string[]): ExternalItem[] {
  const dir = join(raw, 'whispers');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string; whispersCount: number }[] };
  const out: ExternalItem[] = [];
  for (const { file, whispersCount } of manifest.files) {
    const { snippets, reported } = labelWhispersFixture({ file, text: readFileSync(join(dir, file), 'utf8'), whispersCount });
    // The labels stand only if they find what whispers' own test says it reports there.
    if (reported !== whispersCount) throw new Error(`whispers ${file}: ${reported} values labelled, its test reports ${whispersCount}`);
    for (const s of snippets) out.push({ ...s, source: 'whispers', split: 'tune', rule: file });
  }
  report.push(`whispers: ${manifest.files.length} fixtures, every one labelled with as many values as its test reports`);
  return out;
}

function fromSecretlint(): ExternalItem[] {
  const dir = join(raw, 'secretlint');
  const out: ExternalItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const saved = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<SecretlintCase, 'name'>;
    const [rule, name] = file.replace(/\.json$/, '').split('__') as [string, string];
    for (const s of labelSecretlintCase({ ...saved, name })) out.push({ ...s, source: 'secretlint', split: 'tune', rule: `${rule}/${name}` });
  }
  return out;
}

// raw/trufflehog/*.go.txt: the sampled detectors' tests in the version the index gives (the first
// 43); raw/trufflehog/versions/<name>.<file id>.go.txt: other stored versions of the sampled detectors
// whose given version has no pattern test. A detector's cases over all its versions, each distinct
// case (input and results) once, labelled together.
function fromTrufflehog(report: string[]): ExternalItem[] {
  const dir = join(raw, 'trufflehog');
  const versions = join(dir, 'versions');
  const byDetector = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.go.txt')).sort()) byDetector.set(file.replace(/\.go\.txt$/, ''), [join(dir, file)]);
  for (const file of readdirSync(versions).filter((f) => f.endsWith('.go.txt')).sort()) {
    const detector = file.replace(/\.\d+\.go\.txt$/, '');
    byDetector.set(detector, [...(byDetector.get(detector) ?? []), join(versions, file)]);
  }
  const out: ExternalItem[] = [];
  for (const [detector, files] of byDetector) {
    const distinct = new Map<string, TrufflehogCase>();
    for (const file of files) {
      for (const c of trufflehogCases(readFileSync(file, 'utf8'))) {
        const key = JSON.stringify([c.input, [...c.want].sort()]);
        if (!distinct.has(key)) distinct.set(key, c);
      }
    }
    for (const item of labelTrufflehogCases(detector, [...distinct.values()], report)) out.push({ ...item, source: 'trufflehog', split: 'tune' });
  }
  return out;
}

// raw/sonar/*.yaml: excerpts of sonar-text's rule specs (each names its path and commit), labelled together.
function fromSonar(report: string[]): ExternalItem[] {
  const dir = join(raw, 'sonar');
  const specs = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => parseSonarSpec(readFileSync(join(dir, f), 'utf8')));
  return labelSonarSpecs(specs, report).map((s) => ({ ...s, source: 'sonar-text', split: 'holdout3' as const }));
}

// raw/sonar-text-rest/: sonar-text's spec files holdout3's sample left (SHA-1 of the path 8-f), whole,
// each with its path and commit in a two-line header; the manifest lists them. Labelled together.
function fromSonarRest(report: string[]): ExternalItem[] {
  const dir = join(raw, 'sonar-text-rest');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
  const specs = manifest.files.map(({ file }) => parseSonarSpec(readFileSync(join(dir, file), 'utf8')));
  return labelSonarSpecs(specs, report).map((s) => ({ ...s, source: 'sonar-text', split: 'holdout6' as const }));
}

// raw/semgrep-lang/: semgrep-rules' language rules' test files, verbatim; the manifest names each file's
// path, commit and credential rules.
function fromSemgrepLanguage(report: string[]): ExternalItem[] {
  const dir = join(raw, 'semgrep-lang');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string; rules: string[] }[] };
  return manifest.files.flatMap(({ file, rules }) =>
    labelSemgrepLanguageTest(file, readFileSync(join(dir, file), 'utf8'), rules, report).map((s) => ({ ...s, source: 'semgrep-rules-lang', split: 'holdout7' as const })),
  );
}

// raw/codeql/: CodeQL's credential query test sources, verbatim; the manifest names each file's path, commit
// and source, and transcribes the .expected files' result rows (and Go's sink lines).
function fromCodeql(report: string[]): ExternalItem[] {
  const dir = join(raw, 'codeql');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    expected: { rows: string[]; sinks?: string[] }[];
    files: { file: string; path: string; source: string }[];
  };
  const rows = manifest.expected.flatMap((e) => e.rows.map(parseRow));
  const sinks = manifest.expected.flatMap((e) => e.sinks ?? []);
  return manifest.files.flatMap(({ file, path, source }) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const sinkLines = sinks.filter((s) => s.startsWith(`${name}:`)).map((s) => Number(s.slice(name.length + 1)));
    return labelCodeqlTest(path, readFileSync(join(dir, file), 'utf8'), rows.filter((r) => r.file === name), sinkLines, report).map((s) => ({ ...s, source, split: 'holdout8' as const }));
  });
}

// raw/kics/: KICS's secrets query test files, verbatim, and its expected results; the manifest names each file's
// path and commit, and pairs each expected row with the line and value of the saved version.
function fromKics(report: string[]): ExternalItem[] {
  const dir = join(raw, 'kics');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    expected: { file: string };
    files: { file: string; path: string }[];
    findings: Record<string, KicsFinding[]>;
  };
  const rows = expectedRows(readFileSync(join(dir, manifest.expected.file), 'utf8'));
  const read = ({ file, path }: { file: string; path: string }) => ({ path, text: readFileSync(join(dir, file), 'utf8'), name: path.slice(path.lastIndexOf('/') + 1) });
  const files = manifest.files.map(read);
  const positives = files.filter((f) => f.name.startsWith('positive')).map((f) => ({ ...f, rows: rows.filter((r) => r.fileName === f.name), findings: manifest.findings[f.name] ?? [] }));
  const negatives = files.filter((f) => f.name.startsWith('negative'));
  return labelKicsTests(positives, negatives, report).map((s) => ({ ...s, source: 'kics', split: 'holdout9' as const }));
}

// raw/ruff/, raw/security-code-scan/, raw/find-sec-bugs/, raw/no-secrets/: the four tools' tests, verbatim; each manifest
// names each file's path, commit and index file id.
function fromPasswordChecks(report: string[]): ExternalItem[] {
  const read = (source: string, file: string) => readFileSync(join(raw, source, file), 'utf8');
  const ruff = (['S105', 'S106'] as const).flatMap((code) => labelRuffFixture(`${code}.py`, read('ruff', `${code}.py.txt`), read('ruff', `${code}_${code}.py.snap.txt`)).map((s) => ({ ...s, source: 'ruff' })));
  const scs = ['HardcodedPasswordTest.cs', 'HardcodedPasswordFieldTest.cs'].flatMap((file) => labelSecurityCodeScanTest(file, read('security-code-scan', `${file}.txt`)).map((s) => ({ ...s, source: 'security-code-scan' })));
  const lines = detectorLines(read('find-sec-bugs', 'ConstantPasswordDetectorTest.java.txt'));
  const fsb = ['ConstantPasswords', 'VertxOauth2Config'].flatMap((name) => labelFindSecBugsClass(`${name}.java`, read('find-sec-bugs', `${name}.java.txt`), lines[name] ?? [], report).map((s) => ({ ...s, source: 'find-sec-bugs' })));
  const noSecrets = labelNoSecretsTests(read('no-secrets', 'no-secrets.ts.txt'), read('no-secrets', 'regexes.ts.txt'), read('no-secrets', 'utils.ts.txt')).map((s) => ({ ...s, source: 'no-secrets' }));
  return [...ruff, ...scs, ...fsb, ...noSecrets].map((s) => ({ ...s, split: 'holdout10' as const }));
}

// raw/bearer/, raw/njsscan/, raw/mobsfscan/, raw/pmd/: the four tools' tests, verbatim; each manifest names each file's
// path, commit, index file id and length (the build fails on a saved file of another length).
function fromAnnotatedSecretTests(report: string[]): ExternalItem[] {
  const read = (source: string) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; saved: string; length: number }[]; rules?: string[]; negatives?: string[] };
    const files = manifest.files.map(({ path, saved, length }) => {
      const text = readFileSync(join(raw, source, saved), 'utf8');
      if (text.length !== length) throw new Error(`${source} ${path}: ${text.length} characters saved, the index gave ${length}`);
      return { path, text };
    });
    return { files, rules: manifest.rules ?? [], negatives: new Set(manifest.negatives ?? []) };
  };
  const bearer = read('bearer').files.flatMap((f) => labelBearerTestData(f.path, f.text, report).map((s) => ({ ...s, source: 'bearer' })));
  const marked = (['njsscan', 'mobsfscan'] as const).flatMap((source) => {
    const { files, rules, negatives } = read(source);
    return files.flatMap((f) => (negatives.has(f.path) ? labelNegativeFile(f.path, f.text) : labelSemgrepMarkedFile(source, f.path, f.text, rules, report)).map((s) => ({ ...s, source })));
  });
  const pmd = read('pmd').files.flatMap((f) => labelPmdRuleTest(f.path, f.text, /ApexSuggestUsingNamedCred/.test(f.path) ? namedCredentialSecrets : cryptoKeySecrets, report).map((s) => ({ ...s, source: 'pmd' })));
  return [...bearer, ...marked, ...pmd].map((s) => ({ ...s, split: 'holdout11' as const }));
}

// A source's files saved verbatim under raw/<source>/, as its manifest names them (path, commit, index file id and
// length: the build fails on a saved file of another length).
function readSaved(source: string) {
  const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; saved: string; length: number }[]; scanned?: Record<string, string[]> };
  const files = manifest.files.map(({ path, saved, length }) => {
    const text = readFileSync(join(raw, source, saved), 'utf8');
    if (text.length !== length) throw new Error(`${source} ${path}: ${text.length} characters saved, the index gave ${length}`);
    return { path, text };
  });
  return { files, scanned: manifest.scanned ?? {} };
}

/** A source's saved files joined (for citations), and each path's text, a file saved as several excerpts joined once. */
function savedByPath(source: string): { saved: string; byPath: Map<string, string> } {
  const files = readSaved(source).files;
  const byPath = new Map<string, string>();
  for (const f of files) byPath.set(f.path, byPath.has(f.path) ? `${byPath.get(f.path)}\n${f.text}` : f.text);
  return { saved: files.map((f) => f.text).join('\n'), byPath };
}

// raw/talisman/, raw/checkov/: the two tools' tests, verbatim.
function fromTalismanAndCheckov(report: string[]): ExternalItem[] {
  const talisman = readSaved('talisman').files.flatMap((f) =>
    (/pattern_detector_test\.go$/.test(f.path) ? labelPatternDetectorTest(f.path, f.text, report) : labelFileContentTest(f.path, f.text, report)).map((s) => ({ ...s, source: 'talisman' })),
  );
  const { files, scanned } = readSaved('checkov');
  const checkov = files.flatMap((f) =>
    (/\/sanity\//.test(f.path) ? labelSanityFile(f.path, f.text) : labelCheckTest(f.path, f.text, scanned[f.path] ?? [], report)).map((s) => ({ ...s, source: 'checkov' })),
  );
  return [...talisman, ...checkov].map((s) => ({ ...s, split: 'holdout12' as const }));
}

// raw/2ms/, raw/pre-commit-hooks/: 2ms's rule tests and pre-commit-hooks' two credential hook tests with the files the
// AWS one scans, verbatim.
function fromTwoMsAndPreCommitHooks(report: string[]): ExternalItem[] {
  const twoMs = readSaved('2ms').files.flatMap((f) => labelRuleTest(f.path, f.text).map((s) => ({ ...s, source: '2ms' })));
  const hooks = new Map(readSaved('pre-commit-hooks').files.map((f) => [f.path, f.text]));
  const aws = labelAwsCredentialFiles(hooks.get('tests/detect_aws_credentials_test.py')!, hooks, report);
  const privateKey = labelPrivateKeyTests('tests/detect_private_key_test.py', hooks.get('tests/detect_private_key_test.py')!, report);
  const preCommit = [...aws, ...privateKey].map((s) => ({ ...s, source: 'pre-commit-hooks' }));
  return [...twoMs, ...preCommit].map((s) => ({ ...s, split: 'holdout13' as const }));
}

// A fourteenth-holdout item that rewrites a tune source's example is scored apart (corpus/README.md, amended).
function setApartTuneExamples(items: ExternalItem[]): void {
  const tune = items.filter((i) => i.split === 'tune');
  const tuneSecrets = new Set(tune.flatMap((i) => i.secrets));
  const tuneTexts = tune.map((i) => i.text);
  for (const [k, item] of items.entries()) {
    if (item.split === 'holdout14' && !item.note && rewritesTuneExample(item, tuneSecrets, tuneTexts)) items[k] = { ...item, note: "a tune source's example" };
    if (item.split === 'holdout53' && !item.note && rewritesTuneExample(item, tuneSecrets, tuneTexts)) items[k] = { ...item, note: "a tune source's example" };
    if (item.split === 'holdout55' && !item.note && rewritesTuneExample(item, tuneSecrets, tuneTexts)) items[k] = { ...item, note: "a tune source's example" };
  }
}

// raw/titus/, raw/repo-supervisor/: titus' own rule tests (microsoft_teams_test.go as an excerpt of its two table
// tests) and repo-supervisor's tests and fixtures (awslambda.handler.js as an excerpt of its finding test), verbatim.
function fromTitusAndRepoSupervisor(report: string[]): ExternalItem[] {
  const titus = readSaved('titus').files.flatMap((f) => labelTitusTest(f.path, f.text, report).map((s) => ({ ...s, source: 'titus' })));
  const saved = new Map(readSaved('repo-supervisor').files.map((f) => [f.path, f.text]));
  const repoSupervisor = labelRepoSupervisorTests(saved, report).map((s) => ({ ...s, source: 'repo-supervisor' }));
  return [...titus, ...repoSupervisor].map((s) => ({ ...s, split: 'holdout14' as const }));
}

// raw/datadog-agent/, raw/npm-redact/, raw/gitlab-runner/: the Datadog Agent's scrubber tests with the files they
// scrub, npm/redact's test of redactLog and GitLab Runner's URL sanitizer test, verbatim (default_test.go's length as
// the manifest says).
function fromDatadogAgentAndNpmRedact(report: string[]): ExternalItem[] {
  const datadog = labelDatadogScrubberTests(new Map(readSaved('datadog-agent').files.map((f) => [f.path, f.text])), report).map((s) => ({ ...s, source: 'datadog-agent' }));
  const npm = readSaved('npm-redact').files.flatMap((f) => labelNpmRedactTest(f.path, f.text, report).map((s) => ({ ...s, source: 'npm-redact' })));
  const gitlab = readSaved('gitlab-runner').files.flatMap((f) => labelGitlabUrlSanitizerTest(f.path, f.text).map((s) => ({ ...s, source: 'gitlab-runner' })));
  return [...datadog, ...npm, ...gitlab].map((s) => ({ ...s, split: 'holdout15' as const }));
}

// raw/sentry-relay/, raw/security-utilities/: excerpts of Sentry Relay's data scrubbing tests with their snapshots' data
// parts, and of Microsoft security-utilities' SecretMasker tests (each excerpt's length and the index's in its manifest).
function fromRelayAndSecretMasker(report: string[]): ExternalItem[] {
  const relay = new Map(readSaved('sentry-relay').files.map((f) => [f.path, f.text]));
  const { tests } = JSON.parse(readFileSync(join(raw, 'sentry-relay', 'manifest.json'), 'utf8')) as { tests: RelayTest[] };
  const relayItems = labelRelayTests(relay.get('relay-pii/src/convert.rs')!, tests, relay, report).map((s) => ({ ...s, source: 'sentry-relay' }));
  const maskerItems = readSaved('security-utilities').files.flatMap((f) => labelSecretMaskerTests(f.path, f.text, report).map((s) => ({ ...s, source: 'security-utilities' })));
  return [...relayItems, ...maskerItems].map((s) => ({ ...s, split: 'holdout16' as const }));
}

// raw/cfn-nag/, raw/dockle/: cfn_nag's credential rules' test templates (each spec's cases transcribed in the manifest)
// and dockle's TestSensitiveVars, verbatim (each file's length and the index's in its manifest).
function fromCfnNagAndDockle(report: string[]): ExternalItem[] {
  const templates = new Map(readSaved('cfn-nag').files.map((f) => [f.path, f.text]));
  const { specs } = JSON.parse(readFileSync(join(raw, 'cfn-nag', 'manifest.json'), 'utf8')) as { specs: CfnNagSpec[] };
  const cfnNag = labelCfnNagSpecs(specs, templates, report).map((s) => ({ ...s, source: 'cfn-nag' }));
  const { suspiciousKeys } = JSON.parse(readFileSync(join(raw, 'dockle', 'manifest.json'), 'utf8')) as { suspiciousKeys: { words: string[]; accepted: string[] } };
  const dockle = readSaved('dockle').files.flatMap((f) => labelDockleSensitiveVars(f.path, f.text, suspiciousKeys.words, suspiciousKeys.accepted, report).map((s) => ({ ...s, source: 'dockle' })));
  return [...cfnNag, ...dockle].map((s) => ({ ...s, split: 'holdout17' as const }));
}

// raw/ggshield/, raw/brakeman/, raw/gitlab-url-sanitizer/: ggshield's recorded secret scans (each cassette's documents and
// the engine's matches, transcribed in the manifest), brakeman's hard-coded secret assertions (transcribed in the manifest)
// with the test apps' files they name, and GitLab's UrlSanitizer spec's masking tables, verbatim.
function fromGgshieldBrakemanAndUrlSanitizer(report: string[]): ExternalItem[] {
  const gg = JSON.parse(readFileSync(join(raw, 'ggshield', 'manifest.json'), 'utf8')) as { cassettes: Cassette[]; identifierTypes: string[] };
  const ggshield = labelGgshieldCassettes(gg.cassettes, gg.identifierTypes, report).map((s) => ({ ...s, source: 'ggshield' }));
  const { assertions } = JSON.parse(readFileSync(join(raw, 'brakeman', 'manifest.json'), 'utf8')) as { assertions: BrakemanAssertion[] };
  const brakemanFiles = new Map(readSaved('brakeman').files.map((f) => [f.path, f.text]));
  const brakeman = labelBrakemanAssertions(assertions, brakemanFiles, report).map((s) => ({ ...s, source: 'brakeman' }));
  const gitlab = readSaved('gitlab-url-sanitizer').files.flatMap((f) => labelUrlSanitizerSpec(f.path, f.text).map((s) => ({ ...s, source: 'gitlab-url-sanitizer' })));
  return [...ggshield, ...brakeman, ...gitlab].map((s) => ({ ...s, split: 'holdout18' as const }));
}

function fromEarlybird(report: string[]): ExternalItem[] {
  const dir = join(raw, 'earlybird');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    test: { file: string };
    rules: { codes: number[]; patterns: Record<string, string> };
  };
  const cases = earlybirdCases(readFileSync(join(dir, manifest.test.file), 'utf8'));
  return labelEarlybirdCases(cases, manifest.rules, report).map((s) => ({ ...s, source: 'earlybird', split: 'holdout3' as const }));
}

// raw/{bandit,sonar-python,sonar-java,sonar-php,gosec}/: one manifest each, naming its files' origin.
function fromHardcodedCredentialTests(report: string[]): ExternalItem[] {
  const label = { bandit: labelBanditExamples, 'sonar-python': labelMarkedLines, 'sonar-java': labelMarkedLines, 'sonar-php': labelMarkedLines, gosec: labelGosecSamples };
  return Object.entries(label).flatMap(([source, labelFile]) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
    return manifest.files.flatMap(({ file }) =>
      labelFile(file, readFileSync(join(raw, source, file), 'utf8'), report).map((s) => ({ ...s, source, split: 'holdout4' as const })),
    );
  });
}

// raw/{sonar-dotnet,sonar-kotlin,sonarjs}/: one manifest each, naming each file's origin and rule.
function fromVerifierMarkedTests(report: string[]): ExternalItem[] {
  return ['sonar-dotnet', 'sonar-kotlin', 'sonarjs'].flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { file: string; rule: string }[] };
    return manifest.files.flatMap(({ file, rule }) =>
      labelVerifierLines(file, readFileSync(join(raw, source, file), 'utf8'), rule, report).map((s) => ({ ...s, source, split: 'holdout5' as const })),
    );
  });
}

// raw/horusec/: samples.go and, in the manifest, the findings its rule test expects.
function fromHorusec(report: string[]): ExternalItem[] {
  const dir = join(raw, 'horusec');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string }[]; findings: Record<string, string[]> };
  return manifest.files.flatMap(({ file }) =>
    labelHorusecSamples(file, readFileSync(join(dir, file), 'utf8'), manifest.findings, report).map((s) => ({ ...s, source: 'horusec', split: 'holdout5' as const })),
  );
}

function fromSemgrep(): ExternalItem[] {
  const dir = join(raw, 'semgrep');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
  return manifest.files.flatMap(({ file }) =>
    labelSemgrepTest(readFileSync(join(dir, file), 'utf8')).map((s) => ({ ...s, source: 'semgrep-rules', split: 'holdout2' as const })),
  );
}

function fromRipsecrets(report: string[]): ExternalItem[] {
  const dir = join(raw, 'ripsecrets');
  const regex = combinedPattern(ripsecretsPatterns(readFileSync(join(dir, 'patterns.rs'), 'utf8')));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
  const out: ExternalItem[] = [];
  for (const { file } of manifest.files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const labelled = file === 'test/none' ? labelNone(text) : labelOnePerLine(regex, text, report, file);
    for (const s of labelled) out.push({ ...s, source: 'ripsecrets', split: 'holdout2', rule: file });
  }
  return out;
}

function fromTrivy(report: string[]): ExternalItem[] {
  const dir = join(raw, 'trivy');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { findings: TrivyFinding[]; files: { file: string }[] };
  return manifest.files.flatMap(({ file }) =>
    labelTrivyFile(file, readFileSync(join(dir, file), 'utf8'), manifest.findings.filter((f) => f.file === file), report).map((s) => ({ ...s, source: 'trivy', split: 'holdout2' as const })),
  );
}

// detect-secrets' keyword tests: literals under a 'positives' key are secrets (the one its tests
// hash), under 'negatives' or in a `STANDARD_NEGATIVES + [` list clean.
function fromDetectSecrets(): ExternalItem[] {
  const out: ExternalItem[] = [];
  const dir = join(raw, 'detect-secrets');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const secret = /hash_secret\('([^']*)'\)/.exec(source)?.[1];
    let mode: 'positive' | 'negative' | undefined;
    const lines = source.split('\n');
    const modeAt: ('positive' | 'negative' | undefined)[] = [];
    for (const line of lines) {
      if (/'positives':/.test(line)) mode = 'positive';
      else if (/'negatives':|STANDARD_NEGATIVES \+ \[/.test(line)) mode = 'negative';
      else if (/^\S/.test(line) && !/^\s*[A-Z_]+ = \{/.test(line)) mode = undefined;
      modeAt.push(mode);
    }
    for (const lit of stringLiterals(source, 'python')) {
      const m = modeAt[lit.line - 1];
      if (!m || /^(positives|negatives|quotes_required|quotes_not_required)$/.test(lit.value)) continue;
      if (m === 'positive' && secret) out.push({ text: lit.value, secrets: [secret], label: 'secret', source: 'detect-secrets', split: 'holdout', rule: file });
      if (m === 'negative') out.push({ text: lit.value, secrets: [], label: 'clean', source: 'detect-secrets', split: 'holdout', rule: file });
    }
  }
  return out;
}

// gitleaks: every whole literal inside an `fps` list or map (a literal glued to generated text
// by `+` is not whole and is skipped; a map's keys are file names).
function fromGitleaks(): ExternalItem[] {
  const out: ExternalItem[] = [];
  const dir = join(raw, 'gitleaks');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const regions: [number, number][] = [];
    for (const m of source.matchAll(/fps\s*:?=\s*(?:\[\]string\{|map\[string\]string\{|append\(fps,)/g)) {
      const close = source.indexOf('\n\t}', m.index!);
      const closeCall = source.indexOf('\n\t)', m.index!);
      const end = m[0].includes('append') ? closeCall : close;
      regions.push([m.index!, end === -1 ? source.length : end]);
    }
    for (const lit of stringLiterals(source, 'go')) {
      if (!regions.some(([a, b]) => lit.start > a && lit.end < b)) continue;
      const before = source.slice(0, lit.start).trimEnd();
      const after = source.slice(lit.end + 1).trimStart();
      // Not whole (glued to generated text), an argument, or a map key (a file name).
      if (before.endsWith('+') || after.startsWith('+') || before.endsWith('(') || after.startsWith(':')) continue;
      out.push({ text: lit.value, secrets: [], label: 'clean', source: 'gitleaks', split: 'holdout', rule: file });
    }
  }
  return out;
}

// raw/tfsec/, raw/android-lint/, raw/spotbugs/, raw/git-secrets/: tfsec's hard-coded-credential checks (rule files and
// tests, the check's slot and tfsec's sensitive names in the manifest), Android Lint's AuthLeak test, SpotBugs' DB password
// test cases and git-secrets' credentials-file test, verbatim (each file's length, and an excerpt's index length, in its manifest).
function fromTfsecAndLinters(report: string[]): ExternalItem[] {
  const { checks, sensitiveWords } = JSON.parse(readFileSync(join(raw, 'tfsec', 'manifest.json'), 'utf8')) as { checks: Record<string, { slot: TfsecSlot }>; sensitiveWords: { words: string[] } };
  // The same example in two of tfsec's versions (indented otherwise) is one item: the rule layout's, read first.
  const seen = new Map<string, string>();
  const tfsec = readSaved('tfsec').files.flatMap((f) => {
    const check = checks[f.path] ?? checks[f.path.replace(/(?:_test)?\.go$/, '')];
    if (!check) return [];
    return labelTfsecFile(f.path, f.text, check.slot, sensitiveWords.words).map((s) => ({ ...s, source: 'tfsec' }));
  }).filter((i) => {
    const key = i.text.replace(/^[ \t]+/gm, '');
    const label = `${i.label} ${i.note ?? ''}`;
    if (seen.has(key) && seen.get(key) !== label) report.push(`tfsec ${i.rule}: labelled otherwise in another version`);
    return !seen.has(key) && Boolean(seen.set(key, label));
  });
  const authLeak = readSaved('android-lint').files.flatMap((f) => labelAuthLeakTest(f.path, f.text).map((s) => ({ ...s, source: 'android-lint' })));
  const spotbugs = readSaved('spotbugs').files.flatMap((f) => labelDbPasswordCases(f.path, f.text).map((s) => ({ ...s, source: 'spotbugs' })));
  const gitSecrets = readSaved('git-secrets').files.flatMap((f) => labelCredentialsFileTest(f.path, f.text).map((s) => ({ ...s, source: 'git-secrets' })));
  if (!tfsec.length) report.push('tfsec: no file matched a check of the manifest');
  return [...tfsec, ...authLeak, ...spotbugs, ...gitSecrets].map((s) => ({ ...s, split: 'holdout19' as const }));
}

// raw/{kubescape,kube-linter,polaris,prowler}/: posture checkers' credential checks, their tests' verdicts transcribed in
// each manifest with the values in the slot the check reads (corpus/README.md, "The twentieth holdout").
function fromPostureCredentialChecks(report: string[]): ExternalItem[] {
  const cases = <T>(source: string) => (JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, T> }).cases;
  const kubescapeCases = cases<CheckVerdict>('kubescape');
  const kubescape = readSaved('kubescape').files.map((f) => ({ ...verdictItem(f.text, f.path, kubescapeCases[f.path]!), source: 'kubescape' }));
  const kubeLinterCases = cases<(CheckVerdict & { document: number })[]>('kube-linter');
  const kubeLinter = readSaved('kube-linter').files.filter((f) => kubeLinterCases[f.path]).flatMap((f) => {
    const docs = yamlDocuments(f.text);
    if (docs.length !== kubeLinterCases[f.path]!.length) report.push(`kube-linter ${f.path}: ${docs.length} documents, ${kubeLinterCases[f.path]!.length} verdicts`);
    return kubeLinterCases[f.path]!.map((c) => ({ ...verdictItem(docs[c.document]!, `${f.path}#${c.document}`, c), source: 'kube-linter' }));
  });
  const polarisCases = cases<CheckVerdict>('polaris');
  const polaris = readSaved('polaris').files.map((f) => ({ ...verdictItem(polarisText(f.text), f.path, polarisCases[f.path]!), source: 'polaris' }));
  const prowlerManifest = JSON.parse(readFileSync(join(raw, 'prowler', 'manifest.json'), 'utf8')) as {
    checks: { check: string; path: string; cases: { test: string; status: 'FAIL' | 'PASS'; parts: ProwlerPart[]; values: string[]; note?: TwentiethNote }[] }[];
  };
  const fixtures = new Map(readSaved('prowler').files.map((f) => [f.path.replace(/\//g, '__') + '.txt', f.text]));
  const prowler = prowlerManifest.checks.flatMap(({ path, cases: checkCases }) => checkCases.map((c) => {
    const text = prowlerText(c.parts, (saved) => fixtures.get(saved)!);
    const values = c.values.map((v) => valueInText(text, v));
    return { ...verdictItem(text, `${path}#${c.test}`, { verdict: c.status === 'FAIL' ? 'reported' : 'unreported', values, note: c.note }), source: 'prowler' };
  }));
  return [...kubescape, ...kubeLinter, ...polaris, ...prowler].map((s) => ({ ...s, split: 'holdout20' as const }));
}

// raw/spring-boot/, raw/django/, raw/elastic-apm-{python,nodejs,ruby}/, raw/airflow/, raw/tartufo/: the scrubbers' tests, verbatim or as an excerpt
// (each file's length, and an excerpt's index length, in its manifest); Spring's cases parsed from its test, the others'
// transcribed into each manifest's `cases` and checked against the saved file.
function fromScrubberDefaults(report: string[]): ExternalItem[] {
  const spring = readSaved('spring-boot').files.flatMap((f) => labelSpringSanitizerTests(f.path, f.text).map((s) => ({ ...s, source: 'spring-boot' })));
  const transcribed = ['django', 'elastic-apm-python', 'elastic-apm-nodejs', 'elastic-apm-ruby', 'airflow', 'tartufo'].flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, TranscribedCase[]> };
    return readSaved(source).files.flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelTranscribedCases(source, cases[f.path] ?? [], f.text).map((s) => ({ ...s, source }));
    });
  });
  return [...spring, ...transcribed].map((s) => ({ ...s, split: 'holdout21' as const }));
}

// raw/arm-ttk/, raw/bicep/, raw/cfn-lint/: the linters' credential tests and templates, verbatim, each case's verdict and
// values transcribed in the manifest; raw/zap/: ZAP's passive rules' test inputs transcribed (no file saved).
function fromIacCredentialRules(report: string[]): ExternalItem[] {
  const cases = <T>(source: string) => (JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, T> }).cases;
  const templates = (['arm-ttk', 'cfn-lint'] as const).flatMap((source) => {
    const verdicts = cases<RuleVerdict>(source);
    return readSaved(source).files.map((f) => ({ ...ruleVerdictItem(f.text, f.path, verdicts[f.path]!), source }));
  });
  const bicepCases = cases<(RuleVerdict | { skip: string })[]>('bicep');
  const bicep = readSaved('bicep').files.flatMap((f) => labelBicepTests(f.path, f.text, bicepCases[f.path]!).map((s) => ({ ...s, source: 'bicep' })));
  const { tests } = JSON.parse(readFileSync(join(raw, 'zap', 'manifest.json'), 'utf8')) as { tests: { path: string; cases: (RuleVerdict & { test: string; text: string })[] }[] };
  const zap = tests.flatMap(({ path, cases: zapCases }) => zapCases.map((c) => ({ ...ruleVerdictItem(c.text, `${path}#${c.test}`, c), source: 'zap' })));
  if (!bicep.length) report.push('bicep: no test text matched its cases');
  return [...templates, ...bicep, ...zap].map((s) => ({ ...s, split: 'holdout22' as const }));
}

// raw/devskim/, raw/cfripper/, raw/roslyn-analyzers/: rule engines' own labelled examples, verbatim — DevSkim's secret
// rules' must-match / must-not-match strings and .test files, cfripper's credential rules' test templates, the Roslyn
// analyzers' CA5390 / CA5403 tests — each test's verdict and values transcribed in its manifest.
function fromRuleEngineExamples(): ExternalItem[] {
  const manifest = <T>(source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as T;
  const devskim = manifest<{ rules: Record<string, RuleExamples>; tests: Record<string, ExampleVerdict> }>('devskim');
  const devskimItems = readSaved('devskim').files.flatMap((f) =>
    devskim.tests[f.path] ? [labelDevSkimTest(f.path, f.text, devskim.tests[f.path]!)] : labelDevSkimRules(f.path, f.text, devskim.rules),
  ).map((s) => ({ ...s, source: 'devskim' }));
  const cfripperCases = manifest<{ cases: Record<string, ExampleVerdict> }>('cfripper').cases;
  const cfripper = readSaved('cfripper').files.map((f) => ({ ...ruleVerdictItem(f.text, f.path, cfripperCases[f.path]!), source: 'cfripper' }));
  const roslynCases = manifest<{ cases: Record<string, Record<string, ExampleVerdict>> }>('roslyn-analyzers').cases;
  const roslyn = readSaved('roslyn-analyzers').files.flatMap((f) => labelRoslynTests(f.path, f.text, roslynCases[f.path]!).map((s) => ({ ...s, source: 'roslyn-analyzers' })));
  return [...devskimItems, ...cfripper, ...roslyn].map((s) => ({ ...s, split: 'holdout23' as const }));
}

// raw/{sentry-python,bugsnag-ruby,pyrollbar,rollbar-js,phoenix,scrubadub}/: error trackers' and logging SDKs' scrubbers, their
// tests of the default rules verbatim or as an excerpt, each case transcribed into its manifest and checked against the
// saved file (corpus/README.md, "The twenty-fourth holdout").
function fromErrorTrackerScrubbers(report: string[]): ExternalItem[] {
  return ['sentry-python', 'bugsnag-ruby', 'pyrollbar', 'rollbar-js', 'phoenix', 'scrubadub'].flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, TranscribedCase[]> };
    return readSaved(source).files.flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelTranscribedCases(source, cases[f.path] ?? [], f.text).map((s) => ({ ...s, source, split: 'holdout24' as const }));
    });
  });
}

// raw/{pip,go-net-url,go-getter,ansible,client-go,sourcegraph,git,gh-cli,conda}/: credential redactors' tests (URLs, traces,
// recorded HTTP), verbatim or as excerpts, each case's input, output and secrets transcribed in the manifest.
function fromCredentialRedactors(report: string[]): ExternalItem[] {
  return ['pip', 'go-net-url', 'go-getter', 'ansible', 'client-go', 'sourcegraph', 'git', 'gh-cli', 'conda'].flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, RedactorCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    return [...new Set(files.map((f) => f.path))].flatMap((path) => {
      if (!cases[path]) report.push(`${source} ${path}: no case transcribed`);
      return labelRedactorCases(source, cases[path] ?? [], saved).map((s) => ({ ...s, source, split: 'holdout25' as const }));
    });
  });
}
// raw/har-capture/: a HAR scrubber's own fixture tables — har-capture's sanitizer cases (test_har.json) and validator
// cases (test_secrets.json), each taken table whole and verbatim — labelled as its tests read them.
function fromHarScrubberTests(): ExternalItem[] {
  return readSaved('har-capture').files.flatMap((f) => labelHarCaptureTables(f.path, f.text))
    .map((s) => ({ ...s, source: 'har-capture', split: 'holdout26' as const }));
}

// raw/{pg-connection-string,dj-database-url,sqlalchemy,go-sql-driver-mysql,pgx,sqlx,mongodb-specifications,pymongo,
// mongodb-connection-string-url,amqp091-go,kombu}/: connection-string and DSN parsers' tests, verbatim or as excerpts, each
// case's string, expectation and password transcribed in the manifest.
function fromConnectionStringParsers(report: string[]): ExternalItem[] {
  const sources = ['pg-connection-string', 'dj-database-url', 'sqlalchemy', 'go-sql-driver-mysql', 'pgx', 'sqlx', 'mongodb-specifications', 'pymongo',
    'mongodb-connection-string-url', 'amqp091-go', 'kombu'];
  return sources.flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, ParserCase[]> };
    return readSaved(source).files.flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelParserCases(source, cases[f.path] ?? [], f.text).map((s) => ({ ...s, source, split: 'holdout27' as const }));
    });
  });
}
// raw/{cpython-netrc,go-netrc,netrc-parser,registry-auth-token,npmcli-config,pgpass,containers-image,aws-sdk-js-v3,aws-sdk-go,aws-sdk-go-v2,
// twine,rubygems,go-netrc-jdx,tinynetrc}/: credential files' own parsers' tests (and the fixtures they read), verbatim or as excerpts, each case's
// written text, assertion and secrets transcribed in the manifest.
function fromCredentialFileParsers(report: string[]): ExternalItem[] {
  return credentialFileParserSources.flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, CredentialFileCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    if (!Object.keys(cases).length) report.push(`${source}: no case transcribed`);
    return Object.values(cases).flatMap((pathCases) => labelCredentialFileCases(source, pathCases, saved).map((s) => ({ ...s, source, split: 'holdout28' as const })));
  });
}
// raw/{pass-import,bitwarden-clients}/: password managers' import parsers' tests — pass-import's reference exports (each CSV
// record labelled by the reference entry test_imports checks it against) and bitwarden/clients' importer specs (each case's
// export string, assertion and secrets transcribed in the manifest).
function fromPasswordImportTests(report: string[]): ExternalItem[] {
  return passwordImportSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { exports?: ReferenceExport[]; cases?: CredentialFileCase[] };
    const files = readSaved(source).files;
    const labelled = [
      ...labelReferenceExports(manifest.exports ?? [], new Map(files.map((f) => [f.path, f.text]))),
      ...labelCredentialFileCases(source, manifest.cases ?? [], files.map((f) => f.text).join('\n')),
    ];
    if (!labelled.length) report.push(`${source}: no case transcribed`);
    return labelled.map((s) => ({ ...s, source, split: 'holdout29' as const }));
  });
}

// raw/{axios,superagent,paramiko,nodemailer,go-client-auth,httpx,requests,cpython-clients,aiohttp,faraday,ssh2,reqwest,urllib3,
// httpclient,octokit-auth-token,octokit-core}/:
// client libraries' own authentication tests, verbatim or as excerpts, each case's code, assertion and secrets transcribed
// in the manifest.
function fromClientAuthTests(report: string[]): ExternalItem[] {
  return clientAuthSources.flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, ClientAuthCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    return files.flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelClientAuthCases(source, cases[f.path] ?? [], f.text, saved).map((s) => ({ ...s, source, split: 'holdout30' as const }));
    });
  });
}

// raw/{tf-aws,tf-azurerm,tf-postgresql,tf-rabbitmq}/: Terraform providers' acceptance-test configurations and the schema
// excerpts that mark their credential attributes Sensitive, each case's config, attribute and values transcribed in the
// manifest.
function fromProviderSensitiveConfigs(report: string[]): ExternalItem[] {
  return providerSensitiveSources.flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, ProviderConfigCase[]> };
    const { saved, byPath } = savedByPath(source);
    return [...byPath].flatMap(([path, text]) => {
      if (!cases[path] && !/_test\.go$/.test(path)) return [];
      if (!cases[path]) report.push(`${source} ${path}: no case transcribed`);
      return labelProviderConfigs(source, cases[path] ?? [], text, saved).map((s) => ({ ...s, source, split: 'holdout31' as const }));
    });
  });
}

// raw/{alertmanager,prometheus,prometheus-common,victoriametrics}/: the Prometheus ecosystem's test configurations and the
// Go declaration excerpts that type their credential fields Secret, each case's configuration and slots transcribed in the
// manifest. The ecosystem shares prometheus/common's types, so a slot's declaration may stand in any source's excerpts.
function fromSecretTypedConfigs(report: string[]): ExternalItem[] {
  const isTest = (path: string) => /(?:^|\/)testdata\/|_test\.go$/.test(path);
  const saved = secretTypedSources.map((source) => ({ source, ...readSaved(source) }));
  const schema = saved.flatMap(({ files }) => files.filter((f) => !isTest(f.path)).map((f) => f.text)).join('\n');
  return saved.flatMap(({ source, files }) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, SecretTypedCase[]> };
    return files.filter((f) => isTest(f.path)).flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelSecretTypedConfigs(source, cases[f.path] ?? [], f.text, schema).map((s) => ({ ...s, source, split: 'holdout32' as const }));
    });
  });
}

// raw/home-assistant/: Home Assistant integrations' tests and the diagnostics.py excerpts that name each integration's
// redaction set, each case's text, set entry and values transcribed in the manifest.
function fromDiagnosticsRedactionSets(report: string[]): ExternalItem[] {
  return diagnosticsRedactionSources.flatMap((source) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, RedactionSetCase[]> };
    const { saved, byPath } = savedByPath(source);
    const diagnostics = new Map([...byPath].flatMap(([path, text]) => {
      const integration = /^homeassistant\/components\/(\w+)\/diagnostics\.py$/.exec(path)?.[1];
      return integration ? [[integration, text] as const] : [];
    }));
    return [...byPath].flatMap(([path, text]) => {
      if (!path.startsWith('tests/')) return [];
      if (!cases[path]) report.push(`${source} ${path}: no case transcribed`);
      const pathCases = cases[path] ?? [];
      for (const c of pathCases) if (!c.rule.startsWith(`${integrationOf(c.rule)}/${path}#`)) throw new Error(`${c.rule}: not a rule of ${path}`);
      return labelRedactionSetCases(pathCases, text, diagnostics, saved).map((s) => ({ ...s, source, split: 'holdout33' as const }));
    });
  });
}

// raw/{jcasc,jenkins-*}/: Jenkins configuration-as-code test resources and the excerpts of the classes whose fields type
// their slots, each case's block, cited fields and slot values transcribed in the manifest. A source may hold class
// excerpts only (jenkins-azure-credentials); every YAML file needs its cases.
function fromJcascSecretFields(report: string[]): ExternalItem[] {
  const saved = jcascSources.map((source) => ({ source, files: readSaved(source).files }));
  const classes = saved.flatMap((s) => s.files.filter((f) => f.path.endsWith('.java')).map((f) => f.text)).join('\n');
  return saved.flatMap(({ source, files }) => {
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: Record<string, JcascCase[]> };
    return files.filter((f) => /\.ya?ml$/.test(f.path)).flatMap((f) => {
      if (!cases[f.path]) report.push(`${source} ${f.path}: no case transcribed`);
      return labelJcascCases(source, cases[f.path] ?? [], f.text, classes).map((s) => ({ ...s, source, split: 'holdout34' as const }));
    });
  });
}

// raw/{ansible-general,ansible-grafana,ansible-rabbitmq,ansible-windows,ansible-crypto}/: Ansible collections' unit and
// integration tests and the argument-spec excerpts that declare their modules' credential parameters no_log, each saved
// test file's module and no_log parameters named in the manifest.
function fromNoLogModuleArgs(report: string[]): ExternalItem[] {
  return noLogSources.flatMap((source) => {
    const { calls } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { calls: Record<string, NoLogCall> };
    const { saved, byPath } = savedByPath(source);
    return [...byPath].flatMap(([path, text]) => {
      if (!path.startsWith('tests/')) return [];
      const call = calls[path];
      if (!call) {
        report.push(`${source} ${path}: no module named`);
        return [];
      }
      return labelNoLogCalls(path, call, text, saved).map((s) => ({ ...s, source, split: 'holdout35' as const }));
    });
  });
}

// raw/airbyte/: Airbyte connectors' test configurations and the excerpts of their specs that mark properties
// airbyte_secret, each saved file's connector and role named in the manifest.
function fromAirbyteConfigs(): ExternalItem[] {
  return airbyteSources.flatMap((source) => {
    const { files } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; saved: string; connector: string; role: 'config' | 'spec'; excerpt?: string }[] };
    const saved = readSaved(source).files.map((f, at) => ({ ...files[at]!, text: f.text }));
    const specs = (connector: string) => saved.filter((f) => f.connector === connector && f.role === 'spec');
    return saved
      .filter((f) => f.role === 'config')
      .map((f) => {
        const spec = specs(f.connector);
        const marked = markedSecret(spec.map((s) => s.text).join('\n'));
        // An excerpt is saved for its marked properties; a spec that marks nothing is saved whole.
        if (!spec.length || (!marked.size && spec.some((s) => s.excerpt))) throw new Error(`${source} ${f.path}: its connector's saved spec marks nothing airbyte_secret`);
        return { ...labelAirbyteConfig(f.path.replace('airbyte-integrations/connectors/', ''), f.text, marked), source, split: 'holdout36' as const };
      });
  });
}

// raw/grafana*/: Grafana's and its data source plugins' provisioning files, each entry of a `datasources:` list an item
// labelled by its secureJsonData slots (read from the saved file, nothing transcribed).
function fromSecureJsonDataBlocks(report: string[]): ExternalItem[] {
  return secureJsonDataSources.flatMap((source) => readSaved(source).files.flatMap((f) => {
    const items = labelDataSources(f.path, f.text);
    if (!items.length) report.push(`${source} ${f.path}: no data source entry`);
    return items.map((s) => ({ ...s, source, split: 'holdout37' as const }));
  }));
}

// raw/telegraf/: Telegraf plugins' test excerpts and test configurations, each labelled by the fields typed config.Secret
// (read from the saved files, nothing transcribed).
function fromConfigSecretFields(): ExternalItem[] {
  return configSecretSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as TelegrafLabelRules & { files: Omit<SavedTelegrafFile, 'text'>[] };
    const files = readSaved(source).files.map((f, at) => ({ ...manifest.files[at]!, text: f.text }));
    return labelTelegrafFiles(files, manifest).map((s) => ({ ...s, source, split: 'holdout39' as const }));
  });
}

// raw/camel-*/: Apache Camel components' tests and the excerpts that declare their options secret, each saved test
// file's schemes (and its setters' scheme) named in the manifest.
function fromCamelSecretOptions(): ExternalItem[] {
  return camelSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as {
      files: { path: string; role: 'test' | 'declaration'; schemes?: string[]; setters?: string }[];
      schemes: Record<string, CamelScheme>;
    };
    const saved = readSaved(source).files.map((f, at) => ({ ...manifest.files[at]!, text: f.text }));
    checkDeclarations(source, manifest.schemes, saved.filter((f) => f.role === 'declaration').map((f) => f.text).join('\n'));
    return saved
      .filter((f) => f.role === 'test')
      .flatMap((f) => labelCamelTest({ path: f.path, text: f.text, schemes: f.schemes ?? [], setters: f.setters }, manifest.schemes))
      .map((s) => ({ ...s, source, split: 'holdout41' as const }));
  });
}

// raw/fluent*/: Fluentd plugins' tests and the config_param lines of the plugin sources that label them, each saved test
// file's declarations named in the manifest; each configuration literal an item (read from the saved excerpt).
function fromFluentdSecretParams(report: string[]): ExternalItem[] {
  return fluentdSources.flatMap((source) => {
    const { tests } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { tests: Record<string, FluentdTest> };
    const files = readSaved(source).files;
    return files.flatMap((f) => {
      if (!/(?:^|\/)test\//.test(f.path)) return [];
      const test = tests[f.path];
      if (!test) {
        report.push(`${source} ${f.path}: no declaration named`);
        return [];
      }
      const declarations = files.filter((d) => test.declarations.includes(d.path)).map((d) => d.text).join('\n');
      if (!declarations) throw new Error(`${source} ${f.path}: its declarations are not saved`);
      const items = labelFluentdTest(f.path, test, f.text, declarations);
      if (!items.length) report.push(`${source} ${f.path}: no configuration literal`);
      return items.map((s) => ({ ...s, source, split: 'holdout38' as const }));
    });
  });
}

// raw/logstash-*/: Logstash plugins' specs and the declaration excerpts that type their options (an input plugin also
// inherits raw/logstash-core/'s), each settings statement an item labelled by the options declared `:validate => :password`.
function fromPasswordOptionSettings(report: string[]): ExternalItem[] {
  type Saved = { path: string; saved: string; role: 'spec' | 'declarations' };
  const declarationsOf = (source: string) => readSaved(source).files.map((f) => f.text).join('\n');
  return passwordOptionSources.flatMap((source) => {
    const { files, inherits = [] } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: Saved[]; inherits?: string[] };
    if (inherits.some((s) => s !== inheritedDeclarationSource)) throw new Error(`${source}: inherits only ${inheritedDeclarationSource}`);
    const saved = readSaved(source).files.map((f, at) => ({ ...files[at]!, text: f.text }));
    const options = declaredOptions([...saved.filter((f) => f.role === 'declarations').map((f) => f.text), ...inherits.map(declarationsOf)].join('\n'));
    return saved.filter((f) => f.role === 'spec').flatMap((f) => {
      const items = labelPasswordOptionSettings(f.path, f.text, options);
      if (!items.length) report.push(`${source} ${f.saved}: no settings statement`);
      return items.map((s) => ({ ...s, source, split: 'holdout42' as const }));
    });
  });
}

// raw/debezium-examples/, raw/kafka/: Kafka Connect connector configurations and a Kafka client test's key/value lists,
// each saved configuration an item labelled by the keys its ConfigDef types PASSWORD (raw/debezium/, raw/kafka/ hold
// the declarations).
function fromConnectPasswordConfigs(): ExternalItem[] {
  const declarations = new Map<string, string>(connectDeclarationSources.map((s) => [s, readSaved(s).files.map((f) => f.text).join('\n')]));
  return connectConfigSources.flatMap((source) => {
    const { files, passwordKeys } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; role: string; form?: ConfigForm; excerpt?: string }[]; passwordKeys: Record<string, PasswordKey> };
    checkPasswordKeyDeclarations(passwordKeys, (s) => declarations.get(s) ?? '');
    return readSaved(source).files.flatMap((f, at) => {
      const { role, form, excerpt } = files[at]!;
      if (role !== 'config') return [];
      return [{ ...labelConnectConfig(excerpt ? `${f.path}#${excerpt}` : f.path, f.text, form!, passwordKeys), source, split: 'holdout40' as const }];
    });
  });
}

// raw/singer-*/: Singer SDK taps' and targets' tests and the config_jsonschema excerpts that declare their properties
// secret=True, each saved test's declaration named in the manifest; each configuration literal an item (read from the
// saved test, nothing transcribed).
function fromSingerSecretConfigs(report: string[]): ExternalItem[] {
  return singerSources.flatMap((source) => {
    const { files } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; role: 'test' | 'declaration'; declaration?: string }[] };
    const saved = readSaved(source).files.map((f, at) => ({ ...files[at]!, text: f.text }));
    return saved
      .filter((f) => f.role === 'test')
      .flatMap((f) => {
        const declaration = saved.find((d) => d.role === 'declaration' && d.path === f.declaration);
        if (!declaration) throw new Error(`${source} ${f.path}: its declaration is not saved`);
        const items = labelSingerTest(`${source.replace('singer-', '')}/${f.path}`, f.text, declaredProperties(declaration.text));
        if (!items.length) report.push(`${source} ${f.path}: no configuration literal`);
        return items.map((s) => ({ ...s, source, split: 'holdout45' as const }));
      });
  });
}

// raw/ghas-custom-patterns/: GitHub's custom secret-scanning patterns, each folder's patterns.yml with the test files its
// expected spans name; each folder labelled by its own saved YAML (nothing transcribed).
function fromCustomPatternTests(): ExternalItem[] {
  const byFolder = new Map<string, { yaml?: string; files: Map<string, string> }>();
  for (const f of readSaved(customPatternSource).files) {
    const [folder, name] = [f.path.slice(0, f.path.lastIndexOf('/')), f.path.slice(f.path.lastIndexOf('/') + 1)];
    const entry = byFolder.get(folder) ?? { files: new Map<string, string>() };
    if (name === 'patterns.yml') entry.yaml = f.text;
    else entry.files.set(name, f.text);
    byFolder.set(folder, entry);
  }
  return [...byFolder].flatMap(([folder, { yaml, files }]) => {
    if (yaml === undefined) throw new Error(`${customPatternSource} ${folder}: its patterns.yml is not saved`);
    return labelPatternFolder(folder, yaml, files).map((s) => ({ ...s, source: customPatternSource, split: 'holdout47' as const }));
  });
}

// raw/{ibm,egressai,researchandevv}-detect-secrets/: detect-secrets forks' own plugin tests, each asserted case an item
// (raw/ibm-detect-secrets-stream/: IBM's scanning service's scan tests);
// raw/yelp-detect-secrets-compare/ holds Yelp's tests of the same plugins, only to leave the forks' copies of their cases out.
function fromDetectSecretsForkTests(report: string[]): ExternalItem[] {
  const yelp = new Map(readSaved(yelpComparisonSource).files.map((f) => [f.path, stripped(f.text)]));
  const left: string[] = [];
  const files = detectSecretsForkSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; yelp?: string }[]; yelpValues?: { value: string }[] };
    const saved = readSaved(source).files;
    const keyword = saved.filter((f) => f.path.endsWith('/keyword_test.py')).map((f) => f.text);
    return [...savedByPath(source).byPath].map(([path, text]) => {
      const cases: AssertedCase[] = path.endsWith('/content_checker_test.py') ? contentCheckerCases(path, text)
        : path.endsWith('/diffscanworker_test.py') ? diffScanCases(path, text)
        : path.endsWith('/keyword_test.py') ? keywordTableCases(path, keyword[0]!, keyword[1]!, keyword[2]!)
        : [...parametrizedCases(path, text, left), ...namedTestCases(path, text)];
      const yelpPath = manifest.files.find((f) => f.path === path)?.yelp;
      return { source, path, cases, yelp: yelpPath ? yelp.get(yelpPath)! : '', yelpValues: (manifest.yelpValues ?? []).map((v) => v.value) };
    });
  });
  // A negative holding a token in a form the split's positives are reported with is set apart: the prefixes are the split's.
  const prefixes = reportedPrefixes(files.flatMap((f) => f.cases.filter((c) => c.reported && !f.path.endsWith('/ip_public_test.py')).map(reportedSecret)));
  const items = files.flatMap((f) =>
    labelCases(f.cases, f.yelp, f.yelpValues, f.path.endsWith('/ip_public_test.py'), prefixes, left).map((s) => ({ ...s, source: f.source, split: 'holdout49' as const })),
  );
  report.push(...left.map((l) => `holdout49 ${l}`));
  return items;
}

// raw/detect-secrets-{plugins,entropy,scans}/: Yelp/detect-secrets' own plugin tests (the keyword plugin's left out), its
// high-entropy plugin's test and a scan test with the test_data file it scans, each case labelled by its assertion.
function fromYelpPluginTests(report: string[]): ExternalItem[] {
  const left: string[] = [];
  const plugins = readSaved('detect-secrets-plugins').files;
  const prefixes = reportedPrefixes(reportedValues(plugins));
  const items = [
    ...plugins.flatMap((f) => labelPluginTest(f.path, f.text, prefixes, left).map((s) => ({ ...s, source: 'detect-secrets-plugins' }))),
    ...readSaved('detect-secrets-entropy').files.flatMap((f) => labelEntropyTest(f.path, f.text, left).map((s) => ({ ...s, source: 'detect-secrets-entropy' }))),
  ];
  const scans = readSaved('detect-secrets-scans').files;
  const scanned = new Map(scans.filter((f) => f.path.startsWith('test_data/')).map((f) => [f.path, f.text]));
  for (const f of scans.filter((f) => f.path.startsWith('tests/'))) items.push(...labelScanTest(f.path, f.text, scanned).map((s) => ({ ...s, source: 'detect-secrets-scans' })));
  report.push(...left.map((l) => `holdout50 ${l}`));
  return items.map((s) => ({ ...s, split: 'holdout50' as const }));
}

// raw/gitleaks-rules/: gitleaks' rule files' tps/fps lists (excerpts, several per file); raw/gitleaks-detect/: detect_test.go's
// cases transcribed into its manifest. Each literal entry an item; generated entries counted, not taken.
function fromGitleaksRuleExamples(report: string[]): ExternalItem[] {
  const byPath = new Map<string, string[]>();
  for (const f of readSaved(gitleaksRulesSource).files) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.text]);
  let generated = 0;
  const rules = [...byPath].flatMap(([path, excerpts]) => {
    const labelled = labelRuleFile(path, excerpts);
    generated += labelled.generated;
    return labelled.items;
  });
  const detect = JSON.parse(readFileSync(join(raw, gitleaksDetectSource, 'manifest.json'), 'utf8')) as { cases: (DetectCase & { decodedFrom?: Record<string, string> })[]; decodedFromSecond: string };
  const decodedFrom = Object.assign({}, ...detect.cases.map((c) => c.decodedFrom ?? {})) as Record<string, string>;
  report.push(`holdout51 gitleaks-rules: ${generated} generated tps/fps entries or lists left out (drawn at run time)`);
  return [
    ...markOtherKinds(rules).map((i) => ({ ...i, source: gitleaksRulesSource, split: 'holdout51' as const })),
    ...labelDetectCases(detect.cases, decodedFrom, detect.decodedFromSecond).map((i) => ({ ...i, source: gitleaksDetectSource, split: 'holdout51' as const })),
  ];
}

// raw/{llm-guard-secrets,llm-guard-copies}/: llm-guard's Secrets scanner test and its copies; raw/guardrails-secrets-present/:
// the Guardrails Hub SecretsPresent validator's test; raw/openai-guardrails-{py,js}/: OpenAI's guardrails secret-keys check tests. Each manifest transcribes the taken cases (text, verdict, expectation, quote).
function fromPromptScannerTests(): ExternalItem[] {
  const manifest = (source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases: (ScanCase & CheckCase)[]; constants?: Record<string, string> };
  const scans = [llmGuardSource, llmGuardCopiesSource, secretsPresentSource].flatMap((source) => labelScanCases(manifest(source).cases).map((i) => ({ ...i, source })));
  const checks = [guardrailsPySource, guardrailsJsSource].flatMap((source) => {
    const m = manifest(source);
    return labelCheckCases(m.cases, Object.values(m.constants ?? {})).map((i) => ({ ...i, source }));
  });
  return [...scans, ...checks].map((i) => ({ ...i, split: 'holdout52' as const }));
}

// raw/{credential-digger,deepsecrets,deepsecrets-ntoskernel,rusty-hog}/: three open scanners' own tests with the fixtures
// they scan, each asserted case an item (ntoskernel's regex-candidate cases transcribed in its manifest, checked against
// the saved test).
function fromScannerEngineTests(report: string[]): ExternalItem[] {
  const cd = savedByPath('credential-digger').byPath;
  const root = 'credentialdigger/tests/file_scanner_tests/';
  const fixtures = new Map([...cd].filter(([p]) => p.startsWith(root)).map(([p, t]) => [p.slice(root.length), t]));
  const digger = [
    ...labelFileScannerTest('tests/integration_tests/test_file_scanner.py', cd.get('tests/integration_tests/test_file_scanner.py')!, fixtures, report),
    ...labelGitScannerTest('tests/unit_tests/test_git_scanner.py', cd.get('tests/unit_tests/test_git_scanner.py')!),
  ].map((i) => ({ ...i, source: 'credential-digger' }));
  const ds = savedByPath('deepsecrets').byPath;
  const nt = savedByPath('deepsecrets-ntoskernel').byPath;
  const regexChecks = (tests: ReadonlyMap<string, string>) => labelRegexChecks('tests/core/engines/regex/test_regex.py', tests.get('tests/core/engines/regex/test_regex.py')!, 'tests/fixtures/regex_checks.txt', tests.get('tests/fixtures/regex_checks.txt')!, report);
  const semantic = 'tests/core/engines/semantic/test_semantic.py';
  const avito = [
    ...regexChecks(ds),
    ...labelSemanticTest(semantic, ds.get(semantic)!, ds, report),
    ...labelHashedSecretTest('tests/core/engines/hashed_secret/test_hs.py', ds.get('tests/core/engines/hashed_secret/test_hs.py')!, 'tests/fixtures/1.py', ds.get('tests/fixtures/1.py')!),
  ].map((i) => ({ ...i, source: 'deepsecrets' }));
  const { candidateCases } = JSON.parse(readFileSync(join(raw, 'deepsecrets-ntoskernel', 'manifest.json'), 'utf8')) as { candidateCases: { path: string; cases: CandidateCase[] } };
  const copy = [
    ...regexChecks(nt),
    ...labelSemanticTest(semantic, nt.get(semantic)!, ds, report),
    ...labelScoringCases('tests/core/helpers/test_variable_scoring_cases.py', nt.get('tests/core/helpers/test_variable_scoring_cases.py')!),
    ...labelEvaluatorTests('tests/core/helpers/test_variable_evaluator.py', nt.get('tests/core/helpers/test_variable_evaluator.py')!),
    ...labelCandidateCases(candidateCases.path, nt.get(candidateCases.path)!, candidateCases.cases),
  ].map((i) => ({ ...i, source: 'deepsecrets-ntoskernel' }));
  const hog = labelRustyHogTests('crates/rusty-hog-scanner/src/lib.rs', savedByPath('rusty-hog').byPath.get('crates/rusty-hog-scanner/src/lib.rs')!).map((i) => ({ ...i, source: 'rusty-hog' }));
  return [digger, avito, copy, hog].flatMap((items) => markHeldSecrets(items).map((i, n) => ({ ...i, source: items[n]!.source, split: 'holdout54' as const })));
}

// raw/{git-credential,git-credential-manager,docker-credential-helpers,go-keyring,99designs-keyring,node-keytar,jaraco-keyring,gopass,
// password-store,pass-otp}/: credential helpers' and stores' own tests; git's credential scripts read as the shell runs them,
// the other sources' cases transcribed in their manifests and checked against the saved files. Fewer than 600 items: all
// taken (raw/holdout56-SOURCES.md fixes the sample should a later read exceed it).
function fromCredentialHelperTests(): ExternalItem[] {
  const items = credentialHelperSources.flatMap((source) => {
    const { byPath } = savedByPath(source);
    const { cases } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { cases?: HelperCase[] };
    const labelled = source === 'git-credential' ? [...byPath].flatMap(([path, text]) => labelGitCredentialScript(path, text)) : labelHelperCases(source, cases ?? [], byPath);
    return labelled.map((i) => ({ ...i, source, split: 'holdout56' as const }));
  });
  if (items.length > 600) throw new Error(`holdout56: ${items.length} items, more than 600: apply raw/holdout56-SOURCES.md's sample`);
  return items;
}

// raw/{hf-hub,python-gitlab,pygithub,twilio-python,sendgrid-python,slack-python-sdk,slack-node-sdk,openai-python,
// anthropic-python,replicate-python,stripe-python,cohere-python}/: AI and SaaS vendors' SDKs' own client tests, verbatim or as
// excerpts, each case's code, assertion and secrets transcribed in the manifest under the saved file's name.
function fromSdkClientTests(report: string[]): ExternalItem[] {
  return sdkClientSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { saved: string }[]; cases: Record<string, ClientAuthCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    return files.flatMap((f, n) => {
      const name = manifest.files[n]!.saved;
      if (!manifest.cases[name]) report.push(`${source} ${name}: no case transcribed`);
      return labelSdkClientCases(source, manifest.cases[name] ?? [], f.text, saved).map((s) => ({ ...s, source, split: 'holdout57' as const }));
    });
  });
}

// raw/{actions-runner,azure-pipelines-agent,buildkite-agent,woodpecker,gitlab-runner-masker,prow,dagger,mask-passwords,
// drone-runner-go,act}/: CI and build systems' log masking tests, verbatim or as excerpts, each case's input, required output
// and masked values transcribed in the manifest under the saved file's name. Fewer than 600 items: all taken
// (raw/holdout58-SOURCES.md fixes the sample should a later read exceed it).
function fromLogMaskerTests(): ExternalItem[] {
  const items = logMaskerSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { saved: string }[]; cases: Record<string, MaskCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    const byName = new Map(files.map((f, n) => [manifest.files[n]!.saved, f.text]));
    return files.flatMap((f, n) => labelMaskCases(source, manifest.cases[manifest.files[n]!.saved] ?? [], f.text, saved, byName).map((s) => ({ ...s, source, split: 'holdout58' as const })));
  });
  if (items.length > 600) throw new Error(`holdout58: ${items.length} items, more than 600: apply raw/holdout58-SOURCES.md's sample`);
  return items;
}

// raw/{google-auth-python,google-auth-nodejs,google-auth-java,azure-identity-python,azidentity-go,msal-python,msal-js,authlib,
// requests-oauthlib,auth0-python,passport-oauth2,go-autorest-adal,okta-sdk-python,azure-identity-js,go-auth0,msal-go,
// google-cloud-go-auth,oauth2client}/: identity and OAuth client libraries' own tests and key files, verbatim or as
// excerpts, each case transcribed in the manifest under the saved file's name (an empty list: a file saved for its
// assertion). Fewer than 600 items: all taken (raw/holdout59-SOURCES.md fixes the sample should a later read exceed it).
function fromIdentityClientTests(): ExternalItem[] {
  const items = identityClientSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { saved: string }[]; cases: Record<string, IdentityCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    return files.flatMap((f, n) => {
      const cases = manifest.cases[manifest.files[n]!.saved];
      if (!cases) throw new Error(`${source} ${manifest.files[n]!.saved}: no case list`);
      return labelIdentityCases(source, cases, f.text, saved).map((s) => ({ ...s, source, split: 'holdout59' as const }));
    });
  });
  if (items.length > 600) throw new Error(`holdout59: ${items.length} items, more than 600: apply raw/holdout59-SOURCES.md's sample`);
  return items;
}

// raw/{hashicorp-vault,hvac,node-vault,vaultrs,vault-action,external-secrets,connect-sdk-go,sops,segmentio-chamber,
// aws-secretsmanager-caching-python,conjur-api-python}/: secret managers' clients' and operators' own tests, as excerpts or
// whole files, each case's text, assertion and secrets transcribed in the manifest under the saved file's name. Fewer than
// 600 items: all taken (raw/holdout60-SOURCES.md fixes the sample should a later read exceed it).
function fromSecretManagerTests(report: string[]): ExternalItem[] {
  const items = secretManagerSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { saved: string }[]; cases: Record<string, SecretManagerCase[]> };
    const files = readSaved(source).files;
    const saved = files.map((f) => f.text).join('\n');
    return files.flatMap((f, n) => {
      const name = manifest.files[n]!.saved;
      if (!manifest.cases[name]) report.push(`${source} ${name}: no case transcribed`);
      return labelSecretManagerCases(source, manifest.cases[name] ?? [], f.text, saved).map((s) => ({ ...s, source, split: 'holdout60' as const }));
    });
  });
  if (items.length > 600) throw new Error(`holdout60: ${items.length} items, more than 600: apply raw/holdout60-SOURCES.md's sample`);
  return items;
}

// raw/{n8n,backstage,backstage-community-plugins}/: automation platforms' own tests and the declarations that mark their keys
// secret (n8n's credential types, Backstage's config.d.ts files), as excerpts; each test excerpt names in its manifest entry
// the credential type or config.d.ts that labels it. Nothing is transcribed. Fewer than 600 items: all taken
// (raw/holdout63-SOURCES.md fixes the sample should a later read exceed it).
function fromCredentialDefinitionTests(report: string[]): ExternalItem[] {
  const items = credentialDefinitionSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { path: string; saved: string; credentialType?: string; labelledBy?: string[]; group?: string }[] };
    const files = readSaved(source).files.map((f, n) => ({ ...f, ...manifest.files[n]! }));
    const tests = files.filter((f) => f.credentialType || f.labelledBy);
    const definitions = files.filter((f) => !tests.includes(f));
    const n8nTypes = new Map(definitions.flatMap((f) => {
      const type = n8nCredentialType(f.text);
      return type ? [[type.name, type.markers] as const] : [];
    }));
    const configKeys = (paths: readonly string[]): KeyMarkers => {
      const each = paths.map((p) => backstageConfigKeys(definitions.filter((f) => f.path === p).map((f) => f.text).join('\n')));
      return { secret: new Set(each.flatMap((k) => [...k.secret])), plain: new Set(each.flatMap((k) => [...k.plain])) };
    };
    let skipped = 0;
    const labelled = tests.flatMap((f) => {
      const markers = f.credentialType ? n8nTypes.get(f.credentialType) : configKeys(f.labelledBy!);
      if (!markers) throw new Error(`${source} ${f.saved}: no saved declaration of ${f.credentialType}`);
      const group = f.credentialType ?? f.group!;
      const out = labelMarkedPairs(f.text, markers, (keys) => `${group}:${keys.join('+')}`);
      skipped += out.skipped;
      return out.items.map((i) => ({ ...i, group }));
    });
    const { kept, dropped } = capPerGroup(labelled);
    report.push(`${source}: ${skipped} values of keys no saved declaration names not taken; ${dropped} items over the per-group cap dropped`);
    return kept.map(({ group: _group, ...i }) => ({ ...i, source, split: 'holdout63' as const }));
  });
  if (items.length > 600) throw new Error(`holdout63: ${items.length} items, more than 600: apply raw/holdout63-SOURCES.md's sample`);
  return items;
}

// raw/{alloy,vector,redpanda-connect}/: Grafana Alloy's, Vector's and Redpanda Connect's component tests and example
// configurations, as excerpts (each block a user would write, saved alone) with the excerpts of the declarations that type
// each argument; each block transcribed in the manifest under its saved name. Fewer than 600 items: all taken
// (raw/holdout62-SOURCES.md).
function fromComponentSecretArguments(report: string[]): ExternalItem[] {
  return componentSecretSources.flatMap((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: { saved: string; excerpt: string }[]; cases: Record<string, ComponentCase[]> };
    const files = readSaved(source).files;
    const declares = (n: number) => manifest.files[n]!.excerpt === 'declarations';
    const schema = files.filter((_, n) => declares(n)).map((f) => f.text).join('\n');
    return files.flatMap((f, n) => {
      if (declares(n)) return [];
      const cases = manifest.cases[manifest.files[n]!.saved];
      if (!cases) report.push(`${source} ${manifest.files[n]!.saved}: no case transcribed`);
      return labelComponentArguments(source, cases ?? [], f.text, schema).map((s) => ({ ...s, source, split: 'holdout62' as const }));
    });
  });
}

// raw/{otel-collector-contrib,otel-collector}/: the OpenTelemetry Collector's components' test configurations and the
// struct declarations that type their fields, as excerpts or whole files; each test configuration's instance an item,
// labelled by its fields' declared types (nothing transcribed). Fewer than 600 items: all taken
// (raw/holdout61-SOURCES.md fixes the sample should a later read exceed it).
function fromOpaqueConfigFields(): ExternalItem[] {
  const sources = opaqueConfigSources.map((source) => {
    const manifest = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { files: Omit<SavedConfigFile, 'text'>[] };
    const texts = readSaved(source).files;
    return { source, files: manifest.files.map((f, n) => ({ ...f, text: texts[n]!.text })) };
  });
  const items = labelOpaqueConfigs(sources).map((i) => ({ ...i, split: 'holdout61' as const }));
  if (items.length > 600) throw new Error(`holdout61: ${items.length} items, more than 600: apply raw/holdout61-SOURCES.md's sample`);
  return items;
}

// raw/kingfisher-rest/: Kingfisher's rule files the first holdout did not take, as excerpts of their rules' patterns and
// examples; each example a secret item (the rule's capture), each negative example a clean item. raw/kingfisher-tests/:
// Kingfisher's tests' scanned texts and asserted findings, transcribed into its manifest. Fewer than the sample's size:
// every item is taken (raw/holdout53-SOURCES.md fixes the sample should a later read exceed it).
function fromKingfisherRuleExamples(report: string[]): ExternalItem[] {
  const rules = readSaved(kingfisherRestSource).files.flatMap((f) => labelRuleExamples(f.path, f.text, report));
  const { cases } = JSON.parse(readFileSync(join(raw, kingfisherTestsSource, 'manifest.json'), 'utf8')) as { cases: TestCase[] };
  const tests = labelTestCases(cases);
  if (rules.length + tests.length > sampleSize) throw new Error(`holdout53: ${rules.length + tests.length} items, more than the ${sampleSize} the sample keeps: apply raw/holdout53-SOURCES.md's sample`);
  return [
    ...rules.map((i) => ({ ...i, source: kingfisherRestSource, split: 'holdout53' as const })),
    ...tests.map((i) => ({ ...i, source: kingfisherTestsSource, split: 'holdout53' as const })),
  ];
}

// raw/kingfisher-more/: Kingfisher's rule files neither the first nor the fifty-third holdout took, as excerpts of their
// rules' patterns and examples, labelled as the fifty-third holdout's (each example a secret item, the rule's capture; each
// negative example a clean item); above 600 items after the overlap rule, raw/holdout55-SOURCES.md's sample applies.
function fromKingfisherMoreExamples(report: string[]): ExternalItem[] {
  return readSaved(kingfisherMoreSource).files.flatMap((f) =>
    labelRuleExamples(f.path, f.text, report, 'holdout55').map((i) => ({ ...i, source: kingfisherMoreSource, split: 'holdout55' as const })),
  );
}

// raw/leaktk-fake-leaks/: LeakTK's fake leaks, each saved valid/ or invalid/ file an item labelled by its directory, a
// valid file's secrets by the expected scanner results its manifest transcribes (rule 0) or by rules 1-5.
function fromFakeLeaks(): ExternalItem[] {
  const source = 'leaktk-fake-leaks';
  const { resultsSecrets } = JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as { resultsSecrets: Record<string, string[]> };
  return readSaved(source).files.map((f) => ({ ...labelFakeLeak(f.path, f.text, resultsSecrets[f.path] ?? []), source, split: 'holdout48' as const }));
}

// raw/nifi-*/: Apache NiFi's processor and controller-service tests and its nifi.properties test resources, with the
// excerpts of the classes that declare which properties are sensitive (PropertyDescriptor builders, the sensitive-key
// list); each source's files are labelled by its own saved declarations (nothing transcribed).
function fromSensitiveDescriptorConfigs(report: string[]): ExternalItem[] {
  return sensitiveDescriptorSources.flatMap((source) => {
    const { byPath } = savedByPath(source);
    const classes = [...byPath].filter(([path]) => path.includes('/src/main/java/')).map(([, text]) => text).join('\n');
    const declared = descriptorSensitivity(classes);
    const files = [...byPath];
    const keys = files.some(([path]) => path.endsWith('.properties')) ? sensitiveKeys(classes) : undefined;
    for (const name of keys?.unresolved ?? []) report.push(`${source}: ${name} is listed sensitive, its key constant is not saved (it labels nothing)`);
    const said: string[] = [];
    const items = files.flatMap(([path, text]) => {
      if (path.includes('/src/test/java/')) return labelSetPropertyRuns(path, text, declared, said);
      return keys && path.endsWith('.properties') ? labelPropertiesFile(path, text, keys) : [];
    });
    report.push(...said.map((line) => `${source} ${line}`));
    return items.map((s) => ({ ...s, source, split: 'holdout43' as const }));
  });
}
// raw/{nodered-core,nodered-nodes,nodered-homee}/: Node-RED nodes' tests and the excerpts of the nodes' registerType
// declarations whose credential types label them; each flow and credentials literal an item (read from the saved test).
function fromNodeRedCredentials(report: string[]): ExternalItem[] {
  return nodeRedSources.flatMap((source) => {
    const files = readSaved(source).files;
    const declarations = credentialDeclarations(files.filter((f) => !/(?:^|\/)test\//.test(f.path)).map((f) => f.text).join('\n'));
    return files.filter((f) => /(?:^|\/)test\//.test(f.path)).flatMap((f) => {
      const items = labelNodeRedTest(f.path, f.text, declarations);
      if (!items.length) report.push(`${source} ${f.path}: no flow or credentials literal`);
      return items.map((s) => ({ ...s, source, split: 'holdout44' as const }));
    });
  });
}

// raw/credsweeper/: Samsung CredSweeper's expected findings of its default run (output.json) and of its ML-off run
// (no_ml.json) over its own samples, saved as excerpts of the kept keys, one pair per prefix of the files; each reported
// line an item (read from the saved excerpts, nothing transcribed). Each prefix is labelled on its own: their samples are
// disjoint, and a later prefix adds items without changing an earlier one's.
function fromCredSweeperFindings(report: string[]): ExternalItem[] {
  const files = readSaved('credsweeper').files;
  const excerpts = (path: string) => files.filter((f) => f.path === path).map((f) => excerptFindings(f.text));
  const noMl = excerpts('tests/data/no_ml.json');
  const items = excerpts('tests/data/output.json').flatMap((defaultRun, part) => labelCredSweeperFindings(defaultRun, noMl[part]!));
  report.push(`credsweeper: ${new Set(items.map((i) => i.path)).size} samples, ${items.length} reported lines`);
  return items.map(({ path: _path, ...s }) => ({ ...s, source: 'credsweeper', split: 'holdout46' as const }));
}

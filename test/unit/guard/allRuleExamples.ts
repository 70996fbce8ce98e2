// Every table of rules' own examples, and one rule's examples: the rule's id is in one table only (ruleIds.test.ts).
import { callSignatureExamples } from './callSignatureExamples';
import { commandLineExamples } from './commandLineExamples';
import { configDirectiveExamples } from './configDirectiveExamples';
import { continuedValueExamples } from './continuedValueExamples';
import { credentialStoreExamples } from './credentialStoreExamples';
import { declaredDefaultExamples } from './declaredDefaultExamples';
import { familyExamples } from './familyExamples';
import { grammarRecallExamples } from './grammarRecallExamples';
import { languageGrammarExamples } from './languageGrammarExamples';
import { positionalExamples } from './positionalExamples';
import { prefixedTokenExamples } from './prefixedTokenExamples';
import { privateKeyExamples } from './privateKeyExamples';
import { ruleExamples, type RuleExamples } from './ruleExamples';
import { sdkClientKeyExamples } from './sdkClientKeyExamples';
import { secretsFileLineExamples } from './secretsFileLineExamples';
import { statedCredentialExamples } from './statedCredentialExamples';
import { statedSentenceExamples } from './statedSentenceExamples';
import { vendorKeyedExamples } from './vendorKeyedExamples';

export const exampleTables: Readonly<Record<string, Readonly<Record<string, RuleExamples>>>> = {
  ruleExamples, statedCredentialExamples, prefixedTokenExamples, vendorKeyedExamples, privateKeyExamples, commandLineExamples,
  positionalExamples, familyExamples, grammarRecallExamples, languageGrammarExamples, callSignatureExamples, declaredDefaultExamples,
  configDirectiveExamples, secretsFileLineExamples, continuedValueExamples, statedSentenceExamples, sdkClientKeyExamples,
  credentialStoreExamples,
};

const NONE: RuleExamples = { secrets: [], clean: [] };

export function examplesOf(id: string): RuleExamples {
  for (const table of Object.values(exampleTables)) if (table[id]) return table[id];
  return NONE;
}

// Which installed model each role gets, from what /api/show and the name say. The templates and
// capabilities are the ones Ollama's library ships (abridged where it does not matter).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseForRole, choiceCaveat, describeProfile, profileModel, type ModelProfile } from '../../../src/core/models/modelRoleChoice';
import type { ModelDetails } from '../../../src/core/models/modelTypes';

const chatml = '{{- if .Messages }}{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}{{ end }}';
const qwenFimChat = `{{- if .Suffix }}<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>{{- else if .Messages }}${chatml}{{- else }}{{ .Prompt }}{{ end }}`;
const qwenFimBase = '{{- if .Suffix }}<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>\n{{- else }}{{ .Prompt }}\n{{- end }}';
const llama3 = '{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n{{ .Content }}<|eot_id|>{{ end }}';
const gemma = '{{- range .Messages }}<start_of_turn>{{ .Role }}\n{{ .Content }}<end_of_turn>\n{{ end }}<start_of_turn>model\n';

function model(name: string, template: string | undefined, capabilities: string[] | undefined, sizeGB: number): ModelProfile {
  const details: ModelDetails = {
    name, template, supportsFim: template?.includes('.Suffix') ?? false, ...(capabilities ? { capabilities } : {}),
  };
  return profileModel({ name, sizeBytes: sizeGB * 1e9 }, details);
}

const qwenBase = model('qwen2.5-coder:1.5b-base', qwenFimBase, ['completion', 'insert'], 0.99);
const qwen1 = model('qwen2.5-coder:1.5b', qwenFimChat, ['completion', 'tools', 'insert'], 0.99);
const qwen7 = model('qwen2.5-coder:7b', qwenFimChat, ['completion', 'tools', 'insert'], 4.7);
const qwen7base = model('qwen2.5-coder:7b-base', qwenFimBase, ['completion', 'insert'], 4.7);
const codellamaCode = model('codellama:7b-code', '<PRE> {{ .Prompt }} <SUF>{{ .Suffix }} <MID>', ['completion', 'insert'], 3.8);
const codellamaInstruct = model('codellama:7b-instruct', '[INST] <<SYS>>{{ .System }}<</SYS>>\n\n{{ .Prompt }} [/INST]', ['completion'], 3.8);
const starcoder = model('starcoder2:3b', '{{ .Prompt }}', ['completion'], 1.7);
const llama = model('llama3.2:3b', llama3, ['completion', 'tools'], 2.0);
const gemmaIt = model('gemma3:4b-it-qat', gemma, ['completion', 'vision'], 4.0);
const embed = model('nomic-embed-text:latest', '', ['embedding'], 0.27);
const mystery = model('my-model:latest', undefined, undefined, 2.0);

const name = (p: ModelProfile | undefined) => p?.name;

test('training is read from the name first, then the template and capabilities', () => {
  const cases: [ModelProfile, string][] = [
    [qwenBase, 'base'], [qwen1, 'instruct'], [qwen7, 'instruct'], [codellamaCode, 'base'], [codellamaInstruct, 'instruct'],
    [starcoder, 'base'], [llama, 'instruct'], [gemmaIt, 'instruct'], [mystery, 'unknown'],
    // A name that says base wins over a chat template (a user's own Modelfile).
    [model('deepseek-coder:6.7b-base', chatml, ['completion'], 3.8), 'base'],
    // The repository name "codellama" says nothing about training; the template does.
    [model('codellama:latest', '[INST] {{ .Prompt }} [/INST]', ['completion'], 3.8), 'instruct'],
    // Capabilities alone: tools means it was tuned to follow instructions.
    [model('custom:latest', undefined, ['completion', 'tools'], 1), 'instruct'],
  ];
  for (const [profile, training] of cases) assert.equal(profile.training, training, profile.name);
});

test('fill-in-the-middle and code are recognised; an embedding model generates nothing', () => {
  assert.equal(qwenBase.fimFamily, 'qwen');
  assert.equal(codellamaCode.fimFamily, 'codellama');
  assert.equal(llama.fimFamily, undefined);
  assert.equal(llama.code, false);
  assert.equal(qwen7.code, true);
  assert.equal(embed.generates, false);
  assert.equal(embed.fimFamily, undefined);
  // Without capabilities (older Ollama) the name tells.
  assert.equal(model('mxbai-embed-large:latest', '{{ .Prompt }}', undefined, 0.6).generates, false);
  // An unknown name with a FIM template of a known format fills in the middle.
  assert.equal(model('autocomplete:latest', qwenFimBase, ['completion', 'insert'], 1).fimFamily, 'qwen');
});

test('a base model and an instruction-tuned one: completion gets the base, chat and refactor the instruct', () => {
  const installed = [qwenBase, qwen7];
  assert.equal(name(chooseForRole('completion', installed)), 'qwen2.5-coder:1.5b-base');
  assert.equal(name(chooseForRole('chat', installed)), 'qwen2.5-coder:7b');
  assert.equal(name(chooseForRole('refactor', installed)), 'qwen2.5-coder:7b');
  // Listing order does not matter.
  assert.equal(name(chooseForRole('chat', [qwen7, qwenBase])), 'qwen2.5-coder:7b');
  assert.equal(name(chooseForRole('completion', [qwen7, qwenBase])), 'qwen2.5-coder:1.5b-base');
});

test('completion: the best FIM family first, within it base before instruct, then the smaller', () => {
  assert.equal(name(chooseForRole('completion', [codellamaCode, qwen1])), 'qwen2.5-coder:1.5b');
  assert.equal(name(chooseForRole('completion', [qwen7, qwen1])), 'qwen2.5-coder:1.5b');
  assert.equal(name(chooseForRole('completion', [qwen1, qwen7base])), 'qwen2.5-coder:7b-base');
  assert.equal(name(chooseForRole('completion', [codellamaInstruct, codellamaCode])), 'codellama:7b-code');
  assert.equal(name(chooseForRole('completion', [llama, gemmaIt, embed])), undefined, 'no model fills in the middle');
});

test('chat: instruction-tuned first, a code model before a general one, then the larger', () => {
  assert.equal(name(chooseForRole('chat', [qwen1, qwen7])), 'qwen2.5-coder:7b');
  assert.equal(name(chooseForRole('chat', [llama, qwen1])), 'qwen2.5-coder:1.5b');
  assert.equal(name(chooseForRole('chat', [qwenBase, starcoder, llama])), 'llama3.2:3b');
  assert.equal(name(chooseForRole('chat', [qwenBase, mystery])), 'my-model:latest', 'unknown training before a known base model');
  assert.equal(name(chooseForRole('chat', [embed])), undefined);
  // Only a base model: used, but said.
  const only = chooseForRole('chat', [qwenBase, embed])!;
  assert.equal(only.name, 'qwen2.5-coder:1.5b-base');
  assert.match(choiceCaveat('chat', only) ?? '', /base model and may not follow instructions/);
  assert.equal(choiceCaveat('completion', only), undefined);
  assert.equal(choiceCaveat('chat', qwen7), undefined);
});

test('the reason given for a choice', () => {
  assert.equal(describeProfile(qwenBase), 'base model, fills in the middle');
  assert.equal(describeProfile(llama), 'instruction-tuned');
  assert.equal(describeProfile(mystery), 'training unknown');
});

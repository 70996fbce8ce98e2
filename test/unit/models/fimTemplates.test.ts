import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  customFimTemplate, fimFamilyFromName, fimFamilyFromTemplate, fimTemplateById, renderSnippetComments, selectFimTemplate,
} from '../../../src/core/models/fimTemplates';

const input = { prefix: 'def add(a, b):\n    ', suffix: '\n\nprint(add(1, 2))' };
const snippets = [{ path: 'src/util.py', text: 'def sub(a, b):\n    return a - b' }];

describe('FIM templates render each family exactly', () => {
  test('qwen2.5-coder', () => {
    const t = fimTemplateById('qwen');
    assert.equal(t.render(input), '<|fim_prefix|>def add(a, b):\n    <|fim_suffix|>\n\nprint(add(1, 2))<|fim_middle|>');
    for (const s of ['<|endoftext|>', '<|fim_prefix|>', '<|fim_suffix|>', '<|fim_middle|>', '<|file_sep|>', '<|repo_name|>']) {
      assert.ok(t.stop.includes(s), s);
    }
  });

  test('qwen2.5-coder repository format with <|repo_name|> and <|file_sep|> blocks', () => {
    const t = fimTemplateById('qwen');
    assert.equal(
      t.render({ ...input, snippets, repoName: 'calc', filePath: 'src/main.py' }),
      '<|repo_name|>calc\n' +
        '<|file_sep|>src/util.py\ndef sub(a, b):\n    return a - b\n' +
        '<|file_sep|>src/main.py\n' +
        '<|fim_prefix|>def add(a, b):\n    <|fim_suffix|>\n\nprint(add(1, 2))<|fim_middle|>',
    );
    // Snippets without a repo name still get file separators.
    assert.ok(t.render({ ...input, snippets }).startsWith('<|file_sep|>src/util.py\n'));
  });

  test('deepseek-coder uses fullwidth bars and the lower-eighth block', () => {
    const t = fimTemplateById('deepseek');
    const out = t.render(input);
    assert.equal(
      out,
      '<\uFF5Cfim\u2581begin\uFF5C>def add(a, b):\n    <\uFF5Cfim\u2581hole\uFF5C>\n\nprint(add(1, 2))<\uFF5Cfim\u2581end\uFF5C>',
    );
    assert.ok(out.includes('\uFF5C') && out.includes('\u2581'));
    assert.ok(!out.includes('<|fim'));
    assert.ok(t.stop.includes('<｜end▁of▁sentence｜>'));
    assert.ok(t.stop.includes('<｜fim▁begin｜>'));
  });

  test('deepseek-coder renders snippets as comments inside the prefix', () => {
    const out = fimTemplateById('deepseek').render({ ...input, snippets, commentPrefix: '#' });
    assert.equal(
      out,
      '<｜fim▁begin｜># Path: src/util.py\n# def sub(a, b):\n#     return a - b\n\ndef add(a, b):\n    <｜fim▁hole｜>\n\nprint(add(1, 2))<｜fim▁end｜>',
    );
  });

  test('starcoder / starcoder2, plain and with repository context', () => {
    const t = fimTemplateById('starcoder');
    assert.equal(t.render(input), '<fim_prefix>def add(a, b):\n    <fim_suffix>\n\nprint(add(1, 2))<fim_middle>');
    assert.equal(
      t.render({ ...input, snippets, repoName: 'calc', filePath: 'src/main.py' }),
      '<repo_name>calc<file_sep>src/util.py\ndef sub(a, b):\n    return a - b\n' +
        '<file_sep><fim_prefix>src/main.py\ndef add(a, b):\n    <fim_suffix>\n\nprint(add(1, 2))<fim_middle>',
    );
    assert.ok(t.stop.includes('<file_sep>') && t.stop.includes('<|endoftext|>'));
  });

  test('codellama <PRE> <SUF> <MID> with its spaces, stop <EOT>', () => {
    const t = fimTemplateById('codellama');
    assert.equal(t.render(input), '<PRE> def add(a, b):\n     <SUF>\n\nprint(add(1, 2)) <MID>');
    assert.ok(t.stop.includes('<EOT>'));
  });

  test('codestral puts the suffix first', () => {
    const t = fimTemplateById('codestral');
    assert.equal(t.render(input), '[SUFFIX]\n\nprint(add(1, 2))[PREFIX]def add(a, b):\n    ');
    assert.deepEqual([...t.stop].sort(), ['</s>', '[MIDDLE]', '[PREFIX]', '[SUFFIX]']);
  });

  test('codegemma stops at <|file_separator|>', () => {
    const t = fimTemplateById('codegemma');
    assert.equal(t.render(input), '<|fim_prefix|>def add(a, b):\n    <|fim_suffix|>\n\nprint(add(1, 2))<|fim_middle|>');
    assert.ok(t.stop.includes('<|file_separator|>'));
  });

  test('every built-in strips its own markers', () => {
    for (const id of ['qwen', 'deepseek', 'starcoder', 'codellama', 'codestral', 'codegemma'] as const) {
      const t = fimTemplateById(id);
      const rendered = t.render({ prefix: '', suffix: '' });
      let stripped = rendered;
      for (const tok of t.specialTokens) stripped = stripped.split(tok).join('');
      assert.equal(stripped.trim(), '', `${id} leaves ${JSON.stringify(stripped)}`);
    }
  });
});

describe('selectFimTemplate', () => {
  test('by model name', () => {
    const cases: [string, string][] = [
      ['qwen2.5-coder:1.5b', 'qwen'], ['Qwen/Qwen2.5-Coder-7B', 'qwen'], ['qwen3-coder:30b', 'qwen'],
      ['deepseek-coder:6.7b-base', 'deepseek'], ['deepseek-coder-v2:16b', 'deepseek'],
      ['starcoder2:3b', 'starcoder'], ['bigcode/starcoder', 'starcoder'],
      ['codellama:7b-code', 'codellama'], ['codestral:22b', 'codestral'], ['codegemma:2b', 'codegemma'],
    ];
    for (const [name, id] of cases) assert.equal(selectFimTemplate(name).id, id, name);
  });

  test('the Ollama template text wins over the name', () => {
    assert.equal(selectFimTemplate('my-model', '<PRE> {{ .Prompt }} <SUF>{{ .Suffix }} <MID>').id, 'codellama');
    assert.equal(selectFimTemplate('x', '{{ if .Suffix }}<｜fim▁begin｜>{{ .Prompt }}<｜fim▁hole｜>{{ .Suffix }}<｜fim▁end｜>{{ end }}').id, 'deepseek');
    assert.equal(selectFimTemplate('x', '<fim_prefix>{{ .Prompt }}<fim_suffix>{{ .Suffix }}<fim_middle>').id, 'starcoder');
    assert.equal(selectFimTemplate('x', '[SUFFIX]{{ .Suffix }}[PREFIX] {{ .Prompt }}').id, 'codestral');
    assert.equal(selectFimTemplate('x', '<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>{{ else }}<|im_start|>').id, 'qwen');
    assert.equal(selectFimTemplate('x', '<|fim_prefix|>{{ .Prompt }}<|fim_suffix|>{{ .Suffix }}<|fim_middle|>{{ else }}<start_of_turn>user').id, 'codegemma');
  });

  test('a template without FIM markers falls back to the name, then to qwen', () => {
    assert.equal(selectFimTemplate('starcoder2:3b', '{{ .Prompt }}').id, 'starcoder');
    assert.equal(selectFimTemplate('llama3.2:3b', '{{ .Prompt }}').id, 'qwen');
    assert.equal(fimFamilyFromName('llama3.2:3b'), undefined);
    assert.equal(fimFamilyFromTemplate('{{ .Prompt }}'), undefined);
  });

  test('a user override wins, with its own stops; an empty one is ignored', () => {
    const t = selectFimTemplate('qwen2.5-coder:1.5b', undefined, { template: '<PRE> {prefix} <SUF>{suffix} <MID>', stop: ['<EOT>'] });
    assert.equal(t.id, 'custom');
    assert.equal(t.render(input), '<PRE> def add(a, b):\n     <SUF>\n\nprint(add(1, 2)) <MID>');
    assert.deepEqual(t.stop, ['<EOT>']);
    assert.deepEqual(t.specialTokens, ['<EOT>', '<PRE>', '<SUF>', '<MID>']);
    assert.equal(selectFimTemplate('qwen2.5-coder:1.5b', undefined, '  ').id, 'qwen');
    assert.equal(selectFimTemplate('m', undefined, '{suffix}|{prefix}').render({ prefix: 'P', suffix: 'S' }), 'S|P');
  });

  test('override substitution is one pass: placeholders inside the code stay literal', () => {
    const t = customFimTemplate({ template: 'A{prefix}B{suffix}C' });
    assert.equal(t.render({ prefix: 'x = "{suffix}"', suffix: 'y = "{prefix}" $& $1' }), 'Ax = "{suffix}"By = "{prefix}" $& $1C');
  });

  test('override places snippets as comments before the prefix', () => {
    const t = customFimTemplate({ template: '<s>{prefix}<h>{suffix}<e>' });
    assert.equal(t.render({ prefix: 'p', suffix: 's', snippets: [{ path: 'a.ts', text: 'x' }] }), '<s>// Path: a.ts\n// x\n\np<h>s<e>');
  });
});

test('renderSnippetComments heads each snippet with its path and comments every line', () => {
  assert.equal(renderSnippetComments(undefined), '');
  assert.equal(
    renderSnippetComments([{ path: 'a.rb', text: 'x = 1\n\ny = 2' }, { path: 'b.rb', text: 'z' }], '#'),
    '# Path: a.rb\n# x = 1\n#\n# y = 2\n\n# Path: b.rb\n# z\n\n',
  );
});

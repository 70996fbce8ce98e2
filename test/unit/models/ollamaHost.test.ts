import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveOllamaHost } from '../../../src/core/models/ollamaDiscovery';

test('OLLAMA_HOST in the forms Ollama accepts', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'http://127.0.0.1:11434'],
    ['', 'http://127.0.0.1:11434'],
    ['0.0.0.0', 'http://127.0.0.1:11434'],
    ['0.0.0.0:8080', 'http://127.0.0.1:8080'],
    [':9000', 'http://127.0.0.1:9000'],
    ['gpu-box', 'http://gpu-box:11434'],
    ['gpu-box:11500', 'http://gpu-box:11500'],
    ['http://gpu-box', 'http://gpu-box:80'],
    ['https://ollama.example.com', 'https://ollama.example.com:443'],
    ['https://ollama.example.com:8443/ollama/', 'https://ollama.example.com:8443/ollama'],
    ['  http://10.0.0.5:11434  ', 'http://10.0.0.5:11434'],
    ['[::1]:11435', 'http://[::1]:11435'],
    ['[::]', 'http://[::1]:11434'],
    ['::1', 'http://[::1]:11434'],
    ['host:notaport', 'http://host:11434'],
  ];
  for (const [value, expected] of cases) assert.equal(resolveOllamaHost(value), expected, String(value));
});

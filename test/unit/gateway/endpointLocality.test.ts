import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocalEndpoint } from '../../../src/core/models/endpointLocality';

test('loopback only counts as local', () => {
  for (const url of ['http://127.0.0.1:11434', 'http://127.8.9.10', 'http://localhost:1234/v1', 'http://[::1]:11434', 'http://api.localhost', 'http://[::ffff:127.0.0.1]:80']) {
    assert.equal(isLocalEndpoint(url), true, url);
  }
  for (const url of ['http://192.168.1.2:11434', 'http://10.0.0.5', 'http://0.0.0.0:11434', 'https://api.openai.com/v1', 'http://localhost.evil.com', 'http://127.0.0.1.nip.io', 'not a url', 'http://[::2]']) {
    assert.equal(isLocalEndpoint(url), false, url);
  }
});

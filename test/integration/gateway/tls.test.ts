// A remote Ollama behind a TLS reverse proxy with a self-signed certificate: refused (with the
// real TLS error in the message) until the CA file setting names the certificate.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { after, before, test } from 'node:test';
import { ModelError } from '../../../src/core/models/modelError';
import { startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { collect, createHarness, failure, fim, noFiles } from './gatewayHarness';

let dir: string;
let ollama: FakeOllamaServer;
let proxy: Server;
let httpsUrl: string;
let caFile: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flywheel-tls-'));
  const config = join(dir, 'openssl.cnf');
  writeFileSync(config, [
    '[req]', 'distinguished_name=dn', 'x509_extensions=ext', 'prompt=no',
    '[dn]', 'CN=localhost',
    '[ext]', 'subjectAltName=DNS:localhost,IP:127.0.0.1', 'basicConstraints=critical,CA:TRUE',
    'keyUsage=digitalSignature,keyCertSign', 'extendedKeyUsage=serverAuth',
  ].join('\n'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-config', config], { stdio: 'pipe' });
  caFile = join(dir, 'cert.pem');
  ollama = await startFakeOllamaServer();
  const target = Number(new URL(ollama.url).port);
  // TLS terminates here; the plain bytes go on to the fake Ollama.
  proxy = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(caFile) }, (socket) => {
    const upstream = connect(target, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  httpsUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((r) => proxy.close(() => r()));
  await ollama.close();
  rmSync(dir, { recursive: true, force: true });
});

const roles = () => ({ completion: [{ provider: 'ollama' as const, baseUrl: httpsUrl, model: 'qwen2.5-coder:1.5b' }] });

test('a self-signed certificate is refused without the CA setting, with the real TLS error', async () => {
  const h = createHarness({ roles: roles() });
  const before = ollama.requests.length;
  const { error } = await failure(h.streamFim('completion', { ...fim, prompt: 'raw' }, AbortSignal.timeout(5000), noFiles));
  assert.ok(ModelError.is(error, 'unreachable'), String(error));
  assert.match(String(error.detail), /self[- ]signed certificate/i);
  assert.match(String(error.detail), /flywheel\.models\.caFile/);
  assert.equal(ollama.requests.length, before, 'nothing got through');
  h.gateway.dispose();
});

test('with flywheel.models.caFile naming the certificate, the same server is accepted', async () => {
  const h = createHarness({ roles: roles(), config: { transport: { caFile } } });
  const result = await collect(h.streamFim('completion', fim, AbortSignal.timeout(5000), noFiles));
  assert.equal(result.text, 'Hello world');
  assert.equal(ollama.requestsTo('/api/generate').length, 1);
  h.gateway.dispose();
});

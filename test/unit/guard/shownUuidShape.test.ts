import assert from 'node:assert/strict';
import { test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { showsUuidShape } from '../../../src/core/guard/shownUuidShape';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

function shows(value: string): boolean {
  return showsUuidShape(value, 0, value.length);
}

// trufflehog's fp_uuids.txt kind (hexspeak and a count of eight repeated) and RFC 9562's Nil and Max UUIDs.
const shapes = [
  'deadbeef-dead-beef-dead-beefdeadbeef',
  'CAFEBABE-CAFE-BABE-CAFE-BABECAFEBABE',
  'a1b2c3d4-a1b2-c3d4-a1b2-c3d4a1b2c3d4',
  '98765432-9876-5432-9876-543298765432',
  'abcdefab-cdef-abcd-efab-cdefabcdefab',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

test('a UUID filled by one unit repeated shows the shape: left under a secret\'s name', () => {
  for (const uuid of shapes) {
    assert.ok(shows(uuid), uuid);
    for (const text of [`HEROKU_API_KEY=${uuid}`, `token = "${uuid}"`, `{"npm_token": "${uuid}"}`]) assert.deepEqual(taken(text), [], text);
  }
});

// Issued UUIDs (random, v4), a counting UUID a detector's split labels a secret, and values that are no UUID's text form.
test('an issued UUID, a counting one and other shapes stay secrets', () => {
  const issued = ['007e65c7-635d-4d54-8294-f360cb8e2e3f', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', ...Array.from({ length: 200 }, () => randomUUID())];
  for (const uuid of issued) {
    assert.ok(!shows(uuid), uuid);
    assert.deepEqual(taken(`HEROKU_API_KEY=${uuid}`), [uuid], uuid);
  }
  for (const value of ['12345678-1234-1234-1234-123456789abc', 'deadbeef-dead-beef-dead-beefdeadbeeg', 'deadbeefdeadbeefdeadbeefdeadbeef', 'deadbeef-dead-beef-dead-beefdeadbeef0', 'deadbeef:dead:beef:dead:beefdeadbeef']) {
    assert.ok(!shows(value), value);
  }
});

test('read in place: only the span asked', () => {
  const text = 'key: deadbeef-dead-beef-dead-beefdeadbeef;';
  assert.ok(showsUuidShape(text, 5, 41));
  assert.ok(!showsUuidShape(text, 4, 41));
  assert.ok(!showsUuidShape(text, 5, 42));
});

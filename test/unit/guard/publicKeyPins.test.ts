// An HPKP pin (RFC 7469 §2.1.1: `pin-sha256="…"`, the base64 of the SHA-256 of a public key's SubjectPublicKeyInfo) is as
// public as the key: left where its name reads before it, also through an escaped quote (a string held in a string) and a
// syntax highlighter's tag around the literal. The same random value under a secret's name is taken.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a public key's pin is left under its digest's or a public name, through an escaped quote and a highlighter's tag", () => {
  assertLeaves([
    'Public-Key-Pins: pin-sha256="cUPcTAZWKaASuYWhhneDttWpY3oBAkE3h2+soZS7sWs="; pin-sha256="M8HztCzM3elUxkcjR2S5P4hhyBNf6lHkmjAHKhpGPWE="; max-age=5184000',
    'Header always set Public-Key-Pins "pin-sha256=\\"klO23nT2ehFDXCfx3eHTDRESMz3asj1muO+4aIdjiuY=\\"; pin-sha256=\\"633lt352PKRXbOwf4xSEa1M517scpD3l5f79xMD9r9Q=\\"; max-age=2592000"',
    '{"headers": "{\\"public_key\\": \\"klO23nT2ehFDXCfx3eHTDRESMz3asj1muO+4aIdjiuY=\\"}"}',
    "const pubkey256 = 'pL1+qb9HTMRZJmuC/bB/ZI4d302BmrrkBRMd4EHtDJY=';",
    '<span class="hljs-keyword">const</span> pubkey256 = <span class="hljs-string">\'SIXvRyDmBJSgatgTQRGbInBaAK+hZOQ18UmrSwnDlK8=\'</span>;',
    '<span class="nx">integrity</span>: <span class="s2">"Zk9pQ2mZr7Lw4Tn8Vb3cXk9pQ2mZr7Lw4Tn8Vb3c"</span>',
  ]);
  assertFinds([
    'Header set X-Session "session_key=\\"⟦klO23nT2ehFDXCfx3eHTDRESMz3asj1muO+4aIdjiuY=⟧\\""',
    '<span class="hljs-keyword">const</span> api_key = <span class="hljs-string">\'⟦SIXvRyDmBJSgatgTQRGbInBaAK+hZOQ18UmrSwnDlK8=⟧\'</span>;',
    'token = <b>"⟦Zk9pQ2mZr7Lw4Tn8Vb3cXk9pQ2mZr7Lw4Tn8Vb3c⟧"</b>',
  ]);
});

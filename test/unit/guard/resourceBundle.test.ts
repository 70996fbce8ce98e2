// A Java ListResourceBundle's body is a table of localized messages: a credential's word in a key names a message
// there (javac's package table, keytool's translated prompts and messages, as `lookalikeScan --languages` found them in
// the JDK's own source; bench/guard/README.md, "Localized messages and a name's own marks", twenty-sixth round).
// Outside the class body, and in any other class, a literal in a secret's slot stays a secret.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insideBody, resourceBundleBodies } from '../../../src/core/guard/rules/resourceBundle';
import { assertFinds, assertLeaves } from './redactionAsserts';

const BUNDLE = `package sun.security.tools.keytool;

public class Resources_sv extends java.util.ListResourceBundle {
    private static final Object[][] contents = {
        {"Enter.keystore.password.", "Ange nyckellagerl\\u00F6senord:  "},
        {"storepasswd.and.keypasswd.commands.not.supported.if.storetype.is.0",
                "-storepasswd och -keypasswd st\\u00F6ds inte om -storetype \\u00E4r {0}"},
        {"brace", "a } in a message, // not a comment"}, // a '}' in a comment
        /* } */
        { "javax.security.auth.login", "tiger legacy" },
    };

    public Object[][] getContents() {
        return contents;
    }
}
`;

test("a ListResourceBundle's messages are left, whatever their keys name", () => {
  assertLeaves([
    BUNDLE,
    BUNDLE.replace('java.util.ListResourceBundle', 'ListResourceBundle'),
    // The JDK's locale data: its own subclasses that mimic ListResourceBundle (`PW` is Palau's country code).
    'public class LocaleNames_ast extends OpenListResourceBundle {\n    protected final Object[][] getContents() {\n        final Object[][] data = new Object[][] {\n            { "PT", "Portugal" },\n            { "PW", "Pal\\u00e1u" },\n        };\n        return data;\n    }\n}\n',
    'public class FormatData_de extends ParallelListResourceBundle {\n    protected final Object[][] getContents() {\n        final String metaValue_PW = "Palau";\n        return new Object[][] {};\n    }\n}\n',
  ]);
});

test('outside the bundle, and in another class, a literal in a secret\'s slot stays a secret', () => {
  assertFinds([
    `${BUNDLE}\nclass Config {\n    static final String PASSWORD = "⟦hunter2⟧";\n}\n`,
    `static final String PASSWORD = "⟦hunter2⟧";\n${BUNDLE}`,
    BUNDLE.replace('extends java.util.ListResourceBundle', 'extends Settings').replace('"tiger legacy"', '"⟦tiger legacy⟧"'),
    'new Dictionary<string, string> { { "password", "⟦hunter2⟧" } };',
  ]);
});

test('the bodies are found by their braces, over literals and comments', () => {
  const bodies = resourceBundleBodies(BUNDLE);
  assert.equal(bodies.length, 2);
  assert.equal(BUNDLE.charAt(bodies[0]!), '{');
  assert.equal(bodies[1], BUNDLE.lastIndexOf('}'));
  assert.equal(insideBody(bodies, BUNDLE.indexOf('tiger')), true);
  assert.equal(insideBody(bodies, BUNDLE.indexOf('package')), false);
  // A body the text cuts short is none: what follows it may be another file's.
  const cut = BUNDLE.slice(0, BUNDLE.indexOf('public Object'));
  assert.deepEqual(resourceBundleBodies(cut), []);
  assert.deepEqual(resourceBundleBodies('class A extends ResourceBundle {}'), []);
});

test('a bundle the text cuts short leaves the text after it to the rules', () => {
  const cut = BUNDLE.slice(0, BUNDLE.indexOf('public Object'));
  assertFinds([`${cut}\n# config.ini\npassword = "⟦k9Xq2LmZ7vRt⟧"\n`]);
});

test('insideBody answers as a scan of every body would, over many small bodies', () => {
  const text = 'class A extends ListResourceBundle { x }\nv = 1\n'.repeat(200);
  const bodies = resourceBundleBodies(text);
  assert.equal(bodies.length, 400);
  for (let at = 0; at < text.length; at++) {
    let scanned = false;
    for (let i = 0; i < bodies.length; i += 2) if (at > bodies[i]! && at < bodies[i + 1]!) scanned = true;
    assert.equal(insideBody(bodies, at), scanned, `at ${at}`);
  }
  assert.equal(insideBody([], 5), false);
});

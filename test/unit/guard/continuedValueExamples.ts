// The continued value's own examples (rules/continuedValueRule.ts): a bare value another rule took, continued by its
// format's grammar on the next lines (the continuation marked: the value's first line is the other rule's), and the
// look-alikes of the same layout.
import type { RuleExamples } from './ruleExamples';

export const continuedValueExamples: Readonly<Record<string, RuleExamples>> = {
  'continued-value': {
    secrets: [
      // java.util.Properties.load: a line ending in `\` goes on, the next line's leading blanks dropped.
      'db.user=alice\ndb.password=Zq8Lm3Xv9T\\\n    ⟦b2Rk7Wp4Ns⟧\ndb.url=jdbc:h2:mem',
      // configparser: a value's lines indented deeper than its key; YAML 1.2's multi-line plain scalar.
      '[database]\npassword = Zq8Lm3Xv9T\n    ⟦b2Rk7Wp4Ns⟧\nport = 5432',
      'database:\n  password: q3J8mZ2xR7vL0p\n    ⟦T5wN9sYk4c+/A=⟧\n  host: db',
    ],
    clean: [
      // The value's next line is a key, a comment, a list item, or no deeper than the key; a reference broken over lines.
      'database:\n  password: ${DB_PASSWORD}\n  host: db',
      'database:\n  password: ${DB_PASSWORD}\n    # the vault path',
      'database:\n  password: ${DB_PASSWORD}\n    suffix',
      'items:\n  - name: a\n    value: b',
    ],
  },
};

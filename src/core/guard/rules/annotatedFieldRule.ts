// A field or parameter given its value by an annotation above it or before it: Spring's `@Value("…")` (the Spring
// Framework reference, "Using @Value": the annotation's expression is resolved and injected into the annotated field,
// method or constructor parameter; a string with no `${…}` placeholder and no `#{…}` expression is injected as it is
// written). The literal is what the field holds, so it is judged as a literal given to the field's name (Java's
// `private String password;`, a parameter's `String apiKey,`, Kotlin's `lateinit var token: String`). A placeholder's
// default (`@Value("${db.pw:…}")`) is the reference-default rule's. The expression starts at the annotation and reads
// at most one line break and five declaration words before the name: linear.
import type { SecretRule } from '../secretRule';
import { namedLiteralRule } from './namedLiteralRule';

// `@Value("…")` or `@Value(value = "…")`, then the declaration on the same or the next line: modifiers and a type (Java),
// `lateinit var`/`val` (Kotlin), and the name, followed by what ends a field or a parameter (`;`, `=`, `,`, `)`) or by
// Kotlin's type annotation (`: String`).
const SPRING_VALUE = /@Value\([ \t]{0,8}(?:value[ \t]*=[ \t]*)?"(?![$#]\{)(?<secret>[^"\\\r\n]{1,200})"[ \t]{0,8}\)[ \t]*(?:\r?\n[ \t]*)?(?:[\w.<>[\]]{1,80}[ \t]+){1,5}(?<name>[A-Za-z_]\w{0,63})[ \t]*(?:[;=,)]|:[ \t]*[A-Z])/dg;

export const annotatedFieldRule: SecretRule = namedLiteralRule('annotated-field', ['@value('], [SPRING_VALUE]);

// A setting's name and its value in elements of their own, as two XML formats write them: Apple's
// property list pairs a `<key>` with the value element that follows it (`<key>APIKey</key>
// <string>…</string>`, Info.plist, GoogleService-Info.plist, any NSUserDefaults export), and .NET's
// settings file puts the `<value>` element on the lines under `<setting name="…">`; Hadoop's configuration files
// (`Configuration`'s format: core-site.xml's `<property><name>fs.s3a.secret.key</name><value>…</value></property>`)
// and the Java Servlet specification's deployment descriptor (web.xml's `<init-param>`/`<context-param>`:
// `<param-name>…</param-name><param-value>…</param-value>`) give a name's element and then its value's. The name is
// judged as a key and the value as a literal given to it; neither is an attribute or text the
// assignment rule reads after its key on one line. Linear: each match starts at its name's element
// and reads a bounded stretch.
import type { SecretRule } from '../secretRule';
import { namedLiteralRule } from './namedLiteralRule';

const PLIST_PAIR = /<key>(?<name>[^<>\r\n]{1,64})<\/key>[ \t\r\n]{0,200}<string>(?<secret>[^<\r\n]{1,400})<\/string>/dg;
const SETTING_VALUE = /<setting[ \t]+name[ \t]*=[ \t]*["'](?<name>[^"'<>\r\n]{1,64})["'][^<>]{0,200}>[ \t\r\n]{0,200}<value>(?<secret>[^<\r\n]{1,400})<\/value>/dg;
const NAME_VALUE = /<name>(?<name>[^<>\r\n]{1,64})<\/name>[ \t\r\n]{0,200}<value>(?<secret>[^<\r\n]{1,400})<\/value>/dg;
const PARAM_VALUE = /<param-name>(?<name>[^<>\r\n]{1,64})<\/param-name>[ \t\r\n]{0,200}<param-value>(?<secret>[^<\r\n]{1,400})<\/param-value>/dg;
export const elementPairRule: SecretRule = namedLiteralRule('element-pair', ['</key>', '<setting', '</name>', '</param-name>'], [PLIST_PAIR, SETTING_VALUE, NAME_VALUE, PARAM_VALUE]);

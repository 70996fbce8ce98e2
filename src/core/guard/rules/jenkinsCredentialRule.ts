// Jenkins' credentials.xml (and a folder's config.xml) stores each credential as an element named
// after its class: the credentials plugin's `…impl.UsernamePasswordCredentialsImpl` (`<password>`),
// `…CertificateCredentialsImpl` (`<password>`, `<uploadedKeystoreBytes>`), plain-credentials'
// `StringCredentialsImpl` (`<secret>`) and `FileCredentialsImpl` (`<secretBytes>`), ssh-credentials'
// `BasicSSHUserPrivateKey` (`<passphrase>`, `<privateKey>`), aws-credentials' `AWSCredentialsImpl`
// (`<secretKey>`). Inside such an element those fields hold the secret whatever its form: Jenkins'
// encrypted `{AQAAABAAAA…}` as it writes them, or the plain text a person or a script put there.
// `<id>`, `<username>`, `<description>` are names. Linear: each credential element is read once,
// its fields searched up to its closing tag.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';

const KIND = spanKind('jenkins-credential');
const CREDENTIAL = /<(?<name>[\w.$]{0,300}(?:CredentialsImpl|SSHUserPrivateKey))(?=[\s>/])[^<>]{0,400}>/g;
const FIELD = /<(?<field>secret|password|passphrase|privateKey|secretBytes|secretKey|uploadedKeystoreBytes)>(?<value>[^<]{1,20000})<\/\k<field>>/dg;
const LONGEST_CREDENTIAL = 40_000;

export const jenkinsCredentialRule: SecretRule = {
  id: 'jenkins-credential',
  keywords: ['credentialsimpl', 'sshuserprivatekey'],
  find(text, found) {
    CREDENTIAL.lastIndex = 0;
    for (let m = CREDENTIAL.exec(text); m; m = CREDENTIAL.exec(text)) {
      const open = CREDENTIAL.lastIndex;
      // The element's own text, up to its closing tag (or a bound, if a cut text lost it): each
      // stretch is read once, the next element sought after it.
      const bounded = text.slice(open, Math.min(text.length, open + LONGEST_CREDENTIAL));
      const closeAt = bounded.indexOf(`</${m.groups!.name!}>`);
      const element = closeAt === -1 ? bounded : bounded.slice(0, closeAt);
      FIELD.lastIndex = 0;
      for (let f = FIELD.exec(element); f; f = FIELD.exec(element)) {
        const raw = f.groups!.value!;
        const value = raw.trim();
        // A configuration-as-code reference (`${SECRET}`) or a placeholder names where the secret is kept.
        if (value === '' || value.startsWith('${') || looksPlaceholder(value.startsWith('{') && value.endsWith('}') ? value.slice(1, -1) : value)) continue;
        const start = open + f.indices!.groups!.value![0] + raw.indexOf(value);
        found.push(KIND, start, start + value.length);
      }
      CREDENTIAL.lastIndex = open + element.length;
    }
  },
};

// Long random-looking values that are no secret by their own documented shape, whatever key they are given to:
// AWS's documented example credentials, a Sealed Secrets ciphertext, a certificate or public key in base64.
// Asked of every span after the rules (secretRedactor.ts): each shape is told apart by its first character and
// length before anything is read.
import { isAwsExampleCredential } from './awsExampleCredential';
import { isEncodedPublicBlock } from './encodedPublicBlock';
import { isSealedSecretCiphertext } from './sealedSecretCiphertext';

const SHORTEST = 20;

/** text[start, end), or it without the quotes a rule took with it, is a value of such a shape. */
export function hasPublicValueShape(text: string, start: number, end: number): boolean {
  const q = text.charCodeAt(start);
  if ((q === 34 || q === 39) && end - start > 2 && text.charCodeAt(end - 1) === q) {
    start++;
    end--;
  }
  const length = end - start;
  if (length < SHORTEST) return false;
  const first = text.charCodeAt(start);
  // L: base64 of `-----BEGIN `; A (AKIA, ASIA, AQo, a sealed value), I (IQo), F (Fwo, FQo); a secret key (40 or 41) begins anywhere.
  if (first === 76) return isEncodedPublicBlock(text, start, end);
  if (first !== 65 && first !== 73 && first !== 70 && length !== 40 && length !== 41) return false;
  const value = text.slice(start, end);
  return isAwsExampleCredential(value) || (first === 65 && isSealedSecretCiphertext(value));
}

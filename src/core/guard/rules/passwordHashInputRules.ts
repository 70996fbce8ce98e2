// A password given as a literal to the function that hashes, checks or derives a key from it, as
// each library documents the call (seventeenth round): bcrypt's `hashpw(password, salt)` and
// `checkpw(password, hashed)` (Python), `hash(password, rounds)` and `compare(password, hash)`
// (Node), jBCrypt's `BCrypt.hashpw(password, salt)`, Go's `bcrypt.GenerateFromPassword(password,
// cost)` and `CompareHashAndPassword(hash, password)`, Ruby's `BCrypt::Password.create(password)`,
// BCrypt.Net's `HashPassword(password)`; PHP's `password_hash(password, algo)` and
// `password_verify(password, hash)`, Laravel's `Hash::make(password)`; Django's
// `make_password(password)`, `set_password(password)` and `create_user(username, email,
// password)`; Werkzeug's `generate_password_hash(password)` and `check_password_hash(hash,
// password)`; Spring Security's `PasswordEncoder.encode(password)`; ASP.NET Identity's
// `UserManager.CreateAsync(user, password)`; Node's `crypto.scryptSync(password, salt, keylen)`
// and `pbkdf2Sync(password, salt, …)`. What is hashed is the password itself, hard-coded.
import type { SecretRule } from '../secretRule';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';

const OPEN = `[ \\t]*\\([ \\t]*`;

export const passwordHashInputRules: readonly SecretRule[] = [
  positionalRule('hashed-password-argument', ['bcrypt', 'password_hash', 'password_verify', 'hash::make', 'hash::check', 'make_password', 'check_password', 'generate_password_hash', 'passwordencoder', 'hashpassword', 'scryptsync', 'pbkdf2sync'], [
    // The password first.
    { key: 'password', pattern: new RegExp(`(?:\\bbcrypt(?:js)?\\.(?:hashpw|checkpw|hash|hashSync|compare|compareSync)|\\bBCrypt\\.(?:hashpw|checkpw|HashPassword|EnhancedHashPassword|Verify)|\\bBCrypt::Password\\.create|\\bpassword_(?:hash|verify)|\\bHash::(?:make|check)|\\b(?:make|check)_password|\\bgenerate_password_hash|[Pp]asswordEncoder(?:[ \\t]*\\([ \\t]*\\))?\\.(?:encode|matches)|\\bcrypto\\.(?:scrypt|pbkdf2)Sync|\\bbcrypt\\.GenerateFromPassword)${OPEN}${LITERAL}`, 'dg') },
    // The password second, after the stored hash.
    { key: 'password', pattern: new RegExp(`(?:\\bcheck_password_hash|\\bbcrypt\\.CompareHashAndPassword)${OPEN}${ARG}${LITERAL}`, 'dg') },
  ]),
  positionalRule('account-password-argument', ['set_password', 'create_user', 'create_superuser', 'createasync', 'checkpasswordasync', 'passwordsigninasync', 'addpasswordasync'], [
    // Django's `user.set_password(raw_password)` (keyring's three-argument form is credentialCallRules').
    { key: 'password', pattern: new RegExp(`\\.set_password${OPEN}${LITERAL}[ \\t]*\\)`, 'dg') },
    { key: 'password', pattern: new RegExp(`\\.create_(?:super)?user${OPEN}${ARG}${ARG}${LITERAL}`, 'dg') },
    // ASP.NET Identity: `UserManager.CreateAsync(user, password)`, `CheckPasswordAsync(user, password)`, `AddPasswordAsync`.
    { key: 'password', pattern: new RegExp(`\\.(?:CreateAsync|CheckPasswordAsync|AddPasswordAsync|PasswordSignInAsync)${OPEN}${ARG}${LITERAL}`, 'dg') },
  ]),
];

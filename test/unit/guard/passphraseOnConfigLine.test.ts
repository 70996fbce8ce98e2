// Capitalised words given to a password on a config line: NIST SP 800-63B §5.1.1.2 sets no composition rule for a
// memorized secret and its Appendix A favours long passphrases, so `DB_PASSWORD=CorrectHorseBatteryStaple` is the
// password, not a type's name. After `=`, or after `:` under a setting's name (upper snake case, dotted), no language
// annotates a type; a lower-case name and `:` may be a member's type annotation, and stays one (bench/guard/README.md,
// thirty-sixth round, guardstandin1).
import { test } from 'node:test';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('capitalised words after a password setting\'s `=`, or its upper-case or dotted name\'s `:`, are the passphrase', () => {
  assertRedacts([
    'DB_PASSWORD=CorrectHorseBatteryStaple\n',
    'export MYSQL_ROOT_PASSWORD=HorseBatteryStaple\n',
    'spring.datasource.password=PurpleMonkeyDishwasher\n',
    '[database]\npassword = SunshineRiverStone\n',
    'pwd=OrangeTiger\n',
    'services:\n  db:\n    environment:\n      MYSQL_PASSWORD: BlueElephant\n',
    '    environment:\n      - MYSQL_PASSWORD=BlueElephant\n',
    'ENV DB_PASSWORD CorrectHorseStaple\n',
  ]);
});

test('a type after a lower-case name\'s colon, a type naming the secret, and other keys stay names', () => {
  assertLeaves([
    // A member's type annotation, with or without its separator (TypeScript, Python, Kotlin, Rust).
    '    passphrase: BinaryLike;',
    '    passphrase: BinaryLike\n',
    '    password: ConstrainedStr\n',
    'password: ClassVar\n',
    '  password: EncryptedString,\n',
    'val password: PasswordEncoder\n',
    'pub password: SecretString,\n',
    // A type the policy names already: a predeclared one, one whose words name a secret, a stand-in.
    'password: SecretStr\n',
    '  password: PasswordHash\n',
    'password: MyPassword\n',
    // A name about the password, not the password's (`passwordType`, `password_hasher`), and keys of other secrets.
    'passwordType: PlainText\n',
    'password_hasher: BcryptHasher\n',
    'API_KEY=BlueElephant\n',
    'secret: SunshineRiver\n',
    // In code: a comparison, a parameter's annotation, a name the text binds.
    'if (password == CorrectHorse) {',
    'def f(password: CorrectHorse):\n',
    'class CorrectHorse:\n    pass\npassword = CorrectHorse\n',
  ]);
});

// Which passwords named in another language the redactor takes (localizedPasswordRule.ts and the assignment rule): each
// language's word for a password, as its localized manuals write it (the rule's header cites them), in the places the
// redactor reads an English password key — `key: value`, `key=value`, after the fullwidth colon (U+FF1A) an East Asian
// keyboard types, a quoted key's JSON, a code assignment, and inside a line of text after a user's label — filled with the
// grammar matrix's value alphabets. To leave: the same places holding a stand-in or a reference, prose after the word
// (a rule for the password, in the sentence's own script), and compounds that only hold the word (`암호화`, encryption).
//
//   npx tsx bench/guard/localizedPasswordProbe.ts [--show] [--word REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { PlaceTally } from './probePlaces';

const { show, filter } = probeArgs();
const wordFilter = filter('--word');

// Each word and the user label its language writes beside it on a login's line. (Turkish `parola`, Microsoft's tr-tr word,
// is not read in lower case or as a title: Italian's "word"; kept here to show it.)
const WORDS: readonly (readonly [string, string])[] = [
  ['パスワード', 'ユーザー名'], ['暗証番号', 'ユーザーID'], ['비밀번호', '아이디'], ['암호', '사용자 이름'], ['密码', '用户名'], ['密碼', '使用者名稱'],
  ['口令', '用户'], ['пароль', 'логин'], ['Пароль', 'Пользователь'], ['Passwort', 'Benutzer'], ['Kennwort', 'Benutzername'],
  ['mot de passe', 'identifiant'], ['contraseña', 'usuario'], ['senha', 'usuário'], ['wachtwoord', 'gebruikersnaam'], ['hasło', 'użytkownik'],
  ['Hasło', 'Użytkownik'], ['şifre', 'kullanıcı adı'], ['Parola', 'Kullanıcı adı'], ['lösenord', 'användarnamn'], ['salasana', 'käyttäjätunnus'],
  ['password', 'user'],
  // (Turkish capitals: `İ` is U+0130, read since the forty-second round; `PAROLA`, Microsoft's tr-tr word in capitals, since
  // the forty-third: Italian writes its "word" in capitals only in headings. `ŞIFRE`: a capital `I` without its dot, what an
  // upper-casing that knows no Turkish writes.)
  ['ŞİFRE', 'KULLANICI ADI'], ['PAROLA', 'KULLANICI ADI'], ['ŞIFRE', 'KULLANICI ADI'],
  // (Unicode's decomposed forms, read since the forty-third round: NFD writes `İ` as `I` + U+0307 and `Ş` as `S` + U+0327
  // (UnicodeData.txt's decompositions); a lower-casing that knows no Turkish writes `İ` as `i` + U+0307 (SpecialCasing.txt).)
  ['ŞİFRE'.normalize('NFD'), 'KULLANICI ADI'], ['şifre'.normalize('NFD'), 'kullanıcı adı'], ['ŞİFRE'.toLowerCase(), 'kullanıcı adı'],
];
// A second user label for a word, the longer form its language's manuals write (Microsoft Learn's localized `username`,
// passwordInLine.ts), read in the place `in a line, other label`; else the first one again.
const OTHER_LABELS = new Map([['Passwort', 'Benutzername'], ['Kennwort', 'Benutzer'], ['contraseña', 'nombre de usuario'], ['senha', 'nome de utilizador'],
  ['mot de passe', "nom d'utilisateur"], ['password', 'nome utente'], ['şifre', 'Kullanıcı'], ['wachtwoord', 'Gebruikersnaam']]);
// §K§ the word, §U§ its user label, §V§ the value.
const PLACES: readonly (readonly [string, string])[] = [
  ['colon', '§K§: §V§'],
  ['equals', '§K§=§V§'],
  ['fullwidth colon', '§K§：§V§'],
  ['fullwidth colon, blanks', '§K§ ： §V§'],
  ['json key', '{"§U§": "admin", "§K§": "§V§"}'],
  ['code assignment', '§K§ = "§V§"'],
  ['in a line', '§U§: admin §K§: §V§'],
  ['in a line, fullwidth', '§U§：admin　§K§：§V§'],
  ['in a line, other label', '§L§: admin, §K§: §V§'],
];
const STAND_INS = ['********', '<password>', '${DB_PASSWORD}', 'changeme', 'xxxxxxxx', '{{ password }}'];
// Prose after the word, in each script: what the password must be, where it is, that there is none.
const PROSE = ['§K§: 8文字以上', '§K§：请联系管理员', '§K§: 없음', '§K§: см. ниже', '§K§: (leer)', '§K§: siehe unten', '§K§: ver abajo',
  // (And after a user's label inside a line.)
  '§U§: admin §K§: siehe unten', '§L§: admin §K§: ver abajo', '§U§: admin §K§: (leer)'];
// Compounds that only hold a word: encryption, cryptography, a password policy; and the word alone as a heading.
const COMPOUNDS = ['암호화: AES-256', '密码学: RSA2048', 'パスワードポリシー: strict', '暗号: AES-128-GCM', 'Пароли: 3', '## パスワード', 'パスワード', 'la parola: ciao',
  // (Italian's capitals: a keyword, a password's own Italian name, a heading — the word not followed by its separator.)
  'PAROLA CHIAVE: python', "PAROLA D'ORDINE", '## PAROLA'];

const random = seededRandom(40);
const values = [...alphabets, SHORT].map((a) => [a.id, a.make(random)] as const);
const tally = new PlaceTally(show);
const perWord = new Map<string, [number, number]>();

for (const [word, user] of WORDS) {
  if (wordFilter && !wordFilter.test(word)) continue;
  const fill = (template: string, value: string) => template.replace(/§K§/g, word).replace(/§U§/g, user).replace(/§L§/g, OTHER_LABELS.get(word) ?? user).replace(/§V§/g, value);
  for (const [place, template] of PLACES) {
    // (A placeholder among the values would be a stand-in; a value holding the literal's quote or a blank cannot stand there.)
    for (const [alphabet, value] of values) {
      if (/["'\s]/.test(value)) continue;
      const read = tally.read;
      tally.take(`${word} | ${place} | ${alphabet}`, fill(template, value), value);
      const counts = perWord.get(word) ?? [0, 0];
      perWord.set(word, [counts[0] + (tally.read > read ? 1 : 0), counts[1] + 1]);
    }
    for (const standIn of STAND_INS) tally.leave(`${word} | ${place} | stand-in ${standIn}`, fill(template, standIn));
  }
  for (const prose of PROSE) tally.leave(`${word} | prose ${prose}`, fill(prose, ''));
}
if (!wordFilter) for (const compound of COMPOUNDS) tally.leave(`compound ${compound}`, compound);

for (const [word, [read, tried]] of perWord) console.log(`${word.padEnd(14)} ${read}/${tried}`);
tally.print('passwords named in another language');

// Which credentials stated in an English sentence the redactor takes (rules/statedSentenceRules.ts, the fortieth round):
// a password's, a token's or a key's word, maybe qualified, then `is` / `set … to` / `with …` / `… as the password`, and
// the messages MySQL, Elasticsearch and Jenkins print with a generated password. Each form is filled with values to read
// and with what must be left there (a mask, a placeholder, a reference, a word, a format's name); prose about passwords
// that states none must be left whole.
//
//   npx tsx bench/guard/statedSentenceProbe.ts [--show] [--form REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, PlaceTally } from './probePlaces';
import { LEAVE, MESSAGES, PASSWORD_FORMS, PASSWORD_READ, PROSE, TOKEN_FORMS, TOKEN_READ } from './statedSentenceForms';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

const tally = new PlaceTally(show);
for (const [forms, read] of [[PASSWORD_FORMS, PASSWORD_READ], [TOKEN_FORMS, TOKEN_READ]] as const) {
  for (const [id, template] of forms) {
    if (formFilter && !formFilter.test(id)) continue;
    for (const value of read) tally.take(`${id} ${value}`, fillPlace(template, '', value), value);
    for (const value of LEAVE) tally.leave(`${id} ${value}`, fillPlace(template, '', value));
  }
}
for (const [id, template, value] of MESSAGES) {
  if (formFilter && !formFilter.test(id)) continue;
  tally.take(`${id} ${value}`, fillPlace(template, '', value), value);
  for (const leave of ['<password>', '[~12_CHAR_TEMPORARY_PASSWORD]']) tally.leave(`${id} ${leave}`, fillPlace(template, '', leave));
}
if (!formFilter) for (const text of PROSE) tally.leave(`prose ${JSON.stringify(text)}`, text);
tally.print('credentials stated in a sentence:');

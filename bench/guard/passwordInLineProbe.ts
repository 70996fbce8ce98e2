// Which passwords written inside a line of text the redactor takes (rules/passwordInLine.ts, the thirty-ninth round): a
// login's pair on one line as manuals, READMEs, tickets and chat write it (a user's label and value, a pair separator —
// `,` `;` `/` `|` `&` blanks `and` —, the password's key and value), and a password's line going on with a remark.
// Each form is filled with values to be read and with what must be left there (a mask, a placeholder, a reference, a
// word); prose about a password's rules and code that writes the same pairs in an object or a call must be left whole.
//
//   npx tsx bench/guard/passwordInLineProbe.ts [--show] [--form REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, PlaceTally } from './probePlaces';
import { FORMS, LEAVE, PROSE, READ } from './passwordInLineForms';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

const tally = new PlaceTally(show);
for (const [id, template] of FORMS) {
  if (formFilter && !formFilter.test(id)) continue;
  for (const value of READ) tally.take(`${id} ${value}`, fillPlace(template, '', value), value);
  for (const value of LEAVE) tally.leave(`${id} ${value}`, fillPlace(template, '', value));
}
if (!formFilter) for (const text of PROSE) tally.leave(`prose ${JSON.stringify(text)}`, text);
tally.print('passwords inside a line:');

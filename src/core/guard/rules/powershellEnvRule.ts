// PowerShell's Environment provider: `Set-Item -Path Env:API_TOKEN -Value "…"` (and `New-Item`,
// `Set-Content`, their aliases `si`/`ni`, the parameters given by position) sets a variable whose
// name follows the drive's `Env:`, and its value follows the path, apart by blanks and a parameter's
// name: no operator the assignment rule reads. (`$env:NAME = "…"` is the assignment rule's.) A
// secret-named variable's value is judged as a literal given to that name. Linear: each match
// starts at the cmdlet's name and reads a bounded stretch.
import type { SecretRule } from '../secretRule';
import { namedLiteralRule } from './namedLiteralRule';

const ENV_ITEM = /\b(?:Set-Item|New-Item|Set-Content|si|ni)[ \t]+(?:-Path[ \t]+)?(?<pq>["']?)Env:(?<name>[A-Za-z_][\w.-]{0,63})\k<pq>[ \t]+(?:-Value[ \t]+)?(?<q>["'])(?<secret>[^"'\r\n]{1,400})\k<q>/dgi;
export const powershellEnvRule: SecretRule = namedLiteralRule('powershell-env-item', ['env:'], [ENV_ITEM]);

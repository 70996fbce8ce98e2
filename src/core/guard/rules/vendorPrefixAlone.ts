// A vendor's documented token prefix given alone (`contentful_access_token: "CFPAT-"`, `GITHUB_TOKEN=ghp_`):
// the format's shape, as a template or a doc shows it, not a token: the body the vendor issues,
// the whole of the secret, is missing. (A prefix and a mask, `ghp_xxxx…`, is a placeholder already.)
import { vendorTokenRules } from './vendorTokenRules';

// The prefixes that end in a separator (`cfpat-`, `ghp_`, `sg.`), from the vendor rules' own keywords.
const PREFIXES = new Set(vendorTokenRules.flatMap((rule) => rule.keywords).filter((k) => /[-_.]$/.test(k)));
const LONGEST = Math.max(...[...PREFIXES].map((p) => p.length));

/** The value is a vendor's token prefix and nothing more. */
export function isVendorPrefixAlone(v: string): boolean {
  // (Its last character first: asked of every value, and few end in a separator; lower-casing allocates.)
  const last = v.charCodeAt(v.length - 1);
  return (last === 45 || last === 95 || last === 46) && v.length <= LONGEST && PREFIXES.has(v.toLowerCase());
}

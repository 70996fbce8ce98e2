// Keys their vendor documents as public by their own prefix, shipped in browsers' and apps' code
// by design: Stripe's publishable keys `pk_live_`/`pk_test_` ("they aren't secret",
// https://stripe.com/docs/keys; gitleaks stopped flagging them, gitleaks/gitleaks#1320) and
// PostHog's project API key `phc_` (the key of the frontend snippet, "public",
// https://posthog.com/docs/api/overview; the personal key `phx_` is private and has a rule of its
// own), and Supabase's publishable key `sb_publishable_` ("Safe to expose online: web page, mobile or desktop app,
// GitHub actions, CLIs, source code", https://supabase.com/docs/guides/api/api-keys; its secret key `sb_secret_` is
// supabase-token's). No rule redacts them, whatever key or vendor's name they are given to.
const PUBLIC_PREFIX = /^(?:pk_(?:live|test)_|phc_|sb_publishable_)/;
const LOWER_P = 112;
const LOWER_S = 115;

/** The value starts with a prefix its vendor documents as a public key's. */
export function hasPublicPrefix(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c === LOWER_P || c === LOWER_S) && PUBLIC_PREFIX.test(value);
}

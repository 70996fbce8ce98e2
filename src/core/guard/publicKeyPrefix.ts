// Keys their vendor documents as public by their own prefix, shipped in browsers' and apps' code
// by design: Stripe's publishable keys `pk_live_`/`pk_test_` ("they aren't secret",
// https://stripe.com/docs/keys; gitleaks stopped flagging them, gitleaks/gitleaks#1320) and
// PostHog's project API key `phc_` (the key of the frontend snippet, "public",
// https://posthog.com/docs/api/overview; the personal key `phx_` is private and has a rule of its
// own). No rule redacts them, whatever key or vendor's name they are given to.
const PUBLIC_PREFIX = /^(?:pk_(?:live|test)_|phc_)/;
const LOWER_P = 112;

/** The value starts with a prefix its vendor documents as a public key's. */
export function hasPublicPrefix(value: string): boolean {
  return value.charCodeAt(0) === LOWER_P && PUBLIC_PREFIX.test(value);
}

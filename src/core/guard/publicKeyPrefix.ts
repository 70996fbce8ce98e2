// Keys their vendor documents as public by their own prefix, shipped in browsers' and apps' code
// by design: Stripe's publishable keys `pk_live_`/`pk_test_` ("they aren't secret",
// https://stripe.com/docs/keys; gitleaks stopped flagging them, gitleaks/gitleaks#1320) and
// PostHog's project API key `phc_` (the key of the frontend snippet, "public",
// https://posthog.com/docs/api/overview; the personal key `phx_` is private and has a rule of its
// own). No rule redacts them, whatever key or vendor's name they are given to.
const PUBLIC_PREFIX = /^(?:pk_(?:live|test)_|phc_)/;
const LOWER_P = 112;
// And an age recipient, the public half of an X25519 identity: Bech32 (BIP 173's alphabet) under the
// prefix `age1`, 62 characters; its identity is `AGE-SECRET-KEY-1…` in capitals (age-encryption.org/v1, "The
// X25519 recipient type"). SOPS and age users write recipients into config files by design.
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const LOWER_A = 97;

/** The value starts with a prefix its vendor documents as a public key's, or is an age recipient. */
export function hasPublicPrefix(value: string): boolean {
  const first = value.charCodeAt(0);
  return first === LOWER_P ? PUBLIC_PREFIX.test(value) : first === LOWER_A && value.length === 62 && AGE_RECIPIENT.test(value);
}

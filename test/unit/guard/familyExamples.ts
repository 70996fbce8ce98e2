// Examples for the rules that find a class of secrets rather than one vendor's (written for this
// test: random bodies made once with a fixed seed, issuers' prefixes that no vendor rule lists),
// marked ⟦like this⟧; each with the look-alikes its principle must leave.
import type { RuleExamples } from './ruleExamples';

export const familyExamples: Readonly<Record<string, RuleExamples>> = {
  // GitHub's token format (prefix, `_`, 30 random base62 and a 6-character checksum) and the
  // vendors that followed it: the prefix names the issuer, the body is generated.
  'prefixed-token': {
    secrets: [
      'Use ⟦acme_live_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo⟧ to authenticate.',
      '{"log": "login ok\\n⟦acme_live_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo⟧\\n"}',
      'next=%2Fcb%3Ftoken%3D⟦zq_pat_ohJKjqqRKApEHmVBFRN2YZl7c5mG3pr4HllooXL3⟧%26a%3D1',
      'client.connect(⟦zq_pat_ohJKjqqRKApEHmVBFRN2YZl7c5mG3pr4HllooXL3⟧)',
      'echo ⟦wxy_Gv3fgrMRcnNfzSgQGH0FRRHBKvaHrhlF⟧ | tool login --with-token',
      'the deploy token ⟦DPLY-berKiYdTfdbam0GQeZPc3n8fEkJftRkcB0tZ8bBWtkX8⟧ expires tomorrow',
      'run --with ⟦sk-team-9JxMAOQ3gQLPNmr6VSuw5XCj6mv8ywKgp1MXfYP9Yijx6Uf6⟧',
    ],
    clean: [
      // Object ids with a prefix are shorter than a token's body (Stripe's 24, Clerk's 27), or name the object.
      'charge ch_3MmlLrLkdIwHu7ix0snN0B15 was refunded',
      'user_2NNEqL2nrIRdJ194ndJqAHwEfxC signed in',
      'completion chatcmpl-eQWThMCojezQGYGCMTBAlgSh7zWQHC9Jx finished',
      // A listed vendor's prefix is its rule's to judge, by the vendor's own length (Dependency-Track's 32).
      'odt_Qm7tZ2pK9wL4xR8vN3bH6cJ1dF5gS0a is one character short',
      'publishable: pk_live_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo',
      'acme_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is the shape of a key',
      'integrity sha512-Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo+berKiYdTfdbam0GQ==',
      'served app_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo.js in 3 ms',
      'def get_user_by_email_and_password_hash_for_the_login_page(): pass',
      // A piece of something longer: a member after `.`, base64 after `+`.
      'settings.ab_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo.enabled',
      'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo+ab_Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzo',
      // A hex id with a letter after it (a commit diff's anchor), base64url digests given to their algorithm (pip's RECORD).
      'see https://github.com/o/r/commit/05cbd31#diff-124380949022817b90b622871837d56cR31 for the change',
      'pip/_vendor/typing_extensions.py,sha256=VKZ_nHsuzDbKOVUY2CTdavwBgfZ2EXRyluZHRzUYAbg,80114',
      'pip/_vendor/urllib3/util/ssltransport.py,sha256=NA-u5rMTrDFDFC8QzRKUEKMG0561hOD4qBTr3Z4pv6E,6895',
    ],
  },
};

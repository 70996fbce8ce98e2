// Excerpts of sirwart/ripsecrets (MIT, (c) 2022 Brian Smith), verbatim but for these header lines:
// src/lib.rs @ 1ac0db1c50019b8f054c2ef6fec58e6794b6c6bb: predefined_secret_regexes (the patterns it combines into one alternation)
fn predefined_secret_regexes() -> Vec<&'static str> {
    return vec![
        r"[A-Za-z]+://\S{3,50}:(\S{8,50})@[\dA-Za-z#%&+./:=?_~-]+", // URL
        r"\beyJ[\dA-Za-z=_-]+(?:\.[\dA-Za-z=_-]{3,}){1,4}",         // JWT/JWE
        r"(?:gh[oprsu]|github_pat)_[\dA-Za-z_]{36}",                // GitHub
        r"glpat-[\dA-Za-z_=-]{20,22}",                              // GitLab
        r"[rs]k_live_[\dA-Za-z]{24,247}",                           // Stripe
        r"sq0i[a-z]{2}-[\dA-Za-z_-]{22,43}",                        // Square
        r"sq0c[a-z]{2}-[\dA-Za-z_-]{40,50}",                        // Square
        r"EAAA[\dA-Za-z+=-]{60}",                                   // Square
        r"AccountKey=[\d+/=A-Za-z]{88}",                            // Azure Storage
        r"AIzaSy[\dA-Za-z_-]{33}",                                  // GCP API Key
        r"npm_[\dA-Za-z]{36}",                                      // npm (modern)
        r"//.+/:_authToken=[\dA-Za-z_-]+",                          // npm (legacy)
        r"xox[aboprs]-(?:\d+-)+[\da-z]+",                           // Slack
        r"<master>\{[\dA-Za-z]+\\}</master>",                       // Maven
        r"https://hooks\.slack\.com/services/T[\dA-Za-z_]+/B[\dA-Za-z_]+/[\dA-Za-z_]+", // Slack Webhooks
        r"SG\.[\dA-Za-z_-]{22}\.[\dA-Za-z_-]{43}",                                      // SendGrid
        r"(?:AC|SK)[\da-z]{32}",                                                        // Twilio
        r"[\da-f]{32}-us\d{1,2}",                                                       // Mailchimp
        r"s-s4t2(?:af|ud)-[\da-f]{64}",                                                 // Intra42
        "PuTTY-User-Key-File-2",
        // Private keys
        r"AGE-SECRET-KEY-1[\dA-Z]{58}", // age secret key
        "-{5}BEGIN DSA PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN EC PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN OPENSSH PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN PGP PRIVATE KEY BLOCK-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN RSA PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        "-{5}BEGIN SSH2 ENCRYPTED PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",
        matcher::RANDOM_STRING_REGEX,
    ];
}
// src/matcher/mod.rs @ 54fa0f79b93ad19ba94ccfe7ca1d179c77bfe6f5: the random-string pattern (its finding is the group, and only if the string looks random)
// We only flag random strings that occur on the same line as one of our four keywords
pub const RANDOM_STRING_REGEX: &str = r#"(?:secret|token|key|password|Secret|SECRET|Token|TOKEN|Key|KEY|Password|PASSWORD)\w*['"]?]?\s*(?:=|:|:=)\s*['"` \t]?([A-Za-z0-9+/_\-.~=]{15,80})(?:['"` \t\r?\n]|$)"#;

// A value that is its own key's name, as written (`db_password = "db_password"`), also behind a command
// line's option marks (`--db_password=db_password`, Java's `-Ddb_password=db_password`): it names the
// slot and never fills it. Before the twenty-first round it was taken and, as every occurrence of a found
// secret is, the key's own text with it (`--[REDACTED]=[REDACTED]`). bench/guard/README.md, "A stand-in
// in a secret's slot, as the analysers agree" (twenty-first round).
export function isOwnKey(v: string, key: string): boolean {
  if (v === key) return true;
  // `-`, `--` or `-D` before the value's letters.
  const marks = key.length - v.length;
  if (marks < 1 || marks > 2 || key.charCodeAt(0) !== 45 || !key.endsWith(v)) return false;
  return marks === 1 || key.charCodeAt(1) === 45 || key.charCodeAt(1) === 68;
}

// A bench's command line: `--name value` options and bare `--flag`s.
const args = process.argv.slice(2);

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function flag(name: string): boolean {
  return args.includes(name);
}

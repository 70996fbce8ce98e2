// The probes' command line (keyedFormProbe, sessionCookieProbe, credentialHeaderProbe): `--show` and `--NAME REGEX` filters.

export interface ProbeArgs {
  readonly show: boolean;
  /** The expression given after `--name`, if any. */
  filter(name: string): RegExp | undefined;
}

export function probeArgs(args: readonly string[] = process.argv.slice(2)): ProbeArgs {
  return {
    show: args.includes('--show'),
    filter(name) {
      const at = args.indexOf(name);
      return at === -1 ? undefined : new RegExp(args[at + 1]!);
    },
  };
}

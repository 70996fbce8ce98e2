// Entry of the `flywheel` command (bundled to dist/cli.js): `npx flywheel export|stats`.
import { runCli } from './cliCommands';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`flywheel: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

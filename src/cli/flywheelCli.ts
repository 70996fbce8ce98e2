// Entry of the `flywheel` command (bundled to dist/cli.js): `npx flywheel export|stats|refactor`.
import { defaultCliIo, runCli } from './cliCommands';
import { errorMessage } from '../core/errorMessage';

// Ctrl+C aborts a model request (the connection is closed, the server stops generating).
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

runCli(process.argv.slice(2), { ...defaultCliIo(), signal: interrupt.signal }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`flywheel: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  },
);

// Backs the core Logger with the one "Flywheel" LogOutputChannel; a line repeated on every
// request is written once and counted (see collapsingLogger).
import * as vscode from 'vscode';
import { collapsingLogger } from '../core/collapsingLogger';
import type { Logger } from '../core/logger';

export function createOutputLogger(): { logger: Logger; channel: vscode.LogOutputChannel } {
  const channel = vscode.window.createOutputChannel('Flywheel', { log: true });
  const logger = collapsingLogger({
    trace: (message, ...args) => channel.trace(message, ...args),
    debug: (message, ...args) => channel.debug(message, ...args),
    info: (message, ...args) => channel.info(message, ...args),
    warn: (message, ...args) => channel.warn(message, ...args),
    error: (message, ...args) => channel.error(message, ...args),
  });
  return { logger, channel };
}

// The settings the CLI runs with: VS Code's own user settings.json (the same user-data folder the
// feedback log is found in, so `flywheel refactor` asks the model the editor would), or a file
// named with --settings. JSON with comments, as VS Code writes it.
import { existsSync, readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { userDataDirs, type LogDirEnvironment } from './defaultLogDir';

export interface CliSettings {
  /** Where they were read from; undefined when no settings file exists. */
  readonly file?: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** The user settings file VS Code (or Insiders, VSCodium, code-server) keeps, if any. */
export function defaultSettingsFile(e: LogDirEnvironment): string | undefined {
  const { join } = e.platform === 'win32' ? win32 : posix;
  const exists = e.exists ?? existsSync;
  return userDataDirs(e).map((dir) => join(dir, 'User', 'settings.json')).find((file) => exists(file));
}

/** Reads a settings file; a file that does not parse is an error with its line, never ignored. */
export function readCliSettings(file: string | undefined): CliSettings {
  if (!file) return { values: {} };
  const text = readFileSync(file, 'utf8');
  const errors: ParseError[] = [];
  const values: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const line = text.slice(0, errors[0].offset).split('\n').length;
    throw new Error(`${file} line ${line}: ${printParseErrorCode(errors[0].error)}`);
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) throw new Error(`${file} does not hold a settings object`);
  return { file, values: values as Record<string, unknown> };
}

/** A setting by its full name, whether written flat ("flywheel.models.refactor") or nested. */
export function settingValue(settings: CliSettings, name: string): unknown {
  if (name in settings.values) return settings.values[name];
  let value: unknown = settings.values;
  for (const part of name.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

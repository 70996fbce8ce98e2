// User-defined refactor actions from the `flywheel.refactor.customActions` setting. Settings are
// hand-edited JSON: every entry is checked, bad ones are skipped and reported, never fatal.
import type { RefactorAction } from './refactorActions';

export interface CustomActionsResult {
  readonly actions: readonly RefactorAction[];
  /** One line per skipped entry, for the output channel. */
  readonly problems: readonly string[];
}

export function parseCustomActions(value: unknown): CustomActionsResult {
  const actions: RefactorAction[] = [];
  const problems: string[] = [];
  if (value === undefined || value === null) return { actions, problems };
  if (!Array.isArray(value)) return { actions, problems: ['flywheel.refactor.customActions must be an array'] };
  const seen = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const where = `flywheel.refactor.customActions[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const name = typeof record.name === 'string' ? record.name.trim() : '';
    const instruction = typeof record.instruction === 'string' ? record.instruction.trim() : '';
    if (!name) return void problems.push(`${where}: "name" is missing`);
    if (!instruction) return void problems.push(`${where}: "instruction" is missing`);
    if (seen.has(name)) return void problems.push(`${where}: duplicate name "${name}"`);
    let languages: string[] | undefined;
    if (record.languages !== undefined) {
      if (!Array.isArray(record.languages) || !record.languages.every((l) => typeof l === 'string')) {
        return void problems.push(`${where}: "languages" must be an array of language ids`);
      }
      languages = record.languages.map((l: string) => l.trim()).filter((l) => l.length > 0);
    }
    seen.add(name);
    actions.push({ id: `custom:${name}`, title: name, output: 'replace', instruction, languages });
  });
  return { actions, problems };
}

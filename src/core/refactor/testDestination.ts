// Where Generate Tests writes, as plain data the shells fill in (the editor from the workspace,
// the CLI from the file system): an existing test file the tests are appended to, a new file
// at the project's convention, or a new untitled document when there is nothing to go by.
import type { TestFileChoice } from './testFileConvention';

export type TestDestination =
  | (TestDestinationBase & { readonly kind: 'document'; readonly uri: string; readonly version: number; readonly path: string; readonly text: string })
  | (TestDestinationBase & { readonly kind: 'newFile'; readonly uri: string; readonly path: string })
  | (TestDestinationBase & { readonly kind: 'untitled' });

interface TestDestinationBase {
  /** Framework and style for the prompt. */
  readonly testHint?: string;
  /** The existing test file quoted in the hint (its text goes to the model too). */
  readonly examplePath?: string;
}

/** The prompt's hint for a convention's choice: the example file's start, and "append only" for an existing file. */
export function testHintFor(choice: TestFileChoice, exampleHead: string | undefined): string | undefined {
  const example = exampleHead ? `the same framework, imports and style as ${choice.example}, which begins:\n\`\`\`\n${exampleHead}\n\`\`\`` : undefined;
  if (!choice.exists) return example;
  return `${example ?? 'the framework the file already uses'}. ${choice.path} already exists: reply with only the new tests to append at its end, without repeating its imports`;
}

/** The test file's new text: the generated tests appended to what is there. */
export function appendTests(original: string, tests: string): string {
  const body = tests.replace(/\s+$/, '') + '\n';
  return original.trim() ? `${original.replace(/\s+$/, '')}\n\n${body}` : body;
}

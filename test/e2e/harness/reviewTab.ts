// The review of a proposed edit as a test sees it: the `flywheel-review` tab the product opens for a
// refactor, a chat Apply or a notebook cell, read through the bridge (what the user is looking at).
import type { Bridge } from './bridge';

/** The open review: its tab's label and text (the target with each change in place), or undefined. */
export function openReview(bridge: Bridge): Promise<{ label: string; text: string } | undefined> {
  return bridge.evaluate((vscode) => {
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      const input = tab.input as { uri?: { scheme: string; toString(): string } };
      if (input?.uri?.scheme === 'flywheel-review') {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === input.uri!.toString());
        return { label: tab.label, text: doc?.getText() ?? '' };
      }
    }
    return undefined;
  });
}

/** The titles of the CodeLenses on the open review: what it offers the user now ([] when none is open). */
export function reviewLensTitles(bridge: Bridge): Promise<string[]> {
  return bridge.evaluate(async (vscode) => {
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => (t.input as { uri?: { scheme: string } })?.uri?.scheme === 'flywheel-review');
    if (!tab) return [];
    const lenses = await vscode.commands.executeCommand<{ command?: { title: string } }[]>('vscode.executeCodeLensProvider', (tab.input as { uri: unknown }).uri);
    return (lenses ?? []).map((lens) => lens.command?.title ?? '');
  });
}

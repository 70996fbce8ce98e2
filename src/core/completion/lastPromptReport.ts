// "Show Last Completion Prompt": the exact request behind a suggestion, and for every context
// candidate where it came from, its score, and whether it made it into the prompt (and if not, why).
import type { ContextResult } from '../context/contextTypes';
import type { PromptRecord } from './promptBuilder';

/** Which suggestion the prompt is behind: the one on screen, the last accepted, or none (the last request sent). */
export interface PromptSubject {
  readonly state: 'on screen' | 'accepted' | 'last request';
  /** The suggestion's text, when there is one. */
  readonly text?: string;
}

const SUBJECT_TITLES: Record<PromptSubject['state'], string> = {
  'on screen': 'the prompt behind the suggestion on screen',
  accepted: 'the prompt behind the suggestion last accepted',
  'last request': 'the last prompt sent (no suggestion of it is on screen or was accepted)',
};

export function describeLastPrompt(record: PromptRecord, context: ContextResult | undefined, subject?: PromptSubject): string {
  const r = record.request;
  const out: string[] = [
    subject ? `# Flywheel: ${SUBJECT_TITLES[subject.state]}` : '# Flywheel: last completion prompt',
    '',
    ...(subject?.text !== undefined ? [`- **Suggestion:** ${inlineCode(subject.text)}`] : []),
    `- **Model:** ${record.model} (format: ${record.format === 'native' ? "the model's own FIM template, applied by the server" : record.format})`,
    `- **File:** ${record.filePath}`,
    `- **Tokens (estimated):** ${record.tokens.total} of ${record.contextLength} context — prefix ${record.tokens.prefix}, suffix ${record.tokens.suffix}, snippets ${record.tokens.snippets}; up to ${r.maxTokens} to generate`,
    `- **Options:** temperature ${r.temperature}, num_ctx ${r.numCtx ?? '—'}, stop ${r.stop.length ? r.stop.map((s) => JSON.stringify(s)).join(', ') : '—'}`,
    '',
  ];
  if (context && context.debug.documentPath === record.filePath) {
    out.push('## Context candidates', '');
    const kept = new Set(record.snippets.map((s) => s.path));
    if (context.debug.candidates.length === 0) out.push('_None: nothing relevant found within the budget._', '');
    else {
      out.push('| in prompt | source | file | lines | score | source score | tokens | why |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const c of context.debug.candidates) {
        const status = c.kept ? (kept.has(c.path) ? 'yes' : 'no (prompt budget)') : `no (${c.dropped ?? 'dropped'})`;
        out.push(
          `| ${status} | ${c.source} | ${cell(c.path)} | ${c.startLine + 1}–${c.endLine + 1} | ${c.score.toFixed(4)} | ${c.sourceScore.toFixed(3)} | ${c.tokens} | ${cell(c.reason ?? '')} |`,
        );
      }
      out.push('');
    }
    const timings = Object.entries(context.debug.timings).map(([k, v]) => `${k} ${v} ms`).join(', ');
    out.push(`Context stage: ${context.debug.parsed ? 'parsed with tree-sitter' : 'text windows (no parse)'}; ${timings}`, '');
    out.push(...sourceTable(context.debug.sources));
  }
  if (record.droppedSnippets > 0) out.push(`${record.droppedSnippets} snippet(s) did not fit the prompt budget.`, '');
  if (r.prompt !== undefined) {
    out.push('## Prompt as sent', '', fence(r.prompt));
  } else {
    out.push('## Prefix as sent', '', fence(r.prefix), '', '## Suffix as sent', '', fence(r.suffix));
  }
  return out.join('\n') + '\n';
}

/** One line of code, newlines shown as ⏎; a double-backtick span keeps single backticks inside. */
function inlineCode(text: string): string {
  const short = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return `\`\` ${short.replace(/\r?\n/g, '⏎')} \`\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A fence longer than any backtick run inside, so the prompt shows verbatim. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}

/** Per context source (the mixer's record): its time, what it proposed, what made it in, and a failure. */
function sourceTable(sources: ContextResult['debug']['sources']): string[] {
  const rows = Object.entries(sources);
  if (rows.length === 0) return [];
  return [
    '| source | ms | candidates | in prompt | failed |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(([name, s]) => `| ${name} | ${s.ms} | ${s.candidates} | ${s.kept} | ${cell(s.failed ?? '')} |`),
    '',
  ];
}

// Realistic sessions for the trigger bench, built so that nothing the trigger's prior assumes is
// planted: a simulated programmer re-types a region of a real file (code written by other people,
// codeCorpus.ts) in an editor with VS Code's default auto-closing, pausing as people pause;
// wherever a pause is long enough a suggestion appears, made by a copy-and-recall completer (the
// rest of the line after the longest earlier match of the text before the cursor, in the file,
// its open neighbours, or other projects of the language). Whether the user accepts depends only
// on whether the suggestion is what they were about to type, on their trust and on chance — not
// on the cursor's features. Acceptance patterns around `)`, line ends or comments, if any, come
// out of the code and the completer, not out of this file.
//
// The log records what the extension records: features at request time (msSinceKeystroke is the
// debounce, as the gate runs right after the keystroke; keyIntervalMs the pace of the last two
// keystrokes), then shown / accepted / partiallyAccepted / rejected events.
import type { FeedbackEvent, SuggestionOutcome } from '../../src/core/feedback/feedbackEvents';
import { triggerFeaturesAt } from '../../src/core/feedback/triggerFeatures';
import { seededRandom } from '../../src/core/seededRandom';
import type { CorpusFile } from './codeCorpus';

export interface SessionOptions {
  /** Suggestions to aim for in this user's session. */
  readonly suggestions: number;
  readonly seed: number;
  readonly start?: number;
  /**
   * Log as another tool's telemetry might: every suggestion that appeared counts as shown (typed
   * over unread or not), and msSinceKeystroke is the interval before the triggering keystroke.
   * Default: as Flywheel logs (shown = visible 750 ms or accepted; msSinceKeystroke = debounce).
   */
  readonly displayTelemetry?: boolean;
}

interface User {
  readonly medianKeyMs: number;
  readonly latencyMs: number;
  readonly debounceMs: number;
  /** Chance of taking a suggestion that is exactly right. */
  readonly trust: number;
  /** Chance of taking one that is right for a good part, then fixing it. */
  readonly tolerance: number;
  /** Shortest suggestion worth a Tab. */
  readonly minUseful: number;
  /** Chance of not looking at a suggestion at all. */
  readonly lapse: number;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '"': '"', "'": "'", '`': '`' };
const AUTO_CLOSE_BEFORE = new Set([';', ':', '.', ',', '=', '}', ']', ')', '>', ' ', '\t', '']);
const MAX_SUGGESTION = 100;
const GENERAL_BYTES = 200_000;
/** Share of regions that are edits inside existing lines rather than new lines. */
const INLINE_SHARE = 0.35;
/** A suggestion visible for less than this was not read. */
const READING_MS = 250;

function gaussian(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function logNormal(random: () => number, median: number, sigma: number): number {
  return median * Math.exp(sigma * gaussian(random));
}

function drawUser(random: () => number): User {
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  return {
    medianKeyMs: between(110, 260),
    latencyMs: between(150, 700),
    debounceMs: between(25, 75),
    trust: between(0.55, 0.95),
    tolerance: between(0.05, 0.45),
    minUseful: Math.floor(between(2, 9)),
    lapse: between(0.03, 0.2),
  };
}

/** The completer: the rest of the line after the longest recent match of the text before the cursor. */
class Completer {
  constructor(
    private readonly neighbours: string,
    private readonly general: readonly string[],
  ) {}

  suggest(before: string, after: string, random: () => number): string {
    for (const k of [48, 32, 20, 12]) {
      if (before.length < k) continue;
      const key = before.slice(-k);
      const inFile = before.lastIndexOf(key, before.length - k - 1);
      const hit =
        inFile >= 0 ? continuation(before, inFile + k) : firstContinuation([after, this.neighbours], key) ?? (k <= 20 ? firstContinuation(this.general, key, random) : undefined);
      if (hit) return hit;
    }
    return '';
  }
}

function continuation(text: string, from: number): string | undefined {
  let end = text.indexOf('\n', from);
  if (end === from) end = text.indexOf('\n', from + 1); // at a line start, suggest the next line
  const out = text.slice(from, end < 0 ? Math.min(text.length, from + MAX_SUGGESTION) : Math.min(end, from + MAX_SUGGESTION));
  return out.trim() === '' ? undefined : out;
}

function firstContinuation(texts: readonly string[], key: string, random?: () => number): string | undefined {
  const start = random ? Math.floor(random() * texts.length) : 0;
  for (let n = 0; n < texts.length; n++) {
    const text = texts[(start + n) % texts.length];
    const at = text.indexOf(key);
    if (at >= 0) {
      const hit = continuation(text, at + key.length);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** What the completer "was trained on": a sample of other projects' files of the language. */
function generalKnowledge(corpus: readonly CorpusFile[], file: CorpusFile, random: () => number): string[] {
  const others = corpus.filter((f) => f.language === file.language && f.project !== file.project);
  const picked: string[] = [];
  let size = 0;
  for (let n = 0; n < others.length && size < GENERAL_BYTES; n++) {
    const f = others[Math.floor(random() * others.length)];
    picked.push(f.text);
    size += f.text.length;
  }
  return picked;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}_$]/u.test(ch);
}

/**
 * One user's session over files of one project, as feedback events. `corpus` is every file
 * (other projects of the language are the completer's general knowledge).
 */
export function typingSession(corpus: readonly CorpusFile[], options: SessionOptions): FeedbackEvent[] {
  const random = seededRandom(options.seed);
  const user = drawUser(random);
  const byProject = new Map<string, CorpusFile[]>();
  for (const f of corpus) byProject.set(f.project, [...(byProject.get(f.project) ?? []), f]);
  const projects = [...byProject.keys()];
  const events: FeedbackEvent[] = [];
  let ts = options.start ?? Date.UTC(2026, 0, 5, 9);
  let last: SuggestionOutcome = 'none';
  let lastOutcomeAt: number | undefined;
  let shown = 0;
  let guard = 0;
  while (shown < options.suggestions && guard++ < 40) {
    const files = byProject.get(projects[Math.floor(random() * projects.length)])!;
    const file = files[Math.floor(random() * files.length)];
    const neighbours = files.filter((f) => f !== file).slice(0, 3).map((f) => f.text).join('\n');
    const completer = new Completer(neighbours, generalKnowledge(corpus, file, random));
    const lines = file.text.split('\n');
    const first = Math.floor(random() * Math.max(1, lines.length - 30));
    const typeRegion = (head: string, target: string, tail: string) => {
      // The document is head + typed + closers + tail; `closers` are auto-inserted on the cursor's line.
      let typed = '';
      let closers = '';
      let pos = 0;
      let previousKeyAt = ts;
      while (pos < target.length && shown < options.suggestions) {
        const ch = target[pos];
        // Enter: the editor indents the new line as the code does (the user does not type it).
        if (ch === '\n') {
          const indent = /^[ \t]*/.exec(target.slice(pos + 1))![0];
          typed += '\n' + indent;
          closers = '';
          pos += 1 + indent.length;
        } else if (closers.startsWith(ch)) {
          typed += ch;
          closers = closers.slice(1);
          pos++;
        } else if (OPENERS[ch] && AUTO_CLOSE_BEFORE.has(closers[0] ?? (tail[0] === '\n' ? '' : tail[0] ?? '')) && !(ch !== '(' && ch !== '[' && ch !== '{' && isWordChar(typed.slice(-1)))) {
          typed += ch;
          closers = OPENERS[ch] + closers;
          pos++;
        } else {
          typed += ch;
          pos++;
        }
        // How long the user waits before the next keystroke: longer at a line start, after a word,
        // and now and then to think.
        const lineStart = ch === '\n';
        let pause = logNormal(random, user.medianKeyMs, 0.45);
        if (lineStart) pause += logNormal(random, 1200, 0.8);
        else if (ch === ' ' || ch === ',' || ch === ';' || ch === ')') pause *= 1.6;
        if (random() < 0.025) pause += logNormal(random, 3000, 0.7);
        const keyAt = ts;
        const keyInterval = keyAt - previousKeyAt;
        previousKeyAt = keyAt;
        ts += Math.round(pause);
        if (pos >= target.length) break;

        const latency = logNormal(random, user.latencyMs, 0.3);
        if (pause < latency) continue; // typed before the suggestion arrived
        const before = head + typed;
        const after = closers + tail;
        const suggestion = completer.suggest(before, after, random);
        if (suggestion === '') continue;
        // What the line will hold after the cursor once the user is done (at a line end, the
        // next line): the rest of the text to type, then what already follows it.
        const rest = target.slice(pos) + tail;
        const lineEnd = rest.indexOf('\n', rest[0] === '\n' ? 1 : 0);
        const intended = lineEnd < 0 ? rest : rest.slice(0, lineEnd);
        const right = commonPrefix(suggestion, intended);
        const exact = right === suggestion.length;
        const useful = right >= user.minUseful;
        const looked = random() >= user.lapse;
        const visible = pause - latency;
        let taken = 0;
        if (looked && useful && exact && random() < user.trust) taken = Math.min(suggestion.length, Math.max(right, 1));
        else if (looked && useful && right >= suggestion.length / 2 && random() < user.tolerance) taken = right;
        // Read only if it stayed a moment; otherwise typed over unread.
        if (visible < READING_MS) taken = 0;
        // Flywheel counts a suggestion as shown once visible 750 ms, or accepted sooner.
        if (!options.displayTelemetry && visible < 750 && taken === 0) continue;

        const lineStartAt = before.lastIndexOf('\n') + 1;
        let aboveStart = lineStartAt;
        for (let i = 0; i < 3 && aboveStart > 0; i++) aboveStart = before.lastIndexOf('\n', aboveStart - 2) + 1;
        const afterLineEnd = after.indexOf('\n');
        const features = triggerFeaturesAt(
          {
            language: file.language,
            linePrefix: before.slice(lineStartAt),
            lineSuffix: afterLineEnd < 0 ? after : after.slice(0, afterLineEnd),
            above: lineStartAt > 0 ? before.slice(aboveStart, lineStartAt - 1) : '',
            hasLineAbove: lineStartAt > 0,
            offset: before.length,
            documentLength: before.length + after.length,
          },
          {
            msSinceKeystroke: options.displayTelemetry ? keyInterval : logNormal(random, user.debounceMs, 0.2),
            lastOutcome: last,
            keyIntervalMs: keyInterval,
            ...(lastOutcomeAt !== undefined && { msSinceOutcome: keyAt - lastOutcomeAt }),
          },
        );
        const id = `u${options.seed}-${shown}`;
        const base = { v: 1 as const, suggestionId: id, language: file.language, model: 'copy-recall', provider: 'simulated' };
        const shownAt = keyAt + Math.round(latency);
        events.push({ ...base, id: `${id}-s`, ts: shownAt, kind: 'completion.shown', visibleMs: Math.round(options.displayTelemetry ? visible : Math.max(750, visible)), features, completionChars: suggestion.length });
        shown++;
        const settledAt = shownAt + Math.min(Math.round(visible), READING_MS + Math.round(random() * 600));
        if (taken > 0) {
          events.push(
            taken === suggestion.length
              ? { ...base, id: `${id}-a`, ts: settledAt, kind: 'completion.accepted' }
              : { ...base, id: `${id}-p`, ts: settledAt, kind: 'completion.partiallyAccepted', acceptedLength: taken, completionChars: suggestion.length },
          );
          // The accepted text is in the document; typing goes on after it.
          const taking = suggestion.slice(0, Math.min(taken, right));
          typed += taking;
          pos += taking.length;
          for (const c of taking) if (closers.startsWith(c)) closers = closers.slice(1);
          ts = settledAt + Math.round(logNormal(random, user.medianKeyMs * 2, 0.4));
          last = 'accepted';
        } else {
          events.push({ ...base, id: `${id}-x`, ts: settledAt, kind: 'completion.rejected', reason: 'typedOver' });
          last = 'rejected';
        }
        lastOutcomeAt = settledAt;
      }
    };
    if (random() < INLINE_SHARE) {
      // Edits inside existing lines: a span of each of a few lines is retyped, with the rest of
      // the line after the cursor.
      for (let l = first; l < Math.min(lines.length, first + 8) && shown < options.suggestions; l++) {
        const line = lines[l];
        const indent = /^[ \t]*/.exec(line)![0].length;
        if (line.length - indent < 12) continue;
        const start = indent + Math.floor(random() * (line.length - indent - 6));
        const end = Math.min(line.length - 1, start + 5 + Math.floor(random() * 35));
        if (end <= start) continue;
        const before = lines.slice(0, l).join('\n') + (l > 0 ? '\n' : '') + line.slice(0, start);
        const after = line.slice(end) + (l + 1 < lines.length ? '\n' + lines.slice(l + 1).join('\n') : '');
        typeRegion(before, line.slice(start, end), after);
      }
    } else {
      const count = 15 + Math.floor(random() * 45);
      const head = lines.slice(0, first).join('\n') + (first > 0 ? '\n' : '');
      const tail = first + count < lines.length ? '\n' + lines.slice(first + count).join('\n') : '';
      typeRegion(head, lines.slice(first, first + count).join('\n'), tail);
    }
  }
  return events;
}

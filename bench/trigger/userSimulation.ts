// A simulated user for the adaptive-trigger bench. The regularities planted here are what a
// contextual filter should find; each is a plausible habit, stated so a result can be checked:
//
//   1. Prose (markdown, plaintext) suggestions are almost never taken: 1 %.
//   2. With code after the cursor (mid-line), suggestions are rarely taken: 3 %.
//   3. While typing fast (< 150 ms since the last keystroke, i.e. mid-word), rarely: 3 %.
//   4. At a line end after a pause (≥ 400 ms) following `.`, `(`, `=`, `{`, `:` or a newline,
//      often: 60 %.
//   5. Otherwise at a line end: 30 %.
//   6. A rejection makes the next acceptance less likely (× 0.6), an acceptance more (× 1.25).
//
// Everything else (document length, position, column) is noise the model has to ignore.
import type { FeedbackEvent, TriggerFeatures, SuggestionOutcome } from '../../src/core/feedback/feedbackEvents';
import { seededRandom } from '../../src/core/seededRandom';

const LANGUAGES = ['typescript', 'typescript', 'typescript', 'python', 'python', 'go', 'markdown', 'plaintext'];
const GOOD_BEFORE = ['.', '(', '=', '{', ':', '\n'];
const OTHER_BEFORE = ['a', 'x', ' ', ')', ',', '1', ';', '"', '}'];

export function acceptanceChance(f: TriggerFeatures): number {
  let p: number;
  if (f.language === 'markdown' || f.language === 'plaintext') p = 0.01;
  else if (!f.atLineEnd) p = 0.03;
  else if (f.msSinceKeystroke < 150) p = 0.03;
  else if (f.msSinceKeystroke >= 400 && GOOD_BEFORE.includes(f.charBefore)) p = 0.6;
  else p = 0.3;
  if (f.lastOutcome === 'rejected') p *= 0.6;
  if (f.lastOutcome === 'accepted') p = Math.min(0.95, p * 1.25);
  return p;
}

/** `count` shown completions with their outcomes, as log events, reproducibly from `seed`. */
export function simulateUser(count: number, seed = 7, start = Date.UTC(2025, 0, 1, 9)): FeedbackEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const events: FeedbackEvent[] = [];
  let ts = start;
  let lastOutcome: SuggestionOutcome = 'none';
  for (let i = 0; i < count; i++) {
    ts += 2_000 + Math.floor(random() * 20_000);
    const documentLength = 200 + Math.floor(random() * 20_000);
    const atLineEnd = random() < 0.65;
    const features: TriggerFeatures = {
      language: pick(LANGUAGES),
      column: Math.floor(random() * 60),
      atLineEnd,
      charBefore: random() < 0.45 ? pick(GOOD_BEFORE) : pick(OTHER_BEFORE),
      msSinceKeystroke: Math.floor(random() < 0.4 ? random() * 150 : 150 + random() * 2_000),
      lastOutcome,
      documentLength,
      relativePosition: random(),
    };
    const id = `sim-${seed}-${i}`;
    const base = { v: 1 as const, suggestionId: id, language: features.language, model: 'sim-model', provider: 'ollama' };
    events.push({ ...base, id: `${id}-s`, ts, kind: 'completion.shown', visibleMs: 800 + Math.floor(random() * 3000), features, ttftMs: 60 + Math.floor(random() * 200), totalMs: 150 + Math.floor(random() * 600), completionChars: 10 + Math.floor(random() * 80), multiline: random() < 0.3 });
    const accepted = random() < acceptanceChance(features);
    if (accepted) {
      events.push({ ...base, id: `${id}-a`, ts: ts + 900, kind: 'completion.accepted' });
      for (const atSec of [30, 120, 300, 600] as const) {
        events.push({ ...base, id: `${id}-r${atSec}`, ts: ts + atSec * 1000, kind: 'completion.retention', atSec, distance: Math.min(1, random() * random() * (atSec / 300)) });
      }
    } else {
      events.push({ ...base, id: `${id}-x`, ts: ts + 1200, kind: 'completion.rejected', reason: pick(['escape', 'typedOver', 'typedOver', 'replaced'] as const) });
    }
    lastOutcome = accepted ? 'accepted' : 'rejected';
  }
  return events;
}

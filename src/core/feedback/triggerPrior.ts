// The model a new user starts from: log-odds weights for each slot of triggerVector.ts, taken
// from what is publicly known about when a code suggestion is accepted, each with how sure we
// are of it (a Gaussian prior: mean and precision = 1/variance). The user's own outcomes then
// move it (bayesianLogistic.ts).
//
// Sources (public):
// [CF]  The contextual filter shipped in GitHub Copilot 1.57 (2022), a logistic regression whose
//       weights were published by its reverse-engineering (P. Thakkar, "copilot-explorer",
//       posts/copilot-internals.md) and tabulated in J. de Moor et al., "A Transformer-Based
//       Approach for Smart Invocation of Automatic Code Completion", AIWare 2024, arXiv
//       2405.14753, Table 1 and Figures 1-2. Its features: previous label (+1.00), whitespace
//       after the cursor (+0.70), log time since the previous label (-0.17), log length of the
//       last prefix line (-0.23) and of that line right-stripped (+0.13), offset share (+0.42),
//       a language map (markdown -0.65 … c +0.36) and two character maps: the last character
//       ("(" +0.93, ")" -1.00, "]" -0.97, "}" -0.71, ";" -1.14, digits about -1.0) and the last
//       non-blank one ("," +0.67, ":" +0.47, "=" +0.47, "#" -0.73, "/" -0.45). We group the
//       characters into classes and round; for a non-blank last character both maps apply, so
//       its weight here is their sum.
// [HF]  H. Mozannar et al., "When to Show a Suggestion? Integrating Human Feedback in
//       AI-Assisted Programming", AAAI 2024, arXiv 2306.04930: acceptance is predictable from
//       telemetry before the model is called, and the programmer's own state matters, hence a
//       per-user update rather than one global model.
// [PF]  M. N. Al Awad et al., arXiv 2511.18842 and 2511.18849 (2025): rejections "without being
//       read" while the developer types fast; typing pace as a pre-invocation signal.
// [ST]  The same study's telemetry (21 programmers, 1,096 Copilot suggestions, 35 % accepted):
//       acceptance 10 % after `)`, 7 % after `]`, 61 % after `(` (H. Mozannar et al., "Reading
//       Between the Lines: Modeling User Behavior and Costs in AI-Assisted Programming", CHI 2024,
//       arXiv 2210.14306, data released with the paper).
// [CSAP] arXiv 2601.21379 (2026): a developer's own historical acceptance ratio is the strongest
//       predictor, hence a loose prior on the base rate (the bias) that the user's outcomes move
//       first.
// Each weight is checked against real-code replays in bench:trigger (--ablate drops a group).
import { CHAR_CLASSES, SLOTS, VECTOR_SIZE, type CharClass, type LanguageGroup } from './triggerVector';

/**
 * Weight of the character just before the cursor [CF: last char + last non-blank char]. `(`, `)`
 * and `]` are set from [ST] instead: log-odds of its acceptance after each, less that of all its
 * suggestions (logit 0.61 - logit 0.35 = +1.07; logit 0.10 - logit 0.35 = -1.58; logit 0.07 -
 * logit 0.35 = -1.97), which agree with [CF] in sign and are stronger.
 */
const BEFORE: Record<CharClass, number> = {
  '(': 1.05, '[': 0.1, '{': 0.45, ')': -1.6, ']': -1.95, '}': -0.7, ';': -1.25, ',': 0.2, '.': -0.1, ':': 0.4, '=': 0.25,
  operator: -0.3, quote: 0.05, letter: 0.05, digit: -1.0, space: 0.2, other: -0.2,
  // A line start: Copilot's map has no newline, so it falls in the unknown bucket (-0.47).
  newline: -0.45,
};

/** After blanks, what the code before them ends with [CF: last non-blank char]. */
const LAST_NON_SPACE: Partial<Record<CharClass, number>> = {
  '(': 0.1, '[': 0.05, '{': 0.2, ')': -0.1, ']': -0.2, ';': -0.1, ',': 0.65, '.': -0.2, ':': 0.45, '=': 0.45, operator: 0.05, other: -0.3,
};

const LANGUAGE: Record<LanguageGroup, number> = {
  prose: -0.65, // [CF] markdown
  style: -0.4, // [CF] css -0.33, scss -0.44
  data: -0.15, // [CF] json -0.13
  compiled: 0.2, // [CF] c +0.36, cpp +0.22, java +0.21, go/csharp +0.17
};

/**
 * About 30 % of suggestions accepted in an ordinary context (Copilot's reported acceptance rates
 * are 25-35 %; [ST] 35 %), loose: users differ most in their base rate [CSAP].
 */
const BIAS = -1.8;

// How far one user's weight may lie from the population's, as a precision (1 / variance). The
// means are population log-odds and predict a new user's rates as they are (bayesianLogistic.ts);
// the precision sets how fast the user's own outcomes move them, so it is the spread between
// users [HF], not how well the population figure is known.
/** The character before the cursor: its effect differs between users as much as the base rate. */
const PER_USER_CHAR = 1;
/** Other weights read off [CF]: sd 0.7. */
const FROM_CF = 2;
/** Weights we set by reasoning from the literature rather than read off a fitted model: sd 0.5. */
const JUDGED = 4;

export interface TriggerPrior {
  readonly mean: Float64Array;
  readonly precision: Float64Array;
}

export function triggerPrior(): TriggerPrior {
  const mean = new Float64Array(VECTOR_SIZE);
  const precision = new Float64Array(VECTOR_SIZE).fill(FROM_CF);
  const set = (slot: number, weight: number, confidence = FROM_CF) => {
    mean[slot] = weight;
    precision[slot] = confidence;
  };
  set(SLOTS.bias, BIAS, 1);
  for (const c of CHAR_CLASSES) {
    set(SLOTS.before[c], BEFORE[c], PER_USER_CHAR);
    set(SLOTS.lastNonSpace[c], LAST_NON_SPACE[c] ?? 0);
  }
  set(SLOTS.lineEnd, 0.7); // [CF] whitespace after the cursor
  // Only closers after the cursor: Copilot's hard rule lets these through like a line end; half weight.
  set(SLOTS.closersAfter, 0.35, JUDGED);
  // [CF] -0.23 log line length, +0.13 log right-stripped length: about -0.1 per log column (the
  // slot is centred on column 20, so its uncertainty is only about longer or shorter lines).
  set(SLOTS.column, -0.1, 16);
  // Mid-word while typing fast, suggestions are typed over unread [PF]. But a suggestion counts
  // as shown only once visible for 750 ms, so most of those never reach the log: a weak prior,
  // left to each user's outcomes. (At the moment a request is decided, the time since the last
  // keystroke is mostly the debounce; the pace of the last two keystrokes says more.)
  set(SLOTS.fastKeys, -0.35, JUDGED / 2);
  set(SLOTS.fastMidWord, -0.35, JUDGED / 2);
  set(SLOTS.lastAccepted, 1.0); // [CF] previous label
  set(SLOTS.lastRejected, 0, JUDGED);
  set(SLOTS.sinceOutcome, -0.17); // [CF] per log second since the previous label
  set(SLOTS.position, 0.4); // [CF] offset share
  // Writing prose in a comment is like writing markdown [CF: markdown -0.65, "#" -0.73, "/" -0.45].
  set(SLOTS.inComment, -0.5, JUDGED);
  set(SLOTS.inString, -0.2, JUDGED);
  for (const [group, weight] of Object.entries(LANGUAGE)) set(SLOTS.languageGroup[group as LanguageGroup], weight);
  // One bucket per language, learned from the user's own outcomes only.
  for (let i = SLOTS.languageBucket; i < VECTOR_SIZE; i++) set(i, 0, 16);
  return { mean, precision };
}

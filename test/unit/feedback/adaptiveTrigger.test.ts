import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveTrigger, triggerExamplesFromLog } from '../../../src/core/feedback/adaptiveTrigger';
import { BayesianLogistic } from '../../../src/core/feedback/bayesianLogistic';
import type { FeedbackEvent, SuggestionOutcome, TriggerFeatures } from '../../../src/core/feedback/feedbackEvents';
import { computeTriggerFeatures } from '../../../src/core/feedback/triggerFeatures';
import { triggerPrior } from '../../../src/core/feedback/triggerPrior';
import { encodeTriggerFeatures, SLOTS, VECTOR_SIZE } from '../../../src/core/feedback/triggerVector';

/** Editor states a TypeScript programmer meets, the cursor at `|`. */
const STATES = {
  afterClose: ['const total = sum(items)|', 'return render(props.children)|', 'if (isReady(user)|', 'await server.close()|'],
  afterOpen: ['const total = sum(|)', 'logger.info(|)', 'items.map((item) => |)'],
  lineStart: ['function f() {\n  |\n}', 'const a = 1;\n|', 'class A {\n  |'],
  afterDot: ['this.|', 'const n = items.|'],
  afterEquals: ['const config = |', 'let retries = |'],
} as const;

function features(marked: string, lastOutcome: SuggestionOutcome, msSinceKeystroke = 400, keyIntervalMs = 220): TriggerFeatures {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return computeTriggerFeatures({ uri: 'file:///a.ts', relativePath: 'a.ts', languageId: 'typescript', text, version: 1, offset }, { msSinceKeystroke, lastOutcome, keyIntervalMs });
}

/** A session cycling through the states; `accepts` says what the user does with each. */
function session(length: number, accepts: (kind: keyof typeof STATES, i: number) => boolean) {
  const kinds = Object.keys(STATES) as (keyof typeof STATES)[];
  let last: SuggestionOutcome = 'none';
  return Array.from({ length }, (_, i) => {
    const kind = kinds[(i * 7 + Math.floor(i / 5)) % kinds.length];
    const pool = STATES[kind];
    const f = features(pool[i % pool.length], last);
    const accepted = accepts(kind, i);
    last = accepted ? 'accepted' : 'rejected';
    return { kind, features: f, accepted };
  });
}

test('the shipped prior ranks states the way public knowledge does, before any feedback', () => {
  const trigger = new AdaptiveTrigger();
  const p = (marked: string) => trigger.probability(features(marked, 'none'));
  assert.ok(p('logger.info(|)') > p('const a = 1;\n|'));
  assert.ok(p('const a = 1;\n|') > p('const total = sum(items)|'));
  assert.ok(p('const config = |') > p('const total = sum(items)|'));
  assert.ok(p('  // explain |') < p('  explain(|)'), 'in a comment');
  assert.ok(trigger.probability(features('logger.info(|)', 'accepted')) > trigger.probability(features('logger.info(|)', 'rejected')), 'after an accept');
});

test('on day one the prior predicts the published rates: ~10 % after `)`, less after `]`, most after `(`', () => {
  const trigger = new AdaptiveTrigger();
  const p = (marked: string) => trigger.probability(features(marked, 'none'));
  const close = p('const total = sum(items)|');
  assert.ok(close > 0.05 && close < 0.15, `after ")" ${close}`);
  assert.ok(p('const xs = [a, b]|') < close, 'after "]" lower still');
  assert.ok(p('foo(|') > 0.45, `after "(" ${p('foo(|')}`);
  const ordinary = p('const a = 1;\n|');
  assert.ok(ordinary > 0.2 && ordinary < 0.45, `at a line start ${ordinary}`);
});

test('a decision where the rule fires says so, and is judged against the rule\'s own threshold', () => {
  const trigger = new AdaptiveTrigger();
  for (const s of session(150, (kind, i) => kind !== 'afterClose' && i % 3 !== 0)) {
    const decision = trigger.shouldRequest(s.features);
    if (decision.request) trigger.observe(s.features, s.accepted);
  }
  const close = trigger.shouldRequest(features('const total = sum(items)|', 'rejected'));
  assert.equal(close.rule, true);
  assert.ok(close.threshold! > 0, 'the rule\'s contexts have a budget');
  const fastMidWord = trigger.shouldRequest(features('  retu|', 'rejected', 60, 90));
  assert.equal(fastMidWord.rule, true);
  const elsewhere = trigger.shouldRequest(features('const config = |', 'rejected'));
  assert.equal(elsewhere.request, true);
  assert.equal(elsewhere.rule, undefined);
});

test('a user who accepts everything is never throttled, from the first suggestion on', () => {
  const trigger = new AdaptiveTrigger();
  for (const s of session(400, () => true)) {
    const decision = trigger.shouldRequest(s.features);
    assert.equal(decision.request, true, `skipped a ${s.kind} suggestion`);
    trigger.observe(s.features, s.accepted);
  }
  assert.equal(trigger.isActive, false, 'never a rejection, so never a skip');
});

test('on day one the rule\'s strong part is skipped as soon as the guard opens, before any outcome after `)`', () => {
  const trigger = new AdaptiveTrigger({ exploration: 0 });
  // Two suggestions rejected elsewhere, a few accepted: nothing yet after `)`.
  for (const [marked, accepted] of [['const config = |', false], ['this.|', true], ['logger.info(|)', true], ['let retries = |', false]] as const) {
    const f = features(marked, 'none');
    assert.equal(trigger.shouldRequest(f).request, true);
    trigger.observe(f, accepted);
  }
  assert.equal(trigger.isActive, true);
  const close = trigger.shouldRequest(features('const total = sum(items)|', 'rejected'));
  assert.equal(close.request, false, 'skipped on the public evidence alone');
  assert.equal(trigger.shouldRequest(features('logger.info(|)', 'rejected')).request, true);
});

test('a user who rejects after `)` stops seeing suggestions there within a few examples, and keeps them elsewhere', () => {
  const trigger = new AdaptiveTrigger();
  let shownAfterClose = 0;
  let firstSkip = -1;
  const elsewhere: boolean[] = [];
  for (const s of session(300, (kind, i) => kind !== 'afterClose' && i % 3 !== 0)) {
    const decision = trigger.shouldRequest(s.features);
    if (s.kind === 'afterClose') {
      if (decision.request && firstSkip < 0) shownAfterClose++;
      if (!decision.request && firstSkip < 0) firstSkip = shownAfterClose;
    } else if (firstSkip >= 0) elsewhere.push(decision.request);
    if (decision.request) trigger.observe(s.features, s.accepted);
  }
  assert.ok(firstSkip >= 0 && firstSkip <= 5, `after ")" shown ${shownAfterClose} times before the first skip`);
  const closeNow = trigger.shouldRequest(features('const total = sum(items)|', 'rejected'));
  assert.ok(closeNow.probability! < closeNow.threshold!, `p ${closeNow.probability} vs threshold ${closeNow.threshold}`);
  assert.ok(elsewhere.filter(Boolean).length / elsewhere.length > 0.9, 'other states stay on');
});

test('a user who accepts after `)` against the prior is learned from the probes, and the skips there stop', () => {
  // Accepts 90 % after ")" and rejects the rest of the time after "=": the prior has it backwards.
  const trigger = new AdaptiveTrigger({ seed: 3 });
  const late: boolean[] = [];
  for (const [i, s] of session(900, (kind, j) => (kind === 'afterClose' ? j % 10 !== 0 : kind !== 'afterEquals' && j % 2 === 0)).entries()) {
    const decision = trigger.shouldRequest(s.features);
    if (i > 600 && s.kind === 'afterClose') late.push(decision.request);
    if (decision.request) trigger.observe(s.features, s.accepted);
  }
  assert.ok(late.filter(Boolean).length / late.length > 0.9, `requested after ")" ${late.filter(Boolean).length}/${late.length} late in the session`);
});

test('off means every request goes ahead; back on, it decides again', () => {
  const trigger = new AdaptiveTrigger({ enabled: false });
  for (const s of session(60, (kind) => kind !== 'afterClose')) {
    assert.deepEqual(trigger.shouldRequest(s.features), { request: true });
    trigger.observe(s.features, s.accepted);
  }
  trigger.setEnabled(true);
  assert.equal(trigger.isActive, true);
  assert.equal(typeof trigger.shouldRequest(features('this.|', 'none')).probability, 'number');
});

test('the state is a small JSON value that restores the same trigger; another layout is ignored', () => {
  const trigger = new AdaptiveTrigger();
  for (const s of session(120, (kind, i) => kind !== 'afterClose' && i % 2 === 0)) {
    trigger.shouldRequest(s.features);
    trigger.observe(s.features, s.accepted);
  }
  const state = JSON.parse(JSON.stringify(trigger.toState()));
  assert.ok(JSON.stringify(state).length < 12_000);
  const restored = new AdaptiveTrigger({}, state);
  const probe = features('const total = sum(items)|', 'accepted');
  assert.equal(restored.probability(probe), trigger.probability(probe));
  assert.deepEqual(restored.shouldRequest(probe), trigger.shouldRequest(probe));
  assert.equal(restored.exampleCount, 120);
  const stale = new AdaptiveTrigger({}, { ...state, layout: 'trigger-v0' });
  assert.equal(stale.exampleCount, 0);
  assert.equal(stale.probability(probe), new AdaptiveTrigger().probability(probe));
});

test('the online update moves the weights of the features present toward the outcome, and only those', () => {
  const prior = triggerPrior();
  const model = new BayesianLogistic(prior, 300);
  const x = encodeTriggerFeatures(features('const total = sum(items)|', 'none'), new Float64Array(VECTOR_SIZE));
  const before = model.predict(x);
  model.update(x, false);
  assert.ok(model.predict(x) < before);
  assert.ok(model.mean[SLOTS.before[')']] < prior.mean[SLOTS.before[')']]);
  assert.ok(model.precision[SLOTS.before[')']] > prior.precision[SLOTS.before[')']]);
  assert.equal(model.mean[SLOTS.before['(']], prior.mean[SLOTS.before['(']]);
  for (let i = 0; i < 50; i++) model.update(x, true);
  assert.ok(model.predict(x) > 0.5, `after 50 accepts ${model.predict(x)}`);
});

test('examples come from shown events with features, labelled by (partial) acceptance, text filling missing fields', () => {
  const f = features('this.|', 'none');
  const { lastNonSpace: _drop, ...old } = f;
  const base = { v: 1 as const, ts: 1, visibleMs: 800 };
  const events: FeedbackEvent[] = [
    { ...base, id: '1', kind: 'completion.shown', suggestionId: 'a', features: f },
    { ...base, id: '2', kind: 'completion.shown', suggestionId: 'b', features: old, ts: 2, text: { prefix: 'foo(\n  ', suffix: '\n)' } },
    { ...base, id: '3', kind: 'completion.shown', suggestionId: 'c' },
    { v: 1, id: '4', ts: 3, kind: 'completion.partiallyAccepted', suggestionId: 'b', acceptedLength: 3 },
    { v: 1, id: '5', ts: 3, kind: 'completion.rejected', suggestionId: 'a', reason: 'escape' },
  ];
  const examples = triggerExamplesFromLog(events);
  assert.deepEqual(examples.map((e) => e.accepted), [false, true]);
  assert.equal(examples[1].features.lastNonSpace, '(');
});

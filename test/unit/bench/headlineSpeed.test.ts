import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { headlineJson, headlineLines, readHeadline, slowestFirst, type Retimed } from '../../../bench/guard/headlineSpeed';

const options = { inputs: 2, processes: 3, runs: 3 };

/** A process of made-up runs: CPU ms/MB, wall at 1.1 of it, the scan given per run. */
function run(cpu: number[], scan: number[]) {
  return { cpu, wall: cpu.map((c) => 1.1 * c), scan };
}

// `slow` runs in the host's fast mode (scan 28) in two processes and in its slow one (scan 50) in the third;
// `quick` is faster in every run, one of its runs in the slow mode mid-process.
const retimed: Retimed[] = [
  { name: 'quick', processes: [run([40, 42, 41], [28, 29, 28]), run([43, 70, 44], [30, 52, 29]), run([41, 40, 42], [28, 28, 30])] },
  { name: 'slow', processes: [run([80, 82, 81], [28, 29, 30]), run([130, 128, 135], [50, 49, 51]), run([84, 79, 83], [29, 28, 31])] },
];

describe('bench headline: the slowest input read over several fresh processes, the host mode beside', () => {
  const h = readHeadline(retimed, options);

  it('reads each input\'s median CPU run over every run of every process, and the median of its processes\' medians', () => {
    assert.deepEqual(h.inputs.map((i) => i.name), ['slow', 'quick']);
    const slow = h.inputs[0]!;
    // Runs sorted: 79 80 81 82 83 84 128 130 135; the middle one.
    assert.equal(slow.median, 83);
    assert.deepEqual(slow.processMedians, [81, 130, 83]);
    assert.equal(slow.medianOfProcesses, 83);
    assert.ok(Math.abs(slow.wallMedian - 1.1 * 83) < 1e-9);
  });

  it('bands the median by resampling processes: wide when a process fell in the other mode, none when all agree', () => {
    const [lo, hi] = h.inputs[0]!.interval;
    assert.ok(lo <= 83 && hi >= 83);
    // Three draws of the slow-mode process out of three lift the pooled median into it; none leave it at the fast processes'.
    assert.equal(hi, 130);
    assert.ok(lo >= 79 && lo <= 81);
    const same = readHeadline([{ name: 'a', processes: [run([60, 61, 62], [28, 28, 28]), run([60, 61, 62], [28, 28, 28])] }], options);
    assert.deepEqual(same.inputs[0]!.interval, [61, 61]);
  });

  it('splits the runs by the scan against the fastest scan of the whole re-timing (≥ 1.25× is the slow mode)', () => {
    assert.equal(h.fastestScan, 28);
    const [slow, quick] = h.inputs;
    assert.deepEqual([slow!.fastRuns, slow!.slowRuns], [6, 3]);
    assert.equal(slow!.fast, 81);
    assert.equal(slow!.slow, 130);
    assert.deepEqual([quick!.fastRuns, quick!.slowRuns], [8, 1]);
    assert.equal(quick!.slow, 70);
    assert.equal(h.slowRuns, 4);
    assert.equal(h.runs, 18);
  });

  it('names the headline and the screens\' old figures apart in the JSON', () => {
    const json = headlineJson(h);
    assert.deepEqual(Object.keys(json).sort(), [
      'headline_carried', 'headline_inputs', 'headline_processes', 'headline_runs', 'headline_seconds', 'machine_fastest_scan', 'machine_slow_share',
      'max_ms_per_mb', 'max_ms_per_mb_95', 'max_ms_per_mb_fast_mode', 'max_ms_per_mb_fast_mode_input', 'max_ms_per_mb_input',
      'max_ms_per_mb_process_medians', 'max_ms_per_mb_runs_fast_slow', 'max_ms_per_mb_slow_mode', 'max_ms_per_mb_slow_mode_input', 'max_ms_per_mb_wall',
    ]);
    assert.equal(json.max_ms_per_mb, 83);
    assert.equal(json.max_ms_per_mb_input, 'slow');
    assert.deepEqual(json.max_ms_per_mb_runs_fast_slow, [6, 3]);
    assert.equal(json.max_ms_per_mb_fast_mode, 81);
    assert.equal(json.max_ms_per_mb_slow_mode, 130);
    assert.equal(json.machine_slow_share, 4 / 18);
    assert.deepEqual([json.headline_inputs, json.headline_processes, json.headline_runs], [2, 3, 3]);
    assert.match(headlineLines(h).at(-1)!, /^max_ms_per_mb 83\.0 \[[\d.]+, [\d.]+\] \(slow\)/);
  });

  it('reads no mode it did not see: null, not a number', () => {
    const allFast = readHeadline([{ name: 'a', processes: [run([50, 51, 52], [30, 30, 31])] }], { ...options, processes: 1 });
    const json = headlineJson(allFast);
    assert.equal(json.max_ms_per_mb_slow_mode, null);
    assert.equal(json.max_ms_per_mb_slow_mode_input, null);
    assert.equal(json.max_ms_per_mb_fast_mode, 51);
  });

  it('asks every run for its scan', () => {
    assert.throws(() => readHeadline([{ name: 'a', processes: [{ wall: [1, 2], cpu: [1, 2] }] }], options), /machine scan/);
  });

  it('picks the inputs to time again as if every screen had run in the fast mode, each name once', () => {
    const picked = slowestFirst([
      // 100 in a process whose scans read twice the fastest: ~50 in the fast mode.
      { name: 'slow-mode draw', text: 'a', cpuRuns: [100, 102, 98], scanRuns: [10, 10, 10] },
      { name: 'slowest', text: 'b', cpuRuns: [72, 70, 74], scanRuns: [5, 5.2, 5] },
      { name: 'middle', text: 'c', cpuRuns: [60, 61, 62], scanRuns: [5, 5, 5] },
      { name: 'slowest', text: 'b', cpuRuns: [71, 71, 71], scanRuns: [5, 5, 5] },
    ]);
    assert.deepEqual(picked.map((i) => i.name), ['slowest', 'middle', 'slow-mode draw']);
    assert.equal(picked[0]!.text, 'b');
  });
});

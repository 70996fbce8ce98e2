// What happened on the host thread inside each request of bench:completion --indexing, to find
// where a request loses time while the index builds: the host's garbage collections (V8's
// `gc` performance entries), the index's progress messages and lookup answers handled, and
// each request's stage and source timings. Written one JSON line per request (--samples FILE).
import { writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TracedRequest extends Span {
  readonly pair: number;
  readonly condition: string;
  readonly point: number;
  readonly figures: Record<string, number>;
  readonly stages: Record<string, number | undefined>;
  readonly sources: Record<string, number>;
}

export class RequestTrace {
  private readonly gcs: (Span & { kind: number })[] = [];
  private readonly events = new Map<string, number[]>();
  private readonly requests: TracedRequest[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      this.gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind });
    }
  });

  /** performance.now()'s zero on the monotonic clock (µs), to line requests up with a `--cpu-prof` profile. */
  private readonly originUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Something the index made the host do (a progress message, a lookup's answer), now. */
  event(name: string): void {
    let list = this.events.get(name);
    if (!list) this.events.set(name, (list = []));
    list.push(performance.now());
  }

  add(request: TracedRequest): void {
    this.requests.push(request);
  }

  /** One line per request with what fell inside it; the observer stops. */
  write(path: string): void {
    this.observer.disconnect();
    const inside = (s: Span, t: number) => t >= s.start && t <= s.end;
    const lines = this.requests.map((r) => {
      const gcs = this.gcs.filter((g) => g.end > r.start && g.start < r.end);
      const gcMs = gcs.reduce((sum, g) => sum + Math.min(g.end, r.end) - Math.max(g.start, r.start), 0);
      const events = Object.fromEntries([...this.events].map(([name, ts]) => [name, ts.filter((t) => inside(r, t)).length]));
      return JSON.stringify({ ...r, originUs: this.originUs, gcMs, gcCount: gcs.length, gcKinds: gcs.map((g) => g.kind), events });
    });
    writeFileSync(path, lines.join('\n') + '\n');
  }
}

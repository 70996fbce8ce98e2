// Small SVG charts as strings: no library, no script, coloured only through CSS classes that
// the page maps to --vscode-* variables (presentation attributes cannot read CSS variables).

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface Bar {
  readonly label: string;
  /** 0..1 of the chart's width. */
  readonly share: number;
  readonly text: string;
  /** CSS class of the bar, e.g. "accent", "good", "bad". */
  readonly tone?: string;
}

const ROW = 20;
const LABEL_W = 110;
const VALUE_W = 70;
/** Column width (viewBox units) below which only the newest column shows its number. */
const COLUMN_VALUE_W = 56;

/** One labelled horizontal bar per row; `width` is the SVG's viewBox width. */
export function horizontalBars(title: string, bars: readonly Bar[], width = 320): string {
  if (bars.length === 0) return emptyChart(title);
  const barW = width - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 4;
  const rows = bars
    .map((b, i) => {
      const y = i * ROW + 2;
      const w = Math.max(0, Math.min(1, b.share)) * barW;
      return (
        `<text class="label" x="0" y="${y + 14}">${escapeXml(truncate(b.label, 16))}</text>` +
        `<rect class="track" x="${LABEL_W}" y="${y + 3}" width="${barW}" height="${ROW - 6}" rx="2"/>` +
        `<rect class="bar ${b.tone ?? 'accent'}" x="${LABEL_W}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" rx="2"/>` +
        `<text class="value" x="${width}" y="${y + 14}" text-anchor="end">${escapeXml(b.text)}</text>`
      );
    })
    .join('');
  return svg(title, width, height, rows);
}

export interface Column {
  readonly label: string;
  readonly share: number;
  readonly text: string;
}

/** Vertical columns over time (e.g. acceptance rate per day), newest last. */
export function columns(title: string, cols: readonly Column[], width = 320, height = 120): string {
  if (cols.length === 0) return emptyChart(title);
  const plotH = height - 22;
  const step = width / cols.length;
  const colW = Math.max(2, Math.min(28, step * 0.7));
  const every = Math.ceil(cols.length / 6);
  // The number over each column when there is room for it, and always over the newest one.
  const roomy = step >= COLUMN_VALUE_W;
  const body = cols
    .map((c, i) => {
      const h = Math.max(0, Math.min(1, c.share)) * plotH;
      const x = i * step + (step - colW) / 2;
      const last = i === cols.length - 1;
      const tick = i % every === 0 || last ? `<text class="tick" x="${(x + colW / 2).toFixed(1)}" y="${height - 4}" text-anchor="middle">${escapeXml(c.label)}</text>` : '';
      const valueY = Math.max(10, plotH - h - 4).toFixed(1);
      const value = roomy
        ? `<text class="value" x="${(x + colW / 2).toFixed(1)}" y="${valueY}" text-anchor="middle">${escapeXml(c.text)}</text>`
        : last ? `<text class="value" x="${width}" y="${valueY}" text-anchor="end">${escapeXml(c.text)}</text>` : '';
      return `<rect class="bar accent" x="${x.toFixed(1)}" y="${(plotH - h).toFixed(1)}" width="${colW.toFixed(1)}" height="${h.toFixed(1)}" rx="1"><title>${escapeXml(`${c.label}: ${c.text}`)}</title></rect>${value}${tick}`;
    })
    .join('');
  return svg(title, width, height, `<line class="axis" x1="0" y1="${plotH}" x2="${width}" y2="${plotH}"/>${body}`);
}

export interface Point {
  readonly label: string;
  /** 0..1, or undefined when not measured. */
  readonly share?: number;
  readonly text: string;
}

/** A line through labelled points on a 0..1 scale (e.g. retention over time). */
export function line(title: string, points: readonly Point[], width = 320, height = 120): string {
  const measured = points.filter((p) => p.share !== undefined);
  if (measured.length === 0) return emptyChart(title);
  const plotH = height - 34;
  const top = 12;
  const step = width / points.length;
  const xy = points.map((p, i) => ({ p, x: i * step + step / 2, y: top + (1 - (p.share ?? 0)) * plotH }));
  const path = xy.filter((q) => q.p.share !== undefined).map((q, i) => `${i === 0 ? 'M' : 'L'}${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');
  const dots = xy
    .map((q) =>
      q.p.share === undefined
        ? `<text class="tick" x="${q.x.toFixed(1)}" y="${top + plotH}" text-anchor="middle">–</text>`
        : `<circle class="dot" cx="${q.x.toFixed(1)}" cy="${q.y.toFixed(1)}" r="3"/><text class="value" x="${q.x.toFixed(1)}" y="${(q.y - 6).toFixed(1)}" text-anchor="middle">${escapeXml(q.p.text)}</text>`,
    )
    .join('');
  const ticks = xy.map((q) => `<text class="tick" x="${q.x.toFixed(1)}" y="${height - 4}" text-anchor="middle">${escapeXml(q.p.label)}</text>`).join('');
  const grid = `<line class="axis" x1="0" y1="${top + plotH}" x2="${width}" y2="${top + plotH}"/><line class="grid" x1="0" y1="${top}" x2="${width}" y2="${top}"/>`;
  return svg(title, width, height, `${grid}<path class="line" d="${path}"/>${dots}${ticks}`);
}

function svg(title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${body}</svg>`;
}

function emptyChart(title: string): string {
  return `<p class="empty" aria-label="${escapeXml(title)}">No data yet.</p>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

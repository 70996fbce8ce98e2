// Wilson score 95% interval of a proportion k/n: unlike a bootstrap of 0/1 values it does not
// collapse to a point when k is 0 or n (what a recall of 60/60 or an FP share of 0/250 needs).
export function wilsonInterval(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

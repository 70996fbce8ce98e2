// Normalized Levenshtein distance: how much of the inserted text the user has since changed.
import { distance } from 'fastest-levenshtein';

/** 0 when `now` equals `original`, 1 when nothing of it is left (or one side is empty). */
export function normalizedEditDistance(original: string, now: string): number {
  if (original === now) return 0;
  const longest = Math.max(original.length, now.length);
  if (longest === 0) return 0;
  return Math.min(1, distance(original, now) / longest);
}

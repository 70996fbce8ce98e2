// The survey's table, typed: vendorKeyedShapes.json, written by bench/guard/vendorKeyedTable.ts from trufflehog's
// detectors (bench/guard/corpus/raw/trufflehog/keyedSurvey.tsv) and Debian's wamerican word list (do not edit it;
// run the generator). vendorKeyedTokenRule.ts reads it.
import { keyShapes as shapes, surveyedNames as names, wordNames as words } from './vendorKeyedShapes.json';

/** A key's documented shape: the characters it is made of and its length. */
export interface KeyShape {
  readonly alphabet: string;
  readonly min: number;
  readonly max: number;
}

/** Names of keyword-keyed detectors that vendorNames lacked and that are no word of prose or code: taken as vendorNames are. */
export const surveyedNames: readonly string[] = names;
/** Names that are words of prose or code (why, per name): their key is taken only in its documented shape. */
export const wordNames: Readonly<Record<string, string>> = words;
/** Each surveyed name's key shapes, from its detector's pattern. */
export const keyShapes: Readonly<Record<string, readonly KeyShape[]>> = shapes;

// The one rule for "is this value well-formed", for data that crossed a trust boundary
// (webview messages, stored conversations, command arguments, the feedback log). A value
// passes when every field its shape knows is well-formed; fields the shape does not know are
// dropped from the copy it returns. So what a reader keeps holds only what it checked (no
// unvetted text rides along into a log or a prompt), and data written by a newer version
// still reads.

const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Where a failing shape says why (an object's shape names the field, then the inner reason). */
export interface Why {
  error?: string;
}

/** A check that returns the value (cleaned of unknown fields) or INVALID. */
export interface Shape<T> {
  (value: unknown, why?: Why): T | Invalid;
  /** `undefined` is accepted, and an object field may be missing. */
  readonly optional?: boolean;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Runs a shape: the cleaned value, or the reason it is not well-formed. */
export function parse<T>(shape: Shape<T>, value: unknown): Parsed<T> {
  const why: Why = {};
  const result = shape(value, why);
  return result === INVALID ? { ok: false, error: why.error ?? 'malformed' } : { ok: true, value: result };
}

/** The cleaned value, or undefined when it is not well-formed. */
export function parseOrUndefined<T>(shape: Shape<T>, value: unknown): T | undefined {
  const result = shape(value);
  return result === INVALID ? undefined : result;
}

/** A shape for a value without fields, from a predicate. */
export function valueWhere<T>(guard: (value: unknown) => value is T): Shape<T> {
  return (v) => (guard(v) ? v : INVALID);
}

export const isString = valueWhere((v): v is string => typeof v === 'string');
export const isNonEmptyString = valueWhere((v): v is string => typeof v === 'string' && v.length > 0);
export const isNumber = valueWhere((v): v is number => typeof v === 'number' && Number.isFinite(v));
/** A finite number ≥ 0 (durations, prices). */
export const isNonNegative = valueWhere((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
export const isCount = valueWhere((v): v is number => Number.isInteger(v) && (v as number) >= 0);
/** A fraction in [0, 1]. */
export const isShare = valueWhere((v): v is number => typeof v === 'number' && v >= 0 && v <= 1);
export const isBoolean = valueWhere((v): v is boolean => typeof v === 'boolean');

export function maxLengthString(max: number): Shape<string> {
  return valueWhere((v): v is string => typeof v === 'string' && v.length <= max);
}

export function literal<const T extends readonly (string | number | null)[]>(...values: T): Shape<T[number]> {
  return valueWhere((v): v is T[number] => values.includes(v as T[number]));
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  const check: Shape<T | undefined> = (v, why) => (v === undefined ? undefined : shape(v, why));
  return Object.assign(check, { optional: true as const });
}

/** The first of `shapes` that accepts the value. */
export function anyOf<T>(...shapes: readonly Shape<T>[]): Shape<T> {
  return (v, why) => {
    for (const shape of shapes) {
      const result = shape(v);
      if (result !== INVALID) return result;
    }
    if (why) why.error ??= 'matches none of its forms';
    return INVALID;
  };
}

export function arrayOf<T>(shape: Shape<T>, maxLength = 100_000): Shape<T[]> {
  return (v, why) => {
    if (!Array.isArray(v)) return fail(why, 'not a list');
    if (v.length > maxLength) return fail(why, `more than ${maxLength} items`);
    let out: T[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const inner: Why = {};
      const item = shape(v[i], inner);
      if (item === INVALID) return fail(why, inner.error ? `bad item ${i} (${inner.error})` : `bad item ${i}`);
      // Copy only when an item was cleaned: reading a long list allocates nothing otherwise.
      if (item !== v[i] && !out) out = v.slice(0, i);
      out?.push(item);
    }
    return out ?? (v as T[]);
  };
}

export function recordOf<T>(shape: Shape<T>): Shape<Record<string, T>> {
  return (v, why) => {
    if (!isPlainObject(v)) return fail(why, 'not an object');
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(v)) {
      const item = shape(value);
      if (item === INVALID) return fail(why, `bad ${key}`);
      out[key] = item;
    }
    return out;
  };
}

export type Fields = Record<string, Shape<unknown>>;
type Checked<S> = S extends Shape<infer T> ? T : never;
export type ShapeOf<F extends Fields> = {
  [K in keyof F as undefined extends Checked<F[K]> ? never : K]: Checked<F[K]>;
} & {
  [K in keyof F as undefined extends Checked<F[K]> ? K : never]?: Checked<F[K]>;
};

/**
 * An object whose known fields are all well-formed; the result holds those fields only (the
 * value itself when it had nothing else, so a clean value is not copied).
 */
export function objectOf<F extends Fields>(fields: F): Shape<ShapeOf<F>> {
  // Read once: a year of feedback log is millions of objects.
  const entries = Object.entries(fields);
  return (v, why) => {
    if (!isPlainObject(v)) return fail(why, 'not an object');
    let kept = 0;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [name, shape] of entries) {
      const value = v[name];
      if (value === undefined) {
        if (!shape.optional) return fail(why, `missing ${name}`);
        continue;
      }
      const inner: Why = {};
      const result = shape(value, inner);
      if (result === INVALID) return fail(why, inner.error ? `bad ${name} (${inner.error})` : `bad ${name}`);
      out[name] = result;
      kept++;
      if (result !== value) changed = true;
    }
    if (!changed && kept === Object.keys(v).length) return v as ShapeOf<F>;
    return out as ShapeOf<F>;
  };
}

/**
 * One of several object shapes chosen by a tag field (`type`, `kind`); the tag is kept in the
 * result. An unknown tag is refused: a reader cannot know what such a value means.
 */
export function taggedUnion<T>(tag: string, variants: Record<string, Fields>): Shape<T> {
  const shapes = new Map(Object.entries(variants).map(([name, fields]) => [name, objectOf({ [tag]: isString, ...fields })]));
  return (v, why) => {
    if (!isPlainObject(v)) return fail(why, 'not an object');
    const name = v[tag];
    const shape = typeof name === 'string' ? shapes.get(name) : undefined;
    if (!shape) return fail(why, `unknown ${tag} ${String(name).slice(0, 40)}`);
    const inner: Why = {};
    const result = shape(v, inner);
    return result === INVALID ? fail(why, `${name}: ${inner.error ?? 'malformed'}`) : (result as T);
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(why: Why | undefined, error: string): Invalid {
  if (why && why.error === undefined) why.error = error;
  return INVALID;
}

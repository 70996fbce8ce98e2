// Small composable checks for data that crossed a trust boundary (webview messages, stored
// conversations). Each returns a type guard; unknown fields are allowed and ignored by readers.

export type Shape<T> = (value: unknown) => value is T;

export const isString: Shape<string> = (v): v is string => typeof v === 'string';
export const isNumber: Shape<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const isCount: Shape<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isBoolean: Shape<boolean> = (v): v is boolean => typeof v === 'boolean';

export function literal<const T extends readonly (string | number | null)[]>(...values: T): Shape<T[number]> {
  return (v): v is T[number] => values.includes(v as T[number]);
}

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (v): v is T | undefined => v === undefined || shape(v);
}

export function arrayOf<T>(shape: Shape<T>, maxLength = 100_000): Shape<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.length <= maxLength && v.every((x) => shape(x));
}

export function recordOf<T>(shape: Shape<T>): Shape<Record<string, T>> {
  return (v): v is Record<string, T> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => shape(x));
}

type Fields = Record<string, Shape<unknown>>;
type ShapeOf<F extends Fields> = {
  [K in keyof F as undefined extends (F[K] extends Shape<infer T> ? T : never) ? never : K]: F[K] extends Shape<infer T> ? T : never;
} & {
  [K in keyof F as undefined extends (F[K] extends Shape<infer T> ? T : never) ? K : never]?: F[K] extends Shape<infer T> ? T : never;
};

export function objectOf<F extends Fields>(fields: F): Shape<ShapeOf<F>> {
  return (v): v is ShapeOf<F> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    return Object.entries(fields).every(([name, shape]) => shape(record[name]));
  };
}

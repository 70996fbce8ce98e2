// The lifecycle primitives every long-lived object uses (after VS Code's own IDisposable).
export interface Disposable {
  dispose(): void;
}

/** Owns a set of disposables and disposes them together, newest first. */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  add<T extends Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  addAll(...items: Disposable[]): void {
    for (const item of items) this.add(item);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const item of this.items.splice(0).reverse()) item.dispose();
  }
}

/** Holds one swappable disposable, e.g. a provider rebuilt on a configuration change. */
export class MutableDisposable<T extends Disposable> implements Disposable {
  private current: T | undefined;

  get value(): T | undefined {
    return this.current;
  }

  set value(next: T | undefined) {
    if (this.current === next) return;
    this.current?.dispose();
    this.current = next;
  }

  dispose(): void {
    this.value = undefined;
  }
}

export function toDisposable(fn: () => void): Disposable {
  return { dispose: fn };
}

/**
 * The second cleanup scope, beside the extension's own: what is built from the settings and
 * lives until they change (rust-analyzer keeps one for what lives until its server restarts).
 * `rebuild` builds anew, then disposes everything the previous build registered, exactly once;
 * a build that throws leaves the previous one in place. After `dispose`, a late settings event
 * rebuilds nothing.
 */
export class SettingsScope<T> implements Disposable {
  private readonly store = new MutableDisposable<DisposableStore>();
  private current: T;
  private disposed = false;

  constructor(private readonly build: (scope: DisposableStore, previous: T | undefined) => T) {
    const scope = new DisposableStore();
    this.current = build(scope, undefined);
    this.store.value = scope;
  }

  get value(): T {
    return this.current;
  }

  rebuild(): T {
    if (this.disposed) return this.current;
    const scope = new DisposableStore();
    try {
      this.current = this.build(scope, this.current);
    } catch (error) {
      scope.dispose();
      throw error;
    }
    this.store.value = scope;
    return this.current;
  }

  dispose(): void {
    this.disposed = true;
    this.store.dispose();
  }
}

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

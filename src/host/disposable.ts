/**
 * The one base for objects that hold subscriptions, watchers or panels (the pattern of
 * microsoft/vscode-hexeditor's `Disposable`): each thing such an object takes on goes
 * through `_register`, and one `dispose()` lets go of all of it. Only the
 * `{ dispose(): void }` shape is needed, so plain objects and timers fit as well as
 * VS Code's own disposables.
 */

/** Anything that can be let go of. */
export interface DisposableLike {
  dispose(): void;
}

/** Holds what a subclass registers and disposes it, once, with the object. */
export abstract class Disposable implements DisposableLike {
  private _isDisposed = false;
  private readonly _disposables: DisposableLike[] = [];

  /** Whether `dispose()` has run. */
  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  /**
   * Disposes everything registered, in the order it was registered (the order the
   * hand-rolled arrays this replaced used), and makes later calls do nothing.
   */
  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    const held = this._disposables.splice(0);
    for (const d of held) d.dispose();
  }

  /**
   * Keeps `value` to dispose with this object and returns it. Registered after
   * `dispose()`, it is disposed at once: nothing may outlive its owner.
   */
  protected _register<T extends DisposableLike>(value: T): T {
    if (this._isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }
}

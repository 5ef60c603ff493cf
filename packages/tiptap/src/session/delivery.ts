/** Whether a value is a promise (an asynchronous linter or analyser, such as a Web Worker, answered). */
export const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T> | null)?.then === 'function';

/**
 * Hands results over as they arrive and drops those that went stale on the way, as
 * `@codemirror/lint` drops answers made for an older document: each answer carries the generation
 * it was asked in, and `invalidate()` (rules or context changed) starts a new one. The block
 * checker and the note analysis each keep one.
 */
export class Delivery {
  private generation = 0;
  private readonly onError: (error: unknown) => void;

  /** @param onError Told when an asynchronous answer fails. */
  constructor(onError: (error: unknown) => void) {
    this.onError = onError;
  }

  /** Drops every answer still on its way. */
  invalidate(): void {
    this.generation += 1;
  }

  /** A check of whether anything was invalidated since this call. */
  stamp(): () => boolean {
    const generation = this.generation;
    return () => generation === this.generation;
  }

  /** Calls `land` with the results now, or once the promise settles if they are still current then. */
  deliver<T>(results: T | Promise<T>, land: (results: T) => void): void {
    if (!isPromise(results)) {
      land(results);
      return;
    }
    const current = this.stamp();
    results.then(
      (value) => {
        if (current()) land(value);
      },
      (error: unknown) => this.onError(error),
    );
  }
}

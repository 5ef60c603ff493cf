/** A stream that may be a terminal. */
type MaybeTerminal = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface Progress {
  /** One more note done. */
  tick(): void;
  /** Clears the bar (if any) and returns the elapsed seconds. */
  finish(): number;
}

const redrawEveryMs = 100;

/**
 * A progress bar on standard error, drawn only when it is a terminal: piped or redirected output
 * stays clean. Redraws at most ten times a second.
 */
export function createProgress(stderr: NodeJS.WritableStream, total: number): Progress {
  const terminal = stderr as MaybeTerminal;
  const drawing = terminal.isTTY === true && total > 0;
  const started = performance.now();
  let done = 0;
  let lastDraw = 0;

  const draw = () => {
    const width = Math.max(10, Math.min(40, (terminal.columns ?? 80) - 50));
    const filled = Math.round((done / total) * width);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stderr.write(
      `\r${bar} ${String(Math.floor((done / total) * 100)).padStart(3)}% ${done}/${total} notes · ${rate} notes/s\u001b[K`,
    );
  };

  return {
    tick() {
      done += 1;
      if (!drawing) return;
      const now = performance.now();
      if (now - lastDraw >= redrawEveryMs || done === total) {
        lastDraw = now;
        draw();
      }
    },
    finish() {
      if (drawing && lastDraw > 0) stderr.write('\r\u001b[K');
      return (performance.now() - started) / 1000;
    },
  };
}

/** "Audited 120 notes (36,000 words) in 1.2 s: 100 notes/s, 30,000 words/s." */
export function describeThroughput(notes: number, words: number, seconds: number): string {
  const number = new Intl.NumberFormat('en-GB');
  const safe = Math.max(seconds, 0.001);
  return `Audited ${number.format(notes)} notes (${number.format(words)} words) in ${seconds.toFixed(1)} s: ${number.format(Math.round(notes / safe))} notes/s, ${number.format(Math.round(words / safe))} words/s.`;
}

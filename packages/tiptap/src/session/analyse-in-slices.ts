import type { analyseNoteInSteps } from '@casenote/lint';
import type { NoteAnalysis as Analysis, NoteContext } from '../types.ts';

type AnalyseOptions = Parameters<typeof analyseNoteInSteps>[2];

/** One analysis under way in slices; `cancel()` drops it (the note changed, the editor went away). */
export interface SlicedAnalysis {
  /** The analysis, now when it took less than one slice, else once the last slice is done. */
  result: Analysis | Promise<Analysis>;
  cancel(): void;
}

/**
 * The built-in whole-note analysis, on the page's thread without holding it up: it works for at
 * most `budget` ms at a time (a sentence is the smallest step) and lets the page handle input and
 * draw between slices. A short note is analysed at once, with no promise. A cancelled run stops at
 * its next slice and never answers. `analyseInSteps` is the engine's `analyseNoteInSteps`, passed in as the engine loads on first use.
 */
export function analyseInSlices(
  analyseInSteps: typeof analyseNoteInSteps,
  text: string,
  context: NoteContext,
  options: AnalyseOptions,
  budget: number,
): SlicedAnalysis {
  const steps = analyseInSteps(text, context, options);
  const slice = (): IteratorResult<void, Analysis> => {
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done || performance.now() - start >= budget) return step;
    }
  };
  const first = slice();
  if (first.done) return { result: first.value, cancel: () => undefined };
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<Analysis>((resolve, reject) => {
    const next = () => {
      timer = undefined;
      if (cancelled) return;
      try {
        const step = slice();
        if (step.done) resolve(step.value);
        else timer = setTimeout(next, 0);
      } catch (error) {
        reject(error);
      }
    };
    timer = setTimeout(next, 0);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

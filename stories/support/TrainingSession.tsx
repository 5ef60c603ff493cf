import { type ReactNode, useId, useState } from 'react';

/** One edit of a change: replace the first `find` in paragraph `paragraph` (or anywhere) with `replace`. */
export interface TrainingEdit {
  find: string;
  replace: string;
  /** Index of the paragraph to edit; without it, the first paragraph that contains `find`. */
  paragraph?: number;
}

/** One change a trainer shows, with the worked answer for it. */
export interface TrainingChange {
  /** What changes, in a few words ("“Jade at her” becomes “you at your”"). */
  title: string;
  edits: readonly TrainingEdit[];
  /** Why, in our own words. */
  why: string;
  /** The published guidance behind it. */
  source: { title: string; url: string };
  /** Questions for the group. */
  prompts: readonly string[];
}

/** A paragraph appended by a change (for an edit with `find: ''`, `replace` is the new paragraph). */
const appendParagraph = '';

/**
 * The note after the first `step` changes: the "before" paragraphs with each change's edits applied
 * in order. Step 0 is the "before" note itself. Throws when an edit's words are not in the note, so
 * a stale script fails its test rather than showing a change that did not happen.
 */
export function noteAtStep(before: readonly string[], changes: readonly TrainingChange[], step: number): string[] {
  const paragraphs = [...before];
  for (const change of changes.slice(0, step)) {
    for (const edit of change.edits) {
      if (edit.find === appendParagraph) {
        paragraphs.push(edit.replace);
        continue;
      }
      const index = edit.paragraph ?? paragraphs.findIndex((paragraph) => paragraph.includes(edit.find));
      const paragraph = paragraphs[index];
      if (paragraph === undefined || !paragraph.includes(edit.find))
        throw new Error(`Training script: "${edit.find}" is not in the note at "${change.title}"`);
      paragraphs[index] = paragraph.replace(edit.find, edit.replace);
    }
  }
  return paragraphs;
}

export interface TrainingSessionProps {
  /** The note as it stands before any change, one string per paragraph. */
  before: readonly string[];
  changes: readonly TrainingChange[];
  /** Questions to open the session with, before any change is shown. */
  openingPrompts: readonly string[];
  /**
   * Renders the note for a step. Give the editor `key={step}`: each step shows a fresh editor on
   * that step's note, so the meter and the findings panel are worked out for it.
   */
  renderNote: (paragraphs: string[], step: number) => ReactNode;
  /** The level of the "Training steps" heading, to fit the page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

const buttonStyle = {
  font: 'inherit',
  padding: '0.4rem 0.9rem',
  borderRadius: '4px',
  border: '2px solid #1d1d1b',
  background: '#fff',
  cursor: 'pointer',
} as const;

/**
 * Training mode: the note opens in its "before" state and stays there until the trainer asks.
 * "Show next change" applies the next change of the script and shows its worked answer (why, the
 * guidance it comes from, questions for the group); "Back" and "Reset to before" go back. Nothing
 * changes on its own. The step is announced to screen readers.
 */
export function TrainingSession({
  before,
  changes,
  openingPrompts,
  renderNote,
  headingLevel = 3,
}: TrainingSessionProps) {
  const Heading = `h${headingLevel}` as const;
  const [step, setStep] = useState(0);
  const headingId = useId();
  const change = step > 0 ? changes[step - 1] : undefined;
  const status =
    step === 0
      ? `Before: no changes shown yet (${changes.length} to go through).`
      : `Change ${step} of ${changes.length}: ${change?.title ?? ''}`;

  return (
    <>
      <section
        aria-labelledby={headingId}
        className="casenote-training"
        style={{ border: '1px solid #b1b4b6', borderRadius: '6px', padding: '0.75rem 1rem', marginBottom: '1rem' }}
      >
        <Heading id={headingId} style={{ fontSize: '1.05rem', margin: '0 0 0.5rem' }}>
          Training steps
        </Heading>
        <p role="status" aria-live="polite" style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>
          {status}
        </p>
        <div
          role="group"
          aria-label="Step through the changes"
          style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}
        >
          <button type="button" style={buttonStyle} disabled={step === 0} onClick={() => setStep(step - 1)}>
            Back
          </button>
          <button
            type="button"
            style={buttonStyle}
            disabled={step === changes.length}
            onClick={() => setStep(step + 1)}
          >
            Show next change
          </button>
          <button type="button" style={buttonStyle} disabled={step === 0} onClick={() => setStep(0)}>
            Reset to before
          </button>
        </div>
        {change ? (
          <div className="casenote-training__answer" style={{ marginTop: '0.75rem' }}>
            <p style={{ margin: '0 0 0.4rem' }}>
              <strong>Why: </strong>
              {change.why}
            </p>
            <p style={{ margin: '0 0 0.4rem' }}>
              <strong>Guidance: </strong>
              <a href={change.source.url} target="_blank" rel="noreferrer noopener">
                {change.source.title}
              </a>
            </p>
            <p style={{ margin: '0.5rem 0 0.2rem', fontWeight: 600 }}>To discuss</p>
            <ul style={{ margin: 0 }}>
              {change.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="casenote-training__answer" style={{ marginTop: '0.75rem' }}>
            <p style={{ margin: '0.5rem 0 0.2rem', fontWeight: 600 }}>To discuss before any change</p>
            <ul style={{ margin: 0 }}>
              {openingPrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {renderNote(noteAtStep(before, changes, step), step)}
    </>
  );
}

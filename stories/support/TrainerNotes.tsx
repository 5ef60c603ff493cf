import type { TrainingChange } from './TrainingSession.tsx';

/**
 * The worked answers of a training script, for the Trainer's notes pages: each change with why, the
 * guidance and the questions for the group. Rendered from the same script the story steps through,
 * so the notes and the story never disagree.
 */
export function TrainerNotes({ changes }: { changes: readonly TrainingChange[] }) {
  return (
    <ol>
      {changes.map((change) => (
        <li key={change.title} style={{ marginBottom: '1rem' }}>
          <strong>{change.title}</strong>
          <p style={{ margin: '0.25rem 0' }}>
            <em>Why:</em> {change.why}
          </p>
          <p style={{ margin: '0.25rem 0' }}>
            <em>Guidance:</em> <a href={change.source.url}>{change.source.title}</a>
          </p>
          <p style={{ margin: '0.25rem 0' }}>
            <em>To discuss:</em>
          </p>
          <ul>
            {change.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

import { exampleThresholdGuide, type ThresholdGuide } from '@casenote/guides';
import type { Editor } from '@tiptap/core';
import { useId } from 'react';
import { useCaseNoteLabels } from './labels-context.tsx';
import { PhraseButtons, ThresholdLevelSection } from './threshold-parts.tsx';
import { useThresholdPanel } from './use-threshold-panel.ts';
import { hostOf } from './utils/hostOf.ts';

export interface ThresholdPanelProps {
  /** The host's threshold document as data. @default exampleThresholdGuide (an example, marked as such) */
  guide?: ThresholdGuide;
  /** The editor whose note is read for related indicators; without one the panel only shows the guide. @default null */
  editor?: Editor | null;
  /** The panel's heading. @default labels.threshold.heading ('Threshold guide') */
  heading?: string;
  /** The heading's level in the page outline; level and section headings go one below it. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Milliseconds after the last change before related indicators are looked for again. @default 300 */
  delay?: number;
  /** Extra class on the root (`casenote-threshold`). @default undefined */
  className?: string;
}

/**
 * A host's threshold guide at hand beside the note: each level as a disclosure with its description
 * and indicators, a search box, and the indicators related to words in the note ("You wrote ‘missing
 * from home’"), each of which selects those words in the editor. It never chooses or suggests a
 * level, and says that the decision is the worker's and their manager's. The behaviour is
 * `useThresholdPanel`'s; this component only displays it.
 *
 * @example <ThresholdPanel editor={editor} guide={teamGuide} />
 */
export function ThresholdPanel({
  guide = exampleThresholdGuide,
  editor = null,
  heading,
  headingLevel = 2,
  delay = 300,
  className,
}: ThresholdPanelProps) {
  const id = useId();
  const panel = useThresholdPanel(guide, editor, delay);
  const { threshold: words } = useCaseNoteLabels();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';
  const source = guide.source;

  return (
    <section className={['casenote-threshold', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="casenote-threshold__heading">
        {heading ?? words.heading}
      </Heading>
      <p className="casenote-threshold__title">{guide.title}</p>
      {(guide.example || source) && (
        <p className="casenote-threshold__example">
          {guide.example && (
            <>
              <strong>{words.exampleGuide}</strong> {words.exampleGuideNote}{' '}
            </>
          )}
          {source && (
            <>
              {words.source}{' '}
              <a className="casenote-threshold__source" href={source} target="_blank" rel="noopener noreferrer">
                {hostOf(source)}
                <span className="casenote-visually-hidden"> {words.opensInNewTab}</span>
              </a>
            </>
          )}
        </p>
      )}
      <p className="casenote-threshold__decision">{words.decision}</p>

      {editor && (
        <section className="casenote-threshold__related" aria-labelledby={`${id}-related`}>
          <SubHeading id={`${id}-related`} className="casenote-threshold__subheading">
            {words.relatedHeading}
          </SubHeading>
          <p className="casenote-threshold__note">{words.relatedNote}</p>
          <p className="casenote-threshold__count" role="status">
            {panel.noteRead
              ? panel.related.length === 0
                ? words.relatedNone
                : words.relatedCount(panel.related.length)
              : ''}
          </p>
          {panel.related.length > 0 && (
            <ul className="casenote-threshold__related-list">
              {panel.related.map(({ level, indicator }) => (
                <li key={indicator.id} className="casenote-threshold__related-item" data-indicator-id={indicator.id}>
                  <span className="casenote-threshold__indicator-text">{indicator.text}</span>
                  <span className="casenote-threshold__level-name">{words.underLevel(level.name)}</span>
                  <span className="casenote-threshold__phrases">
                    <PhraseButtons panel={panel} indicatorId={indicator.id} disabled={false} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <div role="search" className="casenote-threshold__search">
        <label htmlFor={`${id}-search`}>{words.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="casenote-threshold__search-input"
          value={panel.searchText}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => panel.setSearchText(event.target.value)}
        />
      </div>
      <p className="casenote-threshold__search-status" role="status">
        {panel.searching
          ? panel.matchedLevels === 0
            ? words.searchNone(panel.query)
            : words.searchResults(panel.matchedIndicators, panel.matchedLevels, panel.query)
          : ''}
      </p>

      <div className="casenote-threshold__levels">
        {panel.shownLevels.map((level) => (
          <ThresholdLevelSection
            key={level.id}
            panel={panel}
            level={level}
            panelId={`${id}-level-${level.id}`}
            SubHeading={SubHeading}
            canSelect={editor !== null}
          />
        ))}
      </div>
    </section>
  );
}

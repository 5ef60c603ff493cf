import {
  exampleThresholdGuide,
  findRelatedIndicators,
  type IndicatorMatch,
  type RelatedIndicator,
  searchThresholdGuide,
  type ThresholdGuide,
  type ThresholdIndicator,
  type ThresholdLevel,
} from '@casenote/guides';
import { buildNoteText, positionAtNoteOffset } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useId, useMemo, useState } from 'react';
import { recordLabels } from './record-labels.ts';
import { useNoteText } from './use-note-text.ts';

export interface ThresholdPanelProps {
  /** The host's threshold document as data. @default exampleThresholdGuide (an example, marked as such) */
  guide?: ThresholdGuide;
  /** The editor whose note is read for related indicators; without one the panel only shows the guide. @default null */
  editor?: Editor | null;
  /** The panel's heading. @default 'Threshold guide' */
  heading?: string;
  /** The heading's level in the page outline; level and section headings go one below it. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Milliseconds after the last change before related indicators are looked for again. @default 300 */
  delay?: number;
  /** Extra class on the root (`casenote-threshold`). @default undefined */
  className?: string;
}

/** The words a note used for one indicator, once per different spelling, with where each occurs. */
interface Phrase {
  actual: string;
  matches: IndicatorMatch[];
}

function phrasesOf(related: RelatedIndicator | undefined): Phrase[] {
  const byWords = new Map<string, Phrase>();
  for (const match of related?.matches ?? []) {
    const key = match.actual.toLowerCase().replace(/\s+/g, ' ');
    const phrase = byWords.get(key);
    if (phrase) phrase.matches.push(match);
    else byWords.set(key, { actual: match.actual, matches: [match] });
  }
  return [...byWords.values()];
}

/**
 * A host's threshold guide at hand beside the note: each level as a disclosure with its description
 * and indicators, a search box, and the indicators related to words in the note ("You wrote ‘missing
 * from home’"), each of which selects those words in the editor. It never chooses or suggests a
 * level, and says that the decision is the worker's and their manager's.
 *
 * @example <ThresholdPanel editor={editor} guide={teamGuide} />
 */
export function ThresholdPanel({
  guide = exampleThresholdGuide,
  editor = null,
  heading = recordLabels.thresholdHeading,
  headingLevel = 2,
  delay = 300,
  className,
}: ThresholdPanelProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  // Levels start closed; while searching, those with matches start open. A click flips the default.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const note = useNoteText(editor, delay);
  const related = useMemo(() => (note ? findRelatedIndicators(guide, note.text) : []), [guide, note]);
  const relatedById = useMemo(() => new Map(related.map((entry) => [entry.indicatorId, entry])), [related]);
  const searching = query.trim().length > 0;
  const results = useMemo(() => searchThresholdGuide(guide, query), [guide, query]);
  const resultsByLevel = new Map(results.map((result) => [result.levelId, result]));
  const indicatorsById = useMemo(
    () =>
      new Map(
        guide.levels.flatMap((level) =>
          level.indicators.map((indicator) => [indicator.id, { level, indicator }] as const),
        ),
      ),
    [guide],
  );
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';
  const source = guide.source;

  const selectWords = (indicatorId: string, actual: string) => {
    if (!editor || editor.isDestroyed) return;
    // Found again in the note as it is now, so words typed since the last refresh cannot shift the selection.
    const current = buildNoteText(editor.state.doc);
    const phrase = phrasesOf(
      findRelatedIndicators(guide, current.text).find((entry) => entry.indicatorId === indicatorId),
    ).find(
      (candidate) => candidate.actual.toLowerCase().replace(/\s+/g, ' ') === actual.toLowerCase().replace(/\s+/g, ' '),
    );
    if (!phrase) return;
    const ranges = phrase.matches
      .map((match) => ({
        from: positionAtNoteOffset(current, match.from),
        to: positionAtNoteOffset(current, match.to),
      }))
      .filter((range): range is { from: number; to: number } => range.from !== null && range.to !== null);
    // A second click moves on to the next place the words occur.
    const after = editor.state.selection.from;
    const next = ranges.find((range) => range.from > after) ?? ranges[0];
    if (next) editor.chain().focus().setTextSelection(next).scrollIntoView().run();
  };

  const phraseButtons = (indicatorId: string) =>
    phrasesOf(relatedById.get(indicatorId)).map((phrase) => (
      <button
        key={phrase.actual}
        type="button"
        className="casenote-threshold__phrase"
        data-indicator-id={indicatorId}
        disabled={!editor}
        onClick={() => selectWords(indicatorId, phrase.actual)}
      >
        <RelatedIcon />
        {recordLabels.youWrote(phrase.actual)}
        {phrase.matches.length > 1 && (
          <span className="casenote-threshold__places"> ({recordLabels.places(phrase.matches.length)})</span>
        )}
      </button>
    ));

  const visibleIndicators = (level: ThresholdLevel): ThresholdIndicator[] => {
    if (!searching) return level.indicators;
    const result = resultsByLevel.get(level.id);
    if (!result) return [];
    if (result.levelMatches) return level.indicators;
    return level.indicators.filter((indicator) => result.indicatorIds.includes(indicator.id));
  };
  const shownLevels = guide.levels.filter((level) => !searching || resultsByLevel.has(level.id));
  const matchedIndicators = results.reduce((total, result) => total + result.indicatorIds.length, 0);

  return (
    <section className={['casenote-threshold', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="casenote-threshold__heading">
        {heading}
      </Heading>
      <p className="casenote-threshold__title">{guide.title}</p>
      {(guide.example || source) && (
        <p className="casenote-threshold__example">
          {guide.example && (
            <>
              <strong>{recordLabels.exampleGuide}</strong> {recordLabels.exampleGuideNote}{' '}
            </>
          )}
          {source && (
            <>
              {recordLabels.source}{' '}
              <a className="casenote-threshold__source" href={source} target="_blank" rel="noopener noreferrer">
                {hostOf(source)}
                <span className="casenote-visually-hidden"> {recordLabels.opensInNewTab}</span>
              </a>
            </>
          )}
        </p>
      )}
      <p className="casenote-threshold__decision">{recordLabels.decision}</p>

      {editor && (
        <section className="casenote-threshold__related" aria-labelledby={`${id}-related`}>
          <SubHeading id={`${id}-related`} className="casenote-threshold__subheading">
            {recordLabels.relatedHeading}
          </SubHeading>
          <p className="casenote-threshold__note">{recordLabels.relatedNote}</p>
          <p className="casenote-threshold__count" role="status">
            {note ? (related.length === 0 ? recordLabels.relatedNone : recordLabels.relatedCount(related.length)) : ''}
          </p>
          {related.length > 0 && (
            <ul className="casenote-threshold__related-list">
              {related.map((entry) => {
                const found = indicatorsById.get(entry.indicatorId);
                if (!found) return null;
                return (
                  <li
                    key={entry.indicatorId}
                    className="casenote-threshold__related-item"
                    data-indicator-id={entry.indicatorId}
                  >
                    <span className="casenote-threshold__indicator-text">{found.indicator.text}</span>
                    <span className="casenote-threshold__level-name">{recordLabels.underLevel(found.level.name)}</span>
                    <span className="casenote-threshold__phrases">{phraseButtons(entry.indicatorId)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      <div role="search" className="casenote-threshold__search">
        <label htmlFor={`${id}-search`}>{recordLabels.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="casenote-threshold__search-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setQuery(event.target.value);
            setFlipped(new Set());
          }}
        />
      </div>
      <p className="casenote-threshold__search-status" role="status">
        {searching
          ? results.length === 0
            ? recordLabels.searchNone(query.trim())
            : recordLabels.searchResults(matchedIndicators, results.length, query.trim())
          : ''}
      </p>

      <div className="casenote-threshold__levels">
        {shownLevels.map((level) => {
          const open = searching !== flipped.has(level.id);
          const panelId = `${id}-level-${level.id}`;
          return (
            <section
              key={level.id}
              className="casenote-threshold__level"
              data-level-id={level.id}
              aria-labelledby={`${panelId}-button`}
            >
              <SubHeading className="casenote-threshold__level-heading">
                <button
                  id={`${panelId}-button`}
                  type="button"
                  className="casenote-threshold__toggle"
                  aria-expanded={open}
                  aria-controls={panelId}
                  onClick={() =>
                    setFlipped((previous) => {
                      const next = new Set(previous);
                      if (!next.delete(level.id)) next.add(level.id);
                      return next;
                    })
                  }
                >
                  <ChevronIcon />
                  {level.name}
                </button>
              </SubHeading>
              <div id={panelId} className="casenote-threshold__level-body" hidden={!open}>
                <p className="casenote-threshold__description">{level.description}</p>
                <ul className="casenote-threshold__indicators">
                  {visibleIndicators(level).map((indicator) => {
                    const isRelated = relatedById.has(indicator.id);
                    return (
                      <li
                        key={indicator.id}
                        className={[
                          'casenote-threshold__indicator',
                          isRelated && 'casenote-threshold__indicator--related',
                        ]
                          .filter(Boolean)
                          .join(' ')}
                        data-indicator-id={indicator.id}
                        data-related={isRelated ? 'true' : undefined}
                      >
                        <span className="casenote-threshold__indicator-text">{indicator.text}</span>
                        {isRelated && (
                          <span className="casenote-threshold__phrases">
                            <span className="casenote-threshold__related-label">{recordLabels.relatedMark}</span>{' '}
                            {phraseButtons(indicator.id)}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A small pen mark beside "You wrote …": the highlight is never colour alone. Decorative. */
function RelatedIcon() {
  return (
    <svg
      className="casenote-threshold__related-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 14l1-4 7.5-7.5a2.1 2.1 0 0 1 3 3L6 13z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The disclosure arrow; CSS turns it when the level is open. Decorative. */
function ChevronIcon() {
  return (
    <svg
      className="casenote-threshold__chevron"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 3l5 5-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

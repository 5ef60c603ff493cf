import {
  findRelatedIndicators,
  type IndicatorMatch,
  type RelatedIndicator,
  searchThresholdGuide,
  type ThresholdGuide,
  type ThresholdIndicator,
  type ThresholdLevel,
} from '@casenote/guides';
import { buildNoteText, chainFocusedNow, positionAtNoteOffset } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useMemo, useState } from 'react';
import { useNoteText } from './use-note-text.ts';

/** The words a note used for one indicator, once per different spelling, with where each occurs. */
export interface ThresholdPhrase {
  actual: string;
  matches: IndicatorMatch[];
}

/** An indicator related to the note, with the level it is listed under. */
export interface RelatedEntry {
  level: ThresholdLevel;
  indicator: ThresholdIndicator;
}

/** What `useThresholdPanel` returns: the guide as the panel shows it, and what its controls do. */
export interface ThresholdPanelState {
  /** `false` until the note has been read once (and always without an editor). */
  noteRead: boolean;
  /** Indicators whose words occur in the note, in the guide's order. */
  related: RelatedEntry[];
  isRelated: (indicatorId: string) => boolean;
  /** The different spellings the note used for an indicator's keywords. */
  phrasesFor: (indicatorId: string) => ThresholdPhrase[];
  /** Select the next place in the note where these words occur (from the note as it is now). */
  selectWords: (indicatorId: string, actual: string) => void;
  /** The search box's text as typed; `query` is it trimmed; `searching` whether a search is on. */
  searchText: string;
  query: string;
  searching: boolean;
  setSearchText: (text: string) => void;
  /** Levels with something matching the search (every level when not searching). */
  shownLevels: ThresholdLevel[];
  /** A level's indicators that match the search (all of them when not searching or the level matched). */
  visibleIndicators: (level: ThresholdLevel) => ThresholdIndicator[];
  /** How many indicators and levels the search matched. */
  matchedIndicators: number;
  matchedLevels: number;
  isOpen: (levelId: string) => boolean;
  toggleLevel: (levelId: string) => void;
}

const phraseKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

function phrasesOf(related: RelatedIndicator | undefined): ThresholdPhrase[] {
  const byWords = new Map<string, ThresholdPhrase>();
  for (const match of related?.matches ?? []) {
    const key = phraseKey(match.actual);
    const phrase = byWords.get(key);
    if (phrase) phrase.matches.push(match);
    else byWords.set(key, { actual: match.actual, matches: [match] });
  }
  return [...byWords.values()];
}

/**
 * The threshold panel's behaviour, without its display: the indicators related to the note (read
 * `delay` ms after the last change), the search, which levels are open, and selecting the words an
 * indicator relates to. It never chooses or ranks a level.
 *
 * @param guide The host's threshold guide.
 * @param editor The editor whose note is read, or `null` to show the guide alone.
 * @param delay Milliseconds after the last change before related indicators are looked for again.
 * @example const panel = useThresholdPanel(teamGuide, editor, 300);
 */
export function useThresholdPanel(guide: ThresholdGuide, editor: Editor | null, delay: number): ThresholdPanelState {
  const [rawQuery, setRawQuery] = useState('');
  // Levels start closed; while searching, those with matches start open. A click flips the default.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const note = useNoteText(editor, delay);
  const relatedIndicators = useMemo(() => (note ? findRelatedIndicators(guide, note.text) : []), [guide, note]);
  const relatedById = useMemo(
    () => new Map(relatedIndicators.map((entry) => [entry.indicatorId, entry])),
    [relatedIndicators],
  );
  const query = rawQuery.trim();
  const searching = query.length > 0;
  const results = useMemo(() => searchThresholdGuide(guide, rawQuery), [guide, rawQuery]);
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
  const related = relatedIndicators.flatMap((entry) => indicatorsById.get(entry.indicatorId) ?? []);

  const selectWords = (indicatorId: string, actual: string) => {
    if (!editor || editor.isDestroyed) return;
    // Found again in the note as it is now, so words typed since the last refresh cannot shift the selection.
    const current = buildNoteText(editor.state.doc);
    const phrase = phrasesOf(
      findRelatedIndicators(guide, current.text).find((entry) => entry.indicatorId === indicatorId),
    ).find((candidate) => phraseKey(candidate.actual) === phraseKey(actual));
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
    if (next) chainFocusedNow(editor).setTextSelection(next).scrollIntoView().run();
  };

  return {
    noteRead: note !== null,
    related,
    isRelated: (indicatorId) => relatedById.has(indicatorId),
    phrasesFor: (indicatorId) => phrasesOf(relatedById.get(indicatorId)),
    selectWords,
    searchText: rawQuery,
    query,
    searching,
    setSearchText: (next) => {
      setRawQuery(next);
      setFlipped(new Set());
    },
    shownLevels: guide.levels.filter((level) => !searching || resultsByLevel.has(level.id)),
    visibleIndicators: (level) => {
      if (!searching) return level.indicators;
      const result = resultsByLevel.get(level.id);
      if (!result) return [];
      if (result.levelMatches) return level.indicators;
      return level.indicators.filter((indicator) => result.indicatorIds.includes(indicator.id));
    },
    matchedIndicators: results.reduce((total, result) => total + result.indicatorIds.length, 0),
    matchedLevels: results.length,
    isOpen: (levelId) => searching !== flipped.has(levelId),
    toggleLevel: (levelId) =>
      setFlipped((previous) => {
        const next = new Set(previous);
        if (!next.delete(levelId)) next.add(levelId);
        return next;
      }),
  };
}

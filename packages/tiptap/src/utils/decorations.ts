import type { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { caseNoteLintPluginKey, DIAGNOSTIC_CLASS, SEVERITY_LABELS } from '../constants.ts';
import { copyFinding } from './copyFinding.ts';
import type { DiagnosticCounts, EditorDiagnostic, EditorSentence } from '../types.ts';

// Findings as decorations: how one is drawn, how it is read back, and the lists read from a set.

type FindingSpec = { diagnostic?: unknown; origin?: string };

/**
 * The inline decoration that shows a finding: the theming contract's classes and data attributes,
 * `aria-invalid="grammar"` (the ARIA value for proofing marks in editable text, which screen
 * readers announce as they read) and an `aria-description` with the severity and message. No
 * `title`: a native tooltip would fight the explanation card. The finding rides in the spec, with
 * where it came from: the per-paragraph lint (`block`) or the whole-note analysis (`analysis`).
 */
export function toDecoration(diagnostic: EditorDiagnostic, origin: 'block' | 'analysis' = 'block'): Decoration {
  return Decoration.inline(
    diagnostic.from,
    diagnostic.to,
    {
      // An explicit nodeName gives each finding its own element where findings overlap, instead of
      // one merged span whose data attributes would name only one of them.
      nodeName: 'span',
      class: `${DIAGNOSTIC_CLASS} ${DIAGNOSTIC_CLASS}--${diagnostic.severity}`,
      'data-rule-id': diagnostic.ruleId,
      'data-category': diagnostic.category,
      'data-severity': diagnostic.severity,
      'data-diagnostic-id': diagnostic.id,
      'aria-invalid': 'grammar',
      'aria-description': `${SEVERITY_LABELS[diagnostic.severity]}: ${diagnostic.message}`,
    },
    { diagnostic, origin, inclusiveStart: false, inclusiveEnd: false },
  );
}

/** A decoration's finding with the decoration's current (mapped) range. */
export function toEditorDiagnostic(decoration: Decoration): EditorDiagnostic {
  const diagnostic = (decoration.spec as { diagnostic: EditorDiagnostic }).diagnostic;
  return copyFinding(diagnostic, { from: decoration.from, to: decoration.to });
}

/** What makes two findings "the same one" across re-checks: rule and range (a re-found finding keeps its id). */
export function findingIdentity(diagnostic: Pick<EditorDiagnostic, 'ruleId' | 'from' | 'to'>): string {
  return `${diagnostic.ruleId}\u0000${diagnostic.from}\u0000${diagnostic.to}`;
}

/** Predicate for `DecorationSet.find`: the decoration carries a finding. */
export function isDiagnosticDecoration(spec: FindingSpec): boolean {
  return spec.diagnostic !== undefined;
}

/** Predicate for `DecorationSet.find`: the decoration carries a finding of the per-paragraph lint. */
export function isBlockDecoration(spec: FindingSpec): boolean {
  return spec.diagnostic !== undefined && spec.origin !== 'analysis';
}

/** Predicate for `DecorationSet.find`: the decoration carries a finding of the whole-note analysis. */
export function isAnalysisDecoration(spec: FindingSpec): boolean {
  return spec.diagnostic !== undefined && spec.origin === 'analysis';
}

/** The findings' decorations in an editor state (empty without the extension). */
export function getDecorations(state: EditorState): DecorationSet {
  return caseNoteLintPluginKey.getState(state)?.decorations ?? DecorationSet.empty;
}

const listedDiagnostics = new WeakMap<DecorationSet, EditorDiagnostic[]>();

/** All findings in a decoration set, in document order; computed once per set. */
export function listDiagnostics(set: DecorationSet): EditorDiagnostic[] {
  const cached = listedDiagnostics.get(set);
  if (cached) return cached;
  const diagnostics = set
    .find(undefined, undefined, isDiagnosticDecoration)
    .map(toEditorDiagnostic)
    .sort((a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id));
  listedDiagnostics.set(set, diagnostics);
  return diagnostics;
}

const listedSentences = new WeakMap<DecorationSet, EditorSentence[]>();

/** The analysed sentences with their current ranges, in document order; computed once per set. */
export function listSentences(set: DecorationSet): EditorSentence[] {
  const cached = listedSentences.get(set);
  if (cached) return cached;
  const sentences = set
    .find(undefined, undefined, (spec) => spec.sentence !== undefined)
    .map((decoration) => {
      const { sentence } = decoration.spec as { sentence: Omit<EditorSentence, 'from' | 'to'> };
      return { ...sentence, from: decoration.from, to: decoration.to };
    })
    .sort((a, b) => a.from - b.from);
  listedSentences.set(set, sentences);
  return sentences;
}

/** Findings per category; categories with none are absent. */
export function countDiagnostics(diagnostics: readonly EditorDiagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = {};
  for (const { category } of diagnostics) counts[category] = (counts[category] ?? 0) + 1;
  return counts;
}

/** The finding under a document position (ends included), the narrowest if several overlap. */
export function getDiagnosticAt(set: DecorationSet, pos: number): EditorDiagnostic | null {
  const found = set
    .find(pos, pos, isDiagnosticDecoration)
    .filter((decoration) => decoration.from <= pos && pos <= decoration.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  return found ? toEditorDiagnostic(found) : null;
}

/**
 * The finding "at the caret": the one under the caret, or, for a selection, the one under its start
 * that contains the whole selection (F8 selects exactly a finding). The one policy the keyboard
 * shortcuts, the explanation card and `useDiagnosticAtCaret` share.
 *
 * @param state The editor state (`editor.state`).
 * @returns The finding with its current range, or `null`.
 * @example const finding = getDiagnosticAtSelection(editor.state);
 */
export function getDiagnosticAtSelection(state: EditorState): EditorDiagnostic | null {
  const { from, to, empty } = state.selection;
  const found = getDiagnosticAt(getDecorations(state), from);
  if (!found || (!empty && to > found.to)) return null;
  return found;
}

/**
 * Decorations whose text was edited: the change lies inside them or across them, or cut off their
 * start or end (their length is no longer their finding's). Typing right before or after a flagged
 * word leaves it alone; the next run re-checks it anyway.
 */
export function findEditedDecorations(
  set: DecorationSet,
  changed: ReadonlyArray<{ from: number; to: number }>,
): Decoration[] {
  const edited: Decoration[] = [];
  for (const { from, to } of changed) {
    for (const decoration of set.find(from, to, isDiagnosticDecoration)) {
      const overlaps =
        from === to ? decoration.from < from && decoration.to > from : decoration.from < to && decoration.to > from;
      const { diagnostic } = decoration.spec as FindingSpec & { diagnostic: EditorDiagnostic };
      const shortened = decoration.to - decoration.from !== diagnostic.to - diagnostic.from;
      if (overlaps || shortened || decoration.from >= decoration.to) edited.push(decoration);
    }
  }
  return edited;
}

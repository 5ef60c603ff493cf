import { normalisePhrase, validateNoteContext } from '@casenote/lint';
import type { Command } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { caseNoteLintPluginKey } from '../constants.ts';
import { MOVED_TO_FINDING_META } from '../keymap/shortcuts.ts';
import type { Category, EditorDiagnostic, LintResultsMeta, NoteContext, SeverityOrOff } from '../types.ts';
import { copyFinding } from '../utils/copyFinding.ts';
import { createIgnoreKey } from '../utils/createIgnoreKey.ts';
import { getBlockText, getRangeText } from '../utils/noteText.ts';
import type { LintSession } from './session.ts';

// The logic of the extension's commands, over one editor's session. Each returns a TipTap command.

/** A finding with its range mapped through the steps a command chain has added so far. */
function mapThrough(diagnostic: EditorDiagnostic, tr: Transaction): EditorDiagnostic {
  if (!tr.docChanged) return diagnostic;
  return copyFinding(diagnostic, { from: tr.mapping.map(diagnostic.from, 1), to: tr.mapping.map(diagnostic.to, -1) });
}

/** Findings go away without an undo step: the meta the plugin reads, on a transaction kept out of history. */
function removeFindings(tr: Transaction, ids: string[]): void {
  tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids } satisfies LintResultsMeta);
  tr.setMeta('addToHistory', false);
}

export function lintNow(session: LintSession): Command {
  return ({ state, tr, dispatch }) => {
    if (!dispatch) return true;
    const pluginState = caseNoteLintPluginKey.getState(state);
    // Only what is out of date: edited paragraphs, or everything before the first results.
    const ranges = !pluginState || pluginState.full || tr.docChanged ? null : pluginState.dirty;
    if (ranges?.length === 0) return true;
    session.checker.lintInto(tr, ranges);
    return true;
  };
}

export function moveToDiagnostic(session: LintSession, direction: 1 | -1): Command {
  return ({ state, tr, dispatch }) => {
    const list = session.listDiagnostics(state).map((diagnostic) => mapThrough(diagnostic, tr));
    const count = list.length;
    if (count === 0) return false;
    const { from, to, empty } = tr.selection;
    const current = list.findIndex((diagnostic) => diagnostic.from === from && diagnostic.to === to);
    let target: EditorDiagnostic | undefined;
    if (current >= 0) target = list[(current + direction + count) % count];
    else if (direction === 1) target = list.find((d) => (empty ? d.from >= from : d.from > from)) ?? list[0];
    else target = list.findLast((d) => d.from < from) ?? list[count - 1];
    if (!target) return false;
    if (dispatch)
      tr.setSelection(TextSelection.create(tr.doc, target.from, target.to))
        .setMeta(MOVED_TO_FINDING_META, target.id)
        .scrollIntoView();
    return true;
  };
}

export function selectDiagnostic(session: LintSession, id: string): Command {
  return ({ state, tr, dispatch }) => {
    const found = session.getDiagnostic(id, state);
    if (!found) return false;
    const { from, to } = mapThrough(found, tr);
    if (dispatch) tr.setSelection(TextSelection.create(tr.doc, from, to)).scrollIntoView();
    return true;
  };
}

export function applySuggestion(session: LintSession, id: string, index: number): Command {
  return ({ editor, state, tr, dispatch }) => {
    if (!editor.isEditable) return false; // a read-only note is never changed
    const found = session.getDiagnostic(id, state);
    const suggestion = found?.suggestions[index];
    if (!found || suggestion === undefined) return false;
    const { from, to } = mapThrough(found, tr);
    // The range may have been edited since the check: never replace words the user did not see flagged.
    if (from >= to || getRangeText(tr.doc, from, to) !== found.actual) return false;
    if (dispatch) {
      closeHistory(tr);
      tr.insertText(suggestion, from, to);
      tr.setMeta(caseNoteLintPluginKey, { type: 'remove', ids: [id] } satisfies LintResultsMeta);
    }
    return true;
  };
}

export function ignoreDiagnostic(session: LintSession, id: string): Command {
  return ({ state, tr, dispatch }) => {
    const found = session.getDiagnostic(id, state);
    if (!found) return false;
    if (found.scope === 'note') {
      if (dispatch) {
        session.ignore(found.ignoreKey);
        removeFindings(tr, [id]);
      }
      return true;
    }
    const { from, to } = mapThrough(found, tr);
    const $from = tr.doc.resolve(from);
    if (!$from.parent.isTextblock) return false;
    const start = $from.start();
    const key = createIgnoreKey(found.ruleId, getBlockText($from.parent), from - start, to - start);
    if (dispatch) {
      session.ignore(key);
      const ids = session
        .listDiagnostics(state)
        .filter((diagnostic) => diagnostic.id === id || diagnostic.ignoreKey === key)
        .map((diagnostic) => diagnostic.id);
      removeFindings(tr, ids);
    }
    return true;
  };
}

export function setSeverity(
  session: LintSession,
  change: { rules?: Record<string, SeverityOrOff>; categories?: Partial<Record<Category, SeverityOrOff>> },
): Command {
  return ({ tr, dispatch }) => {
    if (!dispatch) return true;
    session.lintOptions = {
      ...session.lintOptions,
      rules: { ...session.lintOptions.rules, ...change.rules },
      categories: { ...session.lintOptions.categories, ...change.categories },
    };
    session.checker.reset();
    session.checker.lintInto(tr);
    // The analysis itself is cached by text; only its findings' severities change. It lands in
    // its own transaction, as one transaction carries one set of results.
    session.analysis.invalidate();
    session.analysis.schedule(0);
    return true;
  };
}

export function analyseNow(session: LintSession): Command {
  return ({ tr, dispatch }) => {
    if (!session.analysisEnabled()) return false;
    if (dispatch) session.analysis.analyseInto(tr);
    return true;
  };
}

export function setNoteContext(session: LintSession, given: NoteContext): Command {
  // A context that is not a child and household is refused at once, naming the field.
  const context = validateNoteContext(given, 'setNoteContext', 'context');
  return ({ tr, dispatch }) => {
    if (!dispatch) return true;
    session.lintOptions = { ...session.lintOptions, context };
    session.analysis.invalidate();
    // The per-paragraph lint does not read the context: only the analysis runs again.
    if (session.analysisEnabled()) session.analysis.analyseInto(tr);
    return true;
  };
}

export function highlightAboutChild(session: LintSession, on: boolean | undefined): Command {
  return ({ state, tr, dispatch }) => {
    if (dispatch) {
      const next = on ?? !session.isHighlightingAboutChild(state);
      tr.setMeta(caseNoteLintPluginKey, { type: 'highlight', on: next } satisfies LintResultsMeta);
      tr.setMeta('addToHistory', false);
    }
    return true;
  };
}

export function allowPhrase(session: LintSession, phrase: string): Command {
  return ({ state, tr, dispatch }) => {
    const allowed = phrase.trim();
    if (normalisePhrase(allowed) === '') return false;
    if (dispatch) {
      session.allow(allowed);
      // Cached results stay valid: allowed phrases are filtered out after linting as well.
      session.checker.reset({ keepCache: true });
      const ids = session
        .listDiagnostics(state)
        .filter((diagnostic) => session.isAllowed(diagnostic.actual))
        .map((diagnostic) => diagnostic.id);
      removeFindings(tr, ids);
    }
    return true;
  };
}

import { Plugin } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { caseNoteLintPluginKey } from '../constants.ts';
import type { LintSession } from '../session/session.ts';
import type { CaseNoteLintPluginState, LintResultsMeta } from '../types.ts';
import { forDrawing } from '../utils/buildDecorationSet.ts';
import { findEditedDecorations } from '../utils/decorations.ts';
import { collectChangedRanges, mapDirtyRanges } from '../utils/ranges.ts';
import { applyAnalysisResults, applyLintResults } from './applyResults.ts';

/**
 * The plugin that holds the findings as a DecorationSet in plugin state.
 *
 * Why not `addDecorations()`: in tiptap 3.34 its `'manual'`/`'document'` modes rebuild the whole
 * set from `create()` whenever it is asked to update, so every landing of results would cost time
 * in proportion to the whole note (20,000 words) rather than the paragraph re-checked; its
 * `'changedRanges'` mode recomputes inside the keystroke's own transaction, which would put the
 * linter on the keystroke path. Neither lets a meta-only transaction patch just the re-linted
 * blocks or drop results made for an older document. A plugin does both: the set is mapped
 * through each edit (cheap), results replace only their blocks, and `apply` ignores results whose
 * `doc` is not the transaction's document.
 */
export function createLintPlugin(session: LintSession): Plugin<CaseNoteLintPluginState> {
  return new Plugin<CaseNoteLintPluginState>({
    key: caseNoteLintPluginKey,
    state: {
      init: () => ({
        decorations: DecorationSet.empty,
        dirty: [],
        full: true,
        version: 0,
        sentences: DecorationSet.empty,
        aboutChild: DecorationSet.empty,
        analysis: null,
        highlightAboutChild: false,
      }),
      apply(tr, previous) {
        let { decorations, dirty, full, version, sentences, aboutChild } = previous;
        const rest = { analysis: previous.analysis, highlightAboutChild: previous.highlightAboutChild };
        if (tr.docChanged) {
          const changed = collectChangedRanges(tr);
          // A finding whose words were deleted outright is dropped by the mapping: that changes the set too.
          let mappedAway = false;
          decorations = decorations.map(tr.mapping, tr.doc, {
            onRemove: (spec) => {
              if ((spec as { diagnostic?: unknown }).diagnostic) mappedAway = true;
            },
          });
          if (mappedAway) version += 1;
          sentences = sentences.map(tr.mapping, tr.doc);
          aboutChild = aboutChild.map(tr.mapping, tr.doc);
          const edited = findEditedDecorations(decorations, changed);
          if (edited.length > 0) {
            decorations = decorations.remove(edited);
            version += 1;
          }
          dirty = mapDirtyRanges(dirty, tr, changed);
        }
        const meta = tr.getMeta(caseNoteLintPluginKey) as LintResultsMeta | undefined;
        if (meta?.type === 'results') {
          // Results made for another document are stale: drop them; the dirty ranges stay for the next run.
          if (meta.doc !== tr.doc) return { ...rest, decorations, dirty, full, version, sentences, aboutChild };
          const next = applyLintResults(decorations, tr.doc, meta.blocks, meta.full, session.createId);
          // A re-check that found what was already shown changes nothing: the version stays.
          const changed = next !== decorations || full;
          // A slice of a long check leaves the paragraphs it did not reach as still to check.
          const left = meta.rest ?? [];
          return {
            ...rest,
            decorations: next,
            dirty: left,
            full: false,
            version: changed ? version + 1 : version,
            sentences,
            aboutChild,
          };
        }
        if (meta?.type === 'analysis') {
          // An analysis of another document is stale: drop it; the next pause analyses again.
          if (meta.doc !== tr.doc) return { ...rest, decorations, dirty, full, version, sentences, aboutChild };
          const current = { ...previous, decorations, dirty, full, version, sentences, aboutChild };
          return { ...current, ...applyAnalysisResults(current, tr.doc, meta, session.createId), version: version + 1 };
        }
        if (meta?.type === 'remove') {
          const ids = new Set(meta.ids);
          const removed = decorations.find(undefined, undefined, (spec) => ids.has(spec.diagnostic?.id));
          const notes = rest.analysis?.noteDiagnostics ?? [];
          const keptNotes = notes.filter((diagnostic) => !ids.has(diagnostic.id));
          if (removed.length > 0 || keptNotes.length < notes.length) {
            const analysis =
              rest.analysis && keptNotes.length < notes.length
                ? { ...rest.analysis, noteDiagnostics: keptNotes }
                : rest.analysis;
            return {
              ...rest,
              analysis,
              decorations: decorations.remove(removed),
              dirty,
              full,
              version: version + 1,
              sentences,
              aboutChild,
            };
          }
        }
        if (meta?.type === 'invalidate')
          return { ...rest, decorations, dirty, full: true, version, sentences, aboutChild };
        if (meta?.type === 'highlight' && meta.on !== rest.highlightAboutChild) {
          return { ...rest, highlightAboutChild: meta.on, decorations, dirty, full, version, sentences, aboutChild };
        }
        if (decorations === previous.decorations && dirty === previous.dirty && sentences === previous.sentences)
          return previous;
        return { ...rest, decorations, dirty, full, version, sentences, aboutChild };
      },
    },
    props: {
      decorations: (state) => forDrawing(caseNoteLintPluginKey.getState(state)?.decorations ?? DecorationSet.empty),
    },
    view: (view) => {
      session.attach(view);
      return {
        update: (updated, previousState) => {
          const now = caseNoteLintPluginKey.getState(updated.state);
          const before = caseNoteLintPluginKey.getState(previousState);
          if (updated.state.doc !== previousState.doc) {
            session.documentChanged();
          }
          if (now && before && now.version !== before.version) session.notify();
        },
        destroy: () => session.detach(),
      };
    },
  });
}

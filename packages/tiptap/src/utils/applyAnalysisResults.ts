import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ABOUT_CHILD_CLASS } from '../constants.ts';
import type { AnalysisResultsMeta, CaseNoteLintPluginState, EditorDiagnostic } from '../types.ts';
import { isAnalysisDecoration } from './isAnalysisDecoration.ts';
import { toDecoration } from './toDecoration.ts';

type Applied = Pick<CaseNoteLintPluginState, 'decorations' | 'sentences' | 'aboutChild' | 'analysis'>;

const identity = (diagnostic: Pick<EditorDiagnostic, 'ruleId' | 'from' | 'to'>) =>
  `${diagnostic.ruleId}\u0000${diagnostic.from}\u0000${diagnostic.to}`;

/**
 * Puts a whole-note analysis into the plugin state: its sentence-level findings replace the
 * previous analysis's decorations (the per-paragraph findings stay), its sentences and note-level
 * prompts replace the previous ones. A finding with the same rule and range as before keeps its id;
 * a note-level prompt keeps its id while its ignore key (rule and child) stays the same.
 */
export function applyAnalysisResults(
  state: CaseNoteLintPluginState,
  doc: PMNode,
  meta: AnalysisResultsMeta,
  createId: () => string,
): Applied {
  const previous = state.decorations.find(undefined, undefined, isAnalysisDecoration);
  const ids = new Map(
    previous.map((decoration) => {
      const { ruleId, id } = decoration.spec.diagnostic as EditorDiagnostic;
      return [identity({ ruleId, from: decoration.from, to: decoration.to }), id];
    }),
  );
  const fresh = meta.diagnostics.map((diagnostic) =>
    toDecoration({ ...diagnostic, id: ids.get(identity(diagnostic)) ?? createId() }, 'analysis'),
  );
  // `remove` nulls out the entries of the array it is given, so it gets a copy.
  const decorations = state.decorations.remove([...previous]).add(doc, fresh);

  const noteIds = new Map(
    (state.analysis?.noteDiagnostics ?? []).map((diagnostic) => [diagnostic.ignoreKey, diagnostic.id]),
  );
  const noteDiagnostics = meta.noteDiagnostics.map((diagnostic) => ({
    ...diagnostic,
    id: noteIds.get(diagnostic.ignoreKey) ?? createId(),
  }));

  const sentences = DecorationSet.create(
    doc,
    meta.sentences.map(({ from, to, kind, childVoice }) =>
      Decoration.inline(from, to, {}, { sentence: { kind, childVoice } }),
    ),
  );
  const aboutChild = DecorationSet.create(
    doc,
    meta.sentences
      .filter((sentence) => sentence.kind === 'about-child')
      .map(({ from, to }) =>
        Decoration.inline(from, to, { class: ABOUT_CHILD_CLASS, 'data-sentence-kind': 'about-child' }),
      ),
  );
  return {
    decorations,
    sentences,
    aboutChild,
    analysis: { summary: meta.summary, child: meta.child, noteDiagnostics },
  };
}

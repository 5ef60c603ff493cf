import type { DecorationSet } from '@tiptap/pm/view';
import type { EditorSentence } from '../types.ts';

const listed = new WeakMap<DecorationSet, EditorSentence[]>();

/** The analysed sentences with their current ranges, in document order; computed once per set. */
export function listSentences(set: DecorationSet): EditorSentence[] {
  const cached = listed.get(set);
  if (cached) return cached;
  const sentences = set
    .find(undefined, undefined, (spec) => spec.sentence !== undefined)
    .map((decoration) => {
      const { kind, childVoice } = (decoration.spec as { sentence: Pick<EditorSentence, 'kind' | 'childVoice'> })
        .sentence;
      return { from: decoration.from, to: decoration.to, kind, childVoice };
    })
    .sort((a, b) => a.from - b.from);
  listed.set(set, sentences);
  return sentences;
}

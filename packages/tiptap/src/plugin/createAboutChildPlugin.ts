import { Plugin } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { aboutChildHighlightKey, caseNoteLintPluginKey } from '../constants.ts';

/**
 * Draws the about-child sentences (class `casenote-about-child`) while the highlight is on. A
 * plugin of its own, because one plugin gives the view one decoration set and these sentences
 * must not be mixed into the findings.
 */
export function createAboutChildPlugin(): Plugin {
  return new Plugin({
    key: aboutChildHighlightKey,
    props: {
      decorations: (state) => {
        const lintState = caseNoteLintPluginKey.getState(state);
        return lintState?.highlightAboutChild ? lintState.aboutChild : DecorationSet.empty;
      },
    },
  });
}

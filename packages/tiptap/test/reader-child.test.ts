import { afterEach, describe, expect, it, vi } from 'vitest';
import { destroyEditors, mountEditor, positionOf } from './helpers.ts';

afterEach(destroyEditors);

// precision19: the hints for service words a child would not know ("siblings") show only in writing to the child
// (`reader: child`, read from whom the analysis says the text speaks to). The editor lints each paragraph on its own,
// so each paragraph is read for whom it speaks to, and an edited paragraph is read again.
describe('hints for words a child would not know, in the editor', () => {
  it('shows the “siblings” hint in a paragraph written to the child, and not in one about them', async () => {
    const editor = mountEditor(
      '<p>You live with your siblings and Nan.</p><p>Jade lives with her siblings and Nan.</p>',
    );
    const siblings = () =>
      editor.storage.caseNoteLint.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'siblings')
        .map((diagnostic) => diagnostic.from);
    await vi.waitFor(() => expect(siblings()).toEqual([positionOf(editor, 'siblings and Nan.')]));
    // the paragraph about Jade, now said to her: read again, and hinted
    editor.commands.insertContentAt(positionOf(editor, 'Jade lives'), 'You told me ');
    await vi.waitFor(() => expect(siblings()).toHaveLength(2));
  });
});

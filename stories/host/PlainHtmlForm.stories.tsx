import { type CaseNoteEditorElement, mount } from '@casenote/element';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/**
 * The markup a server-rendered case-management system would send: one new `<casenote-editor>`
 * field and one existing `<textarea>` that `mount()` upgrades. Nothing else is needed on the page.
 */
const formMarkup = `
<form method="post" action="/visits" class="host-form">
  <h2>Record a visit</h2>
  <p>
    <label for="summary">Summary</label>
  </p>
  <casenote-editor id="summary" name="summary" child="Jade:9" household="Sam:6">
    <p>Jade is putting herself at risk.</p>
  </casenote-editor>
  <p>
    <label for="note">Case note</label>
  </p>
  <textarea id="note" name="note" rows="6">I visited Jade at home. She was LAC.</textarea>
  <p><button type="submit">Save visit</button></p>
</form>`;

const mountScript = `import { mount } from '@casenote/element';

mount(document.querySelector('textarea[name="note"]'), { child: 'Jade:9' });`;

/**
 * Stands in for the host's page: puts the server's markup in place and runs the host's one line
 * of script. Storybook's own glue only; the form itself is plain HTML. Instead of posting, the
 * form shows the fields the server would receive.
 */
function PlainHtmlForm() {
  const pageRef = useRef<HTMLDivElement>(null);
  const postedRef = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    page.innerHTML = formMarkup;
    const { unmount } = mount(page.querySelector('textarea[name="note"]') as HTMLTextAreaElement, { child: 'Jade:9' });
    const form = page.querySelector('form') as HTMLFormElement;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const fields = [...new FormData(form)].map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
      if (postedRef.current) postedRef.current.textContent = fields.join('\n');
    };
    form.addEventListener('submit', onSubmit);
    return () => {
      form.removeEventListener('submit', onSubmit);
      unmount();
      page.replaceChildren();
    };
  }, []);
  return (
    <main style={{ fontFamily: 'Georgia, serif', maxWidth: '60rem', padding: '1rem' }}>
      <h1>Case-management system</h1>
      <div ref={pageRef} />
      <h2>What the server receives</h2>
      <pre
        ref={postedRef}
        aria-live="polite"
        style={{ whiteSpace: 'pre-wrap', border: '1px solid #767d86', padding: '0.5rem' }}
      >
        (submit the form)
      </pre>
    </main>
  );
}

const meta = {
  title: 'Host integration/Plain HTML form',
  component: PlainHtmlForm,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `A server-rendered form using \`@casenote/element\` with no framework code: \`<casenote-editor name="summary">\` as a new field and \`mount()\` on an existing \`<textarea name="note">\`. The page's markup:\n\n\`\`\`html${formMarkup}\n\`\`\`\n\nand its script:\n\n\`\`\`js\n${mountScript}\n\`\`\``,
      },
    },
  },
} satisfies Meta<typeof PlainHtmlForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both fields check the note as it is written and post the writer's edits under their own names. */
export const PlainHtmlFormStory: Story = {
  name: 'Plain HTML form',
  play: async ({ canvasElement, step }) => {
    const editors = () => [...canvasElement.querySelectorAll('casenote-editor')] as CaseNoteEditorElement[];
    await waitFor(() => expect(editors().every((element) => element.editor !== null)).toBe(true));
    const [summary, note] = editors() as [CaseNoteEditorElement, CaseNoteEditorElement];

    await step('each editing area is named by its label', async () => {
      await expect(summary.shadowRoot?.querySelector('[role="textbox"]')).toHaveAttribute('aria-label', 'Summary');
      await expect(note.shadowRoot?.querySelector('[role="textbox"]')).toHaveAttribute('aria-label', 'Case note');
      await expect(canvasElement.querySelector('textarea[name="note"]')).not.toBeVisible();
    });

    await step('both notes are underlined', async () => {
      await waitFor(
        () => {
          const flagged = (element: CaseNoteEditorElement) =>
            [...(element.shadowRoot?.querySelectorAll('.casenote-diagnostic') ?? [])].map((span) => span.textContent);
          expect(flagged(summary).join('')).toContain('putting herself at risk');
          expect(flagged(note)).toContain('LAC');
        },
        { timeout: 10_000 },
      );
    });

    await step('the writer edits both and saves: both fields are posted with the edits', async () => {
      summary.editor?.chain().focus('end').insertContent(' She told me she feels safe at school.').run();
      note.editor?.chain().focus('end').insertContent(' We talked about school.').run();
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save visit' }));
      const posted = within(canvasElement).getByText(/summary = /);
      await expect(posted.textContent).toContain(
        'summary = "<p>Jade is putting herself at risk. She told me she feels safe at school.</p>"',
      );
      await expect(posted.textContent).toContain(
        'note = "I visited Jade at home. She was LAC. We talked about school."',
      );
    });

    await step('moving the caret into the finding opens its card, with the fixes as buttons', async () => {
      const finding = summary.editor?.storage.caseNoteLint.diagnostics.find(
        (diagnostic) => diagnostic.ruleId === 'put-self-at-risk',
      );
      await expect(finding).toBeDefined();
      summary.editor
        ?.chain()
        .focus()
        .selectDiagnostic(finding?.id ?? '')
        .run();
      await waitFor(() => {
        const card = summary.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
        expect(card?.hidden).toBe(false);
        expect(card?.textContent).toContain('Replace with');
      });
    });
  },
};

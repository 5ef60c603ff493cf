import { LintOptionsError } from '@casenote/lint';
import { Component, type ReactNode } from 'react';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { CaseNoteEditor, type CaseNoteEditorProps, useCaseNoteEditor } from '../src/index.ts';

/** Catches what its children throw while rendering, as a host's error boundary would. */
class Catch extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <p>The editor could not start.</p> : this.props.children;
  }
}

/** The error `<CaseNoteEditor>` with these props throws while rendering. */
async function renderError(props: Record<string, unknown>): Promise<unknown> {
  const errors: unknown[] = [];
  const screen = await render(
    <Catch onError={(error) => errors.push(error)}>
      <CaseNoteEditor content="<p>I visited you.</p>" {...(props as Partial<CaseNoteEditorProps>)} />
    </Catch>,
  );
  await expect.element(screen.getByText('The editor could not start.')).toBeVisible();
  await screen.unmount();
  return errors[0];
}

test('a bad option stops <CaseNoteEditor> with one error naming the field', async () => {
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ lintOptions: { allow: 'care plan' } }, 'lintOptions.allow', 'must be a list of phrases, not "care plan"'],
    [{ lintOptions: { rules: { constructor: 'off' } } }, 'lintOptions.rules.constructor', 'is reserved'],
    [{ lintOptions: 'strict' }, 'lintOptions', 'must be a mapping of options'],
    [{ context: { child: { name: null } } }, 'context.child.name', 'must be a non-empty string, not null'],
    [{ delay: 'soon' }, 'delay', 'must be a number of milliseconds'],
    [{ ignoreStore: { save: () => undefined } }, 'ignoreStore', 'it has no load()'],
    [{ readOnly: 'yes' }, 'readOnly', 'must be true or false, not "yes"'],
    [{ worker: 'lint-worker.js' }, 'worker', 'must be a function that creates the worker'],
  ];
  for (const [props, field, problem] of cases) {
    const error = await renderError(props);
    expect(error, field).toBeInstanceOf(LintOptionsError);
    expect((error as LintOptionsError).field).toBe(field);
    expect((error as Error).message).toContain(`useCaseNoteEditor options: field "${field}": `);
    expect((error as Error).message).toContain(problem);
  }
});

/** A host that lays out the editor itself and changes the context later. */
function Host({ context }: { context: unknown }) {
  useCaseNoteEditor({ content: '<p>I visited you.</p>', context: context as never });
  return <p>Editor</p>;
}

test('a bad context given later is refused the same way, naming the field', async () => {
  const errors: unknown[] = [];
  const screen = await render(
    <Catch onError={(error) => errors.push(error)}>
      <Host context={{ child: { name: 'Jade', age: 9 } }} />
    </Catch>,
  );
  await expect.element(screen.getByText('Editor')).toBeVisible();
  await screen.rerender(
    <Catch onError={(error) => errors.push(error)}>
      <Host context={{ child: { name: 'Jade', age: 'nine' } }} />
    </Catch>,
  );
  await expect.element(screen.getByText('The editor could not start.')).toBeVisible();
  expect((errors[0] as Error).message).toBe(
    'useCaseNoteEditor options: field "context.child.age": must be an age in years (0 to 30), not "nine"',
  );
});

test('good options make the editor as before', async () => {
  const screen = await render(
    <CaseNoteEditor
      content="<p>I visited you.</p>"
      delay={0}
      lintOptions={{ allow: ['care plan'], rules: { 'lac-acronym': 'off' } }}
      context={{ child: { name: 'Jade', age: 9 } }}
      aria-label="Visit note"
    />,
  );
  await expect.element(screen.getByRole('textbox', { name: 'Visit note' })).toBeVisible();
});

import type { RuleDetails } from '@casenote/lint';
import { getRuleDetails } from '@casenote/rules/details';
import { afterEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { CaseNoteEditorElement } from '../src/index.ts';

// The rule details (each built-in rule's explanation) come in a chunk of their own, a moment after
// the engine. Here they are held back until the test lets them arrive, as on a slow connection.
const arrival = vi.hoisted(() => {
  let arrive: (details: RuleDetails) => void = () => undefined;
  const details = new Promise<RuleDetails>((resolve) => {
    arrive = resolve;
  });
  return { details, arrive: (details: RuleDetails) => arrive(details) };
});

vi.mock('@casenote/lint', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@casenote/lint')>()),
  loadRuleDetails: () => arrival.details,
  loadedRuleDetails: () => undefined,
}));

const { clearPage, findingOf, focusNote, renderPage } = await import('./fixtures.ts');

afterEach(clearPage);

test('a card opened before the explanations arrive shows the message, suggestions and source, then the explanation', async () => {
  const host = renderPage('<casenote-editor name="note">Jade put herself at risk.</casenote-editor>');
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const finding = await findingOf(element, 'put-self-at-risk');
  await focusNote(element, finding.from + 2);
  const card = page.getByRole('dialog');
  await expect.poll(() => card.query()?.textContent ?? '').toContain(finding.message);
  await expect.element(card.getByRole('button', { name: 'was at risk', exact: true })).toBeVisible();
  await expect.element(card.getByRole('link')).toHaveAttribute('href', finding.source);
  expect(card.query()?.hasAttribute('aria-describedby')).toBe(false);
  expect(card.query()?.querySelector('.card__explanation')?.checkVisibility()).toBe(false);

  arrival.arrive(getRuleDetails());
  const explanation = getRuleDetails().explanation('put-self-at-risk') as string;
  expect(explanation.length).toBeGreaterThan(20);
  await expect.element(card).toHaveAccessibleDescription(explanation);
  expect(card.query()?.querySelector('.card__explanation')?.checkVisibility()).toBe(true);
});

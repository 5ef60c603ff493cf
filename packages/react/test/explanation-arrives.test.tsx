import { getRuleDetails } from '@casenote/rules/details';
import type { RuleDetails } from '@casenote/lint';
import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';

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

const { card, findingFor, renderEditor, spansOf } = await import('./fixtures.tsx');

afterEach(async () => {
  await cleanup();
});

test('a card opened before the explanations arrive shows the message, suggestions and source, then the explanation', async () => {
  const { editor } = await renderEditor({}, 3);
  const contact = findingFor(editor, 'contact');
  await userEvent.hover(page.elementLocator(spansOf(contact.id)[0] as HTMLElement));
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(contact.id);
  const dialog = page.getByRole('dialog');
  await expect.element(dialog).toHaveAccessibleName(contact.message);
  await expect.element(dialog.getByRole('button', { name: contact.suggestions[0] })).toBeVisible();
  await expect.element(dialog.getByRole('link')).toHaveAttribute('href', contact.source);
  expect(card()?.querySelector('.casenote-card__explanation')).toBeNull();
  expect(card()?.hasAttribute('aria-describedby')).toBe(false);

  arrival.arrive(getRuleDetails());
  const explanation = getRuleDetails().explanation(contact.ruleId) as string;
  expect(explanation.length).toBeGreaterThan(20);
  await expect.element(dialog).toHaveAccessibleDescription(explanation);
  expect(card()?.querySelector('.casenote-card__explanation')?.textContent).toBe(explanation);
});

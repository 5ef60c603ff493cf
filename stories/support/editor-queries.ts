import { expect, waitFor } from 'storybook/test';

/**
 * Small DOM helpers for play functions. They read what a user sees: the editing area, the
 * underlined ranges and the text, never the editor's internals.
 */

/** The editing area (ProseMirror's contenteditable element) inside `root`. */
export function getEditingArea(root: HTMLElement, index = 0): HTMLElement {
  const area = root.querySelectorAll<HTMLElement>('.ProseMirror')[index];
  if (!area) throw new Error(`No editing area number ${index} in the story`);
  return area;
}

/** The note's text, one line per paragraph (decorations split text nodes, never words). */
export function getNoteText(area: HTMLElement): string {
  return [...area.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n');
}

/** One entry per flagged range, joining the spans a range may be split into. */
export function getFlaggedRanges(
  area: HTMLElement,
): Array<{ id: string; text: string; ruleId: string; category: string; severity: string }> {
  const byId = new Map<string, { id: string; text: string; ruleId: string; category: string; severity: string }>();
  for (const element of area.querySelectorAll<HTMLElement>('.casenote-diagnostic')) {
    const id = element.dataset.diagnosticId ?? '';
    const found = byId.get(id);
    if (found) found.text += element.textContent ?? '';
    else
      byId.set(id, {
        id,
        text: element.textContent ?? '',
        ruleId: element.dataset.ruleId ?? '',
        category: element.dataset.category ?? '',
        severity: element.dataset.severity ?? '',
      });
  }
  return [...byId.values()];
}

/** Waits until at least `minimum` ranges are underlined, and returns them. */
export async function waitForFlaggedRanges(area: HTMLElement, minimum = 1, timeout = 5_000) {
  await waitFor(() => expect(getFlaggedRanges(area).length).toBeGreaterThanOrEqual(minimum), { timeout });
  return getFlaggedRanges(area);
}

/** The first underlined element of a finding, to hover or inspect. */
export function getFlaggedElement(area: HTMLElement, id: string): HTMLElement {
  const element = area.querySelector<HTMLElement>(`.casenote-diagnostic[data-diagnostic-id="${CSS.escape(id)}"]`);
  if (!element) throw new Error(`Finding ${id} is not underlined`);
  return element;
}

/** The text the user has selected in the page. */
export function getSelectedText(): string {
  return window.getSelection()?.toString() ?? '';
}

/** Waits for the explanation card to open and be placed beside its words, and returns it. */
export async function findOpenCard(root: HTMLElement, timeout = 3_000): Promise<HTMLElement> {
  let card: HTMLElement | null = null;
  await waitFor(
    () => {
      card = root.querySelector<HTMLElement>('.casenote-card[role="dialog"]');
      expect(card).not.toBeNull();
      expect(card).toBeVisible();
    },
    { timeout },
  );
  return card as unknown as HTMLElement;
}

import { elementLabels } from './labels.ts';

/**
 * The name the note's editing area takes from its element, as a textarea takes its own:
 * `aria-labelledby` first, then `aria-label`, then the `<label>`s that point at it (ElementInternals
 * `labels`), else "Case note". A label that wraps the element is read without the element's own
 * text. ARIA references cannot cross into a shadow root, so the text is copied, not referred to.
 */
export function readAccessibleName(host: HTMLElement, labels: NodeList): string {
  const root = host.getRootNode() as Node;
  const byId = (id: string): Element | null =>
    root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null;
  const labelledBy = (host.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const fromIds = labelledBy
    .map((id) => textOf(byId(id), host))
    .filter(Boolean)
    .join(' ');
  if (fromIds) return fromIds;
  const ariaLabel = host.getAttribute('aria-label')?.trim();
  if (ariaLabel) return ariaLabel;
  const fromLabels = [...labels]
    .map((label) => textOf(label as Element, host))
    .filter(Boolean)
    .join(' ');
  return fromLabels || elementLabels.defaultName;
}

function textOf(element: Element | null, host: HTMLElement): string {
  if (!element) return '';
  if (!element.contains(host)) return normalise(element.textContent);
  const copy = element.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('casenote-editor, textarea, input, select')) control.remove();
  return normalise(copy.textContent);
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

import type { Severity } from '@casenote/lint';

const SVG = 'http://www.w3.org/2000/svg';
const GLYPH = 'var(--casenote-icon-glyph, #fff)';

type Shape = { tag: 'path' | 'circle'; attributes: Record<string, string> };

// The shapes of @casenote/react's SeverityIcon: octagon, triangle, circle, speech bubble.
const shapes: Record<Severity, Shape[]> = {
  error: [
    { tag: 'path', attributes: { d: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z', fill: 'currentColor' } },
    {
      tag: 'path',
      attributes: { d: 'M5.5 5.5l5 5m0-5l-5 5', stroke: GLYPH, 'stroke-width': '1.8', 'stroke-linecap': 'round' },
    },
  ],
  warning: [
    { tag: 'path', attributes: { d: 'M8 1.2l7 13H1z', fill: 'currentColor' } },
    { tag: 'path', attributes: { d: 'M8 6v4', stroke: GLYPH, 'stroke-width': '1.8', 'stroke-linecap': 'round' } },
    { tag: 'circle', attributes: { cx: '8', cy: '12.2', r: '1', fill: GLYPH } },
  ],
  info: [
    { tag: 'circle', attributes: { cx: '8', cy: '8', r: '7', fill: 'currentColor' } },
    { tag: 'path', attributes: { d: 'M8 7.2v4.3', stroke: GLYPH, 'stroke-width': '1.8', 'stroke-linecap': 'round' } },
    { tag: 'circle', attributes: { cx: '8', cy: '4.6', r: '1', fill: GLYPH } },
  ],
  hint: [
    {
      tag: 'path',
      attributes: {
        d: 'M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3A1.5 1.5 0 0 1 2 9.5z',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '1.6',
        'stroke-linejoin': 'round',
      },
    },
  ],
};

/**
 * A small shape per severity, drawn in `currentColor` so forced-colours mode repaints it.
 * Decorative: the severity word always sits beside it.
 */
export function createSeverityIcon(severity: Severity): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    class: `severity-icon severity-icon--${severity}`,
    viewBox: '0 0 16 16',
    width: '16',
    height: '16',
    'aria-hidden': 'true',
    focusable: 'false',
  }))
    svg.setAttribute(name, value);
  for (const shape of shapes[severity]) {
    const element = document.createElementNS(SVG, shape.tag);
    for (const [name, value] of Object.entries(shape.attributes)) element.setAttribute(name, value);
    svg.append(element);
  }
  return svg;
}

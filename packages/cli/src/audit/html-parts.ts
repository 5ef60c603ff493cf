/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const categoryNames: Record<string, string> = {
  'victim-blaming': 'Victim-blaming wording',
  jargon: 'Jargon and acronyms',
  deficit: 'Deficit labels',
  'write-to-child': 'Writing to the child',
  readability: 'Readability',
};
export const categoryName = (category: string) => categoryNames[category] ?? category;

const numberFormat = new Intl.NumberFormat('en-GB');
const decimalFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const whole = (value: number) => numberFormat.format(value);
export const decimal = (value: number) => decimalFormat.format(value);
export const percent = (share: number | null) => (share === null ? 'none' : `${Math.round(share * 100)}%`);

export interface Bar {
  label: string;
  value: number;
  /** The value as printed beside the bar. */
  shown: string;
}

/** Charts numbered per page, so each `<title>` id is unique; reset by `resetCharts()`. */
let chartCount = 0;
export function resetCharts(): void {
  chartCount = 0;
}

/**
 * A horizontal bar chart as inline SVG. It is a picture of the table printed beside it, so it is
 * labelled for screen readers with its title and the values are printed as text, not only drawn.
 */
export function barChart(title: string, bars: Bar[]): string {
  chartCount += 1;
  const id = `chart-${chartCount}`;
  const labelWidth = 230;
  const barArea = 300;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const rows = bars
    .map((bar, index) => {
      const y = 5 + index * rowHeight;
      const length = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barArea));
      const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${length}" height="18" rx="2"></rect>` +
        `<text x="${labelWidth + length + 6}" y="${y + 16}">${escapeHtml(bar.shown)}</text>`
      );
    })
    .join('');
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${labelWidth + barArea + 70} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${id}">${escapeHtml(title)}</title>${rows}</svg>`;
}

/** A vertical histogram as inline SVG, one column per bin. */
export function histogramChart(title: string, bars: Bar[]): string {
  chartCount += 1;
  const id = `chart-${chartCount}`;
  const columnWidth = 56;
  const plotHeight = 160;
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const columns = bars
    .map((bar, index) => {
      const x = 10 + index * columnWidth;
      const height = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * plotHeight));
      const top = 20 + plotHeight - height;
      return (
        `<rect x="${x + 6}" y="${top}" width="${columnWidth - 12}" height="${height}" rx="2"></rect>` +
        `<text x="${x + columnWidth / 2}" y="${top - 5}" text-anchor="middle">${escapeHtml(bar.shown)}</text>` +
        `<text x="${x + columnWidth / 2}" y="${plotHeight + 38}" text-anchor="middle" class="axis">${escapeHtml(bar.label)}</text>`
      );
    })
    .join('');
  const width = 20 + bars.length * columnWidth;
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${plotHeight + 50}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${id}">${escapeHtml(title)}</title><line x1="10" x2="${width - 10}" y1="${plotHeight + 20}" y2="${plotHeight + 20}"></line>${columns}</svg>`;
}

/** An accessible table: a caption, column headers and, in the first column, row headers. */
export function table(caption: string, headers: string[], rows: string[][], numericFrom = 1): string {
  const head = headers
    .map((header, index) => `<th scope="col"${index >= numericFrom ? ' class="num"' : ''}>${escapeHtml(header)}</th>`)
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${index >= numericFrom ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart and the table it pictures, side by side on a wide screen. */
export function chartWithTable(chart: string, tableHtml: string): string {
  return `<div class="pair"><figure>${chart}</figure>${tableHtml}</div>`;
}

const severityNames: Record<string, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', hint: 'Hints' };
export const severityName = (severity: string) => severityNames[severity] ?? severity;

/** The report's inline CSS: screen, narrow screens and A4 print. */
export const styles = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --bar: #1d70b8; --line: #b1b4b6; --mark: #fff2a8; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .5rem; border-top: 2px solid var(--line); padding-top: 1rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
p, li { max-width: 48rem; }
.muted { color: var(--muted); }
.pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem 2rem; align-items: start; }
@media (min-width: 60rem) { .pair { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); } }
figure { margin: 0; }
.chart { max-width: 40rem; height: auto; font-size: 13px; }
.chart rect { fill: var(--bar); }
.chart text { fill: var(--ink); }
.chart .axis { fill: var(--muted); }
.chart line { stroke: var(--muted); }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0 0 1rem; font-size: .95rem; max-width: 100%; }
.scroll > table { width: 100%; }
thead th { overflow-wrap: break-word; hyphens: auto; }
th.path { overflow-wrap: anywhere; font-weight: 400; max-width: 24rem; }
details { margin: .5rem 0; }
summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
summary:focus-visible { outline: 3px solid #fd0; outline-offset: 2px; }
caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 1rem 0; }
dl.totals div { border-left: 4px solid var(--bar); padding: .25rem .75rem; }
dl.totals dt { color: var(--muted); font-size: .9rem; }
dl.totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
blockquote { margin: .25rem 0 .75rem; padding: .4rem .8rem; border-left: 4px solid var(--line); background: #f3f2f1; }
mark { background: var(--mark); color: inherit; outline: 1px solid #b58800; padding: 0 .1em; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
@media (max-width: 40rem) { body { padding: .75rem; } table { font-size: .85rem; } th, td { padding: .25rem .35rem; } }
@page { size: A4; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  .pair { grid-template-columns: minmax(0, 1fr); }
  .chart { max-width: 14cm; }
  .scroll { overflow: visible; }
  table { width: 100%; table-layout: fixed; font-size: 7.5pt; }
  th, td { padding: .15rem .25rem; overflow-wrap: anywhere; }
  blockquote, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  summary { list-style: none; }
}
`;

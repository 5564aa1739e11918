// The look every page shares: one palette and one stylesheet, inlined into each page (no
// remote fonts or files), with a print layout so a page can be filed as a PDF.

export const COLORS = {
  pass: '#1a7f37',
  fail: '#cf222e',
  error: '#cf222e',
  warning: '#9a6700',
  note: '#8c959f',
  bar: '#0969da',
  grid: '#d0d7de',
  off: '#f6f8fa',
  ink: '#1f2328',
  muted: '#59636e',
} as const;

export type Color = (typeof COLORS)[keyof typeof COLORS];

export const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: ${COLORS.ink}; background: #fff; }
main { max-width: 1160px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: break-word; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid ${COLORS.grid}; }
figure { margin: 0; }
.sub { color: ${COLORS.muted}; margin: 0 0 16px; overflow-wrap: break-word; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.tile { border: 1px solid ${COLORS.grid}; border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.tile b { display: block; font-size: 22px; }
.tile .label { display: block; color: ${COLORS.muted}; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.pass { color: ${COLORS.pass}; } .fail { color: ${COLORS.fail}; } .warn { color: ${COLORS.warning}; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; font-size: 12px; color: #fff; }
.badge.pass { background: ${COLORS.pass}; color: #fff; } .badge.fail, .badge.error { background: ${COLORS.fail}; color: #fff; }
.badge.warning { background: ${COLORS.warning}; color: #fff; } .badge.note { background: ${COLORS.note}; color: #fff; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: ${COLORS.ink}; }
.legend { color: ${COLORS.muted}; font-size: 12px; margin: 4px 0 0; }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: -1px; }
.legend i.round { border-radius: 5px; }
.legend i.pass { background: ${COLORS.pass}; } .legend i.fail, .legend i.error { background: ${COLORS.error}; }
.legend i.warning { background: ${COLORS.warning}; } .legend i.note { background: ${COLORS.note}; }
.legend i.bar { background: ${COLORS.bar}; } .legend i.off { background: ${COLORS.off}; border: 1px solid ${COLORS.grid}; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid ${COLORS.grid}; vertical-align: top; overflow-wrap: break-word; }
th { background: ${COLORS.off}; font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
.nowrap { white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: ${COLORS.bar}; }
.empty { color: ${COLORS.muted}; font-style: italic; }
footer { margin-top: 32px; color: ${COLORS.muted}; font-size: 12px; overflow-wrap: break-word; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 11px; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  th, td { padding: 2px 6px; }
}
`;

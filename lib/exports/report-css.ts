// The report's stylesheet, scoped to `.report`: inlined into the downloadable .html and into
// the app's report page, so what is read on screen, printed and mailed as a file look the same.
// Verdicts carry an icon and an underline style as well as a colour, for black-and-white print.
export const REPORT_CSS = `
.report {
  --r-ink: #1c1e21; --r-soft: #4a4f57; --r-muted: #6b7280; --r-line: #e3e1dc; --r-accent: #1f4e8c;
  --r-verified: #1e7b4c; --r-verified-bg: #dff3e8; --r-disputed: #9a6200; --r-disputed-bg: #fdf0d2;
  --r-contradicted: #b3261e; --r-contradicted-bg: #fbe0dd; --r-unreviewed: #4d5b7c; --r-unreviewed-bg: #e8ecf5;
  --r-serif: "Source Serif 4 Variable", "Source Serif 4", Georgia, "Times New Roman", serif;
  --r-sans: "Inter Variable", "Inter", system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
  color: var(--r-ink); font: 15px/1.55 var(--r-sans); max-width: 820px; margin: 0 auto;
}
.report a { color: var(--r-accent); }
.report-header { border-bottom: 3px double var(--r-ink); padding-bottom: 18px; margin-bottom: 28px; }
.report-kicker { font: 700 11px/1 var(--r-sans); letter-spacing: .14em; text-transform: uppercase; color: var(--r-muted); margin: 0 0 10px; }
.report-header h1 { font: 700 32px/1.15 var(--r-serif); margin: 0 0 8px; }
.report-meta { color: var(--r-muted); font-size: 13px; margin: 0 0 16px; }
.report-summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 0; }
.report-summary li { display: flex; align-items: baseline; gap: 6px; padding: 8px 12px; border-radius: 6px; border: 1px solid var(--r-line); min-width: 118px; }
.report-summary .report-count { font: 700 24px/1 var(--r-serif); font-variant-numeric: tabular-nums; }
.report-summary li[data-verdict="total"] { background: var(--r-ink); border-color: var(--r-ink); color: #fff; }
.report-filtered { margin: 12px 0 0; font-size: 13px; color: var(--r-soft); }
.report [data-verdict="verified"] { --v: var(--r-verified); --v-bg: var(--r-verified-bg); --v-line: solid; }
.report [data-verdict="disputed"] { --v: var(--r-disputed); --v-bg: var(--r-disputed-bg); --v-line: dashed; }
.report [data-verdict="contradicted"] { --v: var(--r-contradicted); --v-bg: var(--r-contradicted-bg); --v-line: wavy; }
.report [data-verdict="unreviewed"] { --v: var(--r-unreviewed); --v-bg: var(--r-unreviewed-bg); --v-line: dotted; }
.report-summary li[data-verdict]:not([data-verdict="total"]) { background: var(--v-bg); border-color: var(--v-bg); color: var(--v); }
.report-article { margin: 0 0 40px; }
.report-text { font: 17px/1.7 var(--r-serif); }
.report-text h2 { font: 700 26px/1.2 var(--r-serif); margin: 0 0 8px; }
.report-text h3 { font: 650 19px/1.3 var(--r-serif); margin: 22px 0 6px; }
.report-text p { margin: 0 0 14px; }
.report-text .report-standfirst { font-style: italic; color: var(--r-soft); font-size: 18px; }
.report-article-counts { font: 13px/1.4 var(--r-sans); color: var(--r-muted); margin: 0 0 14px; }
.report mark { color: inherit; background: var(--v-bg); text-decoration: underline var(--v-line) var(--v) 2px; text-underline-offset: 4px; text-decoration-skip-ink: none; border-radius: 2px; }
.report mark[data-depth="2"] { box-shadow: inset 0 -0.55em 0 rgba(0, 0, 0, .06); }
.report mark[data-depth="3"] { box-shadow: inset 0 -0.55em 0 rgba(0, 0, 0, .12); }
.report-ref { font: 700 10px/1 var(--r-sans); vertical-align: super; color: var(--v) !important; text-decoration: none; border: 1px solid currentColor; border-radius: 8px; padding: 1px 4px; margin: 0 2px 0 1px; background: #fff; white-space: nowrap; }
.report h3.report-section-title { font: 700 12px/1 var(--r-sans); letter-spacing: .12em; text-transform: uppercase; color: var(--r-muted); border-top: 1px solid var(--r-line); padding-top: 16px; margin: 28px 0 12px; }
.report-claim-list, .report-evidence, .report-sources { list-style: none; padding: 0; margin: 0; }
.report-claim-item { display: grid; grid-template-columns: 34px minmax(0, 1fr); gap: 0 12px; padding: 14px 0; border-bottom: 1px solid var(--r-line); }
.report-claim-number { font: 700 15px/1 var(--r-sans); color: var(--v); border: 2px solid var(--v); border-radius: 50%; width: 30px; height: 30px; display: grid; place-items: center; }
.report-claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.report-verdict { font: 700 11px/1 var(--r-sans); text-transform: uppercase; letter-spacing: .05em; padding: 5px 8px; border-radius: 10px; background: var(--v-bg); color: var(--v); }
.report-byline { font-size: 12.5px; color: var(--r-muted); flex: 1 1 260px; }
.report-quote { margin: 8px 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--v); font: 16px/1.55 var(--r-serif); white-space: pre-wrap; }
.report-rationale { margin: 6px 0; white-space: pre-wrap; }
.report-rationale strong, .report-evidence-label { font-weight: 600; }
.report-evidence { display: grid; gap: 6px; margin-top: 6px; }
.report-evidence li { font-size: 14px; padding-left: 10px; border-left: 2px solid var(--r-line); }
.report-stance { font: 700 10px/1 var(--r-sans); text-transform: uppercase; letter-spacing: .05em; padding: 2px 5px; border: 1px solid; border-radius: 4px; margin-right: 6px; }
.report-stance[data-stance="supports"] { color: var(--r-verified); }
.report-stance[data-stance="refutes"] { color: var(--r-contradicted); }
.report-stance[data-stance="context"] { color: var(--r-unreviewed); }
.report-excerpt { display: block; margin-top: 3px; font-family: var(--r-serif); color: var(--r-soft); white-space: pre-wrap; }
.report-footref { font-size: 10px; vertical-align: super; text-decoration: none; margin-left: 2px; }
.report-none { color: var(--r-muted); font-style: italic; font-size: 14px; margin: 6px 0; }
.report-sources { counter-reset: none; font-size: 12.5px; line-height: 1.45; }
.report-sources li { display: grid; grid-template-columns: 34px minmax(0, 1fr); gap: 0 12px; padding: 4px 0; }
.report-source-number { font-weight: 700; color: var(--r-muted); text-align: right; }
.report-source-url { overflow-wrap: anywhere; color: var(--r-soft); }
.report-open { font-size: 12px; margin-left: auto; }
.report-footer { margin-top: 32px; padding-top: 12px; border-top: 1px solid var(--r-line); font-size: 12px; color: var(--r-muted); }
@page { margin: 16mm 14mm; }
@media print {
  .report { font-size: 10.5pt; max-width: none; }
  .report-text { font-size: 11.5pt; }
  .report-article + .report-article { break-before: page; }
  .report-claim-item, .report-sources li, .report-summary { break-inside: avoid; }
  .report h2, .report h3 { break-after: avoid; }
  .report mark, .report-ref, .report-verdict, .report-summary li, .report-claim-number { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .report-screen-only { display: none !important; }
  .report a { text-decoration: none; }
}
`;

/** Page set-up for the standalone file, which has no app stylesheet around it. */
export const STANDALONE_CSS = `
html, body { margin: 0; background: #fff; }
body { padding: 32px 24px; }
@media print { body { padding: 0; } }
`;

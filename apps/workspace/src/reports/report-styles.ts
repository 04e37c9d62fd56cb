/** The report pages' own styles: charts that fit a phone, and print (no navigation or links, tables not split). */
export const REPORT_CSS = `
.app-chart { margin: 0 0 20px; max-width: 100%; }
.app-chart__svg { display: block; width: 100%; max-width: 640px; height: auto; }
.app-report-table { font-variant-numeric: tabular-nums; }
@media (max-width: 40.0625em) { .app-report-section { overflow-x: auto; } }
@media print {
  .govuk-header, .govuk-service-navigation, .govuk-footer, .govuk-skip-link, .app-sign-out, .app-signed-in, .app-no-print,
  .govuk-phase-banner { display: none !important; }
  .app-report-section { break-inside: avoid; }
  .app-chart__svg { max-width: 16cm; }
  a[href]::after { content: none; }
}
`;

/** The theme report: model, builders and writers (DOCX, PDF); the preview renders the same model. */
export * from './model';
export { buildReportModel, codeLevels, formatReportDate, orderedThemes, type ReportContext } from './report-model';
export { buildReportDocx } from './docx-report';
export { buildReportPdf, type ReportFonts } from './pdf-report';
export { attributionFor, pseudonymise } from './pseudonymise';

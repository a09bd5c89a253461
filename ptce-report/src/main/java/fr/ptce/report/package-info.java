/**
 * Renders compliance reports for people and tools, as the files of a run are checked: {@link
 * fr.ptce.report.ReportFormat} (text, the JSON reports of format v1, one self-contained HTML page, SARIF 2.1.0) gives
 * a streaming {@link fr.ptce.report.ReportRenderer}. Labels in French and English. No command-line or logging
 * framework: the {@code ptce} command line is one user of this package.
 */
package fr.ptce.report;

/**
 * The output formats of {@code ptce validate}, each a small {@link fr.ptce.examples.cli.format.ReportFormatter} that
 * writes reports as files are checked: text for a person, the JSON reports of format v1, one self-contained HTML page
 * (inline CSS and SVG charts, every input value escaped), SARIF 2.1.0.
 */
package fr.ptce.examples.cli.format;

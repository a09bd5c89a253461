/**
 * CSV member lists (the member fields of format v1 as columns) imported into a pole and validated with the pole
 * reader: {@link fr.ptce.model.csv.MemberCsv}. The columns are documented in {@code docs/format.md}.
 */
package fr.ptce.model.csv;

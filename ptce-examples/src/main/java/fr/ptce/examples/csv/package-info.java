/** CSV member lists (format v1 member fields as columns) imported into a pole: {@link fr.ptce.examples.csv.MemberCsv}. */
package fr.ptce.examples.csv;

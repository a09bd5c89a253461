/** SIRENE stock-file extracts read by column name, and the enrichment of members that have a SIREN. */
package fr.ptce.examples.sirene;

/**
 * INSEE SIRENE stock-file extracts read by column name ({@link fr.ptce.model.sirene.SireneExtract}), and the
 * enrichment of the members that have a SIREN from them ({@link fr.ptce.model.sirene.SireneEnrichment}).
 */
package fr.ptce.model.sirene;

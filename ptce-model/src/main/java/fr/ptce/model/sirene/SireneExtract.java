package fr.ptce.model.sirene;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An extract of INSEE's SIRENE open-data stock files, read by column <em>name</em> with Jackson CSV (the real files
 * gain columns over time; their order is not a contract). Only the columns used here are required; the others are
 * ignored.
 */
public final class SireneExtract {
    /** The columns read from {@code StockUniteLegale}. */
    public static final List<String> UNIT_COLUMNS = List.of("siren", "denominationUniteLegale",
            "categorieJuridiqueUniteLegale", "economieSocialeSolidaireUniteLegale", "trancheEffectifsUniteLegale",
            "etatAdministratifUniteLegale");
    /** The columns read from {@code StockEtablissement}. */
    public static final List<String> ESTABLISHMENT_COLUMNS = List.of("siret", "siren", "codeCommuneEtablissement",
            "etablissementSiege", "etatAdministratifEtablissement");

    /** A legal unit (unité légale); empty cells are {@code null}. */
    public record LegalUnit(String siren, String name, String legalCategory, String ess, String headcountBand,
                            String state) {
        /** True when INSEE records it as ceased ({@code etatAdministratifUniteLegale} = C). */
        public boolean ceased() {
            return "C".equals(state);
        }
    }

    /** An establishment (établissement); empty cells are {@code null}. */
    public record Establishment(String siret, String siren, String commune, boolean headOffice, String state) {
        /** True when INSEE records it as closed ({@code etatAdministratifEtablissement} = F). */
        public boolean closed() {
            return "F".equals(state);
        }
    }

    private final Map<String, LegalUnit> units;
    private final Map<String, Establishment> headOffices;

    private SireneExtract(Map<String, LegalUnit> units, Map<String, Establishment> headOffices) {
        this.units = units;
        this.headOffices = headOffices;
    }

    /**
     * Reads the two files (UTF-8, comma-separated as INSEE publishes them, header line first).
     *
     * @throws IOException              when a file cannot be read or parsed
     * @throws IllegalArgumentException when a required column is missing
     */
    public static SireneExtract read(InputStream unitsCsv, InputStream establishmentsCsv) throws IOException {
        Map<String, LegalUnit> units = new HashMap<>();
        for (Map<String, String> row : rows(unitsCsv, UNIT_COLUMNS, "StockUniteLegale")) {
            LegalUnit unit = new LegalUnit(row.get("siren"), row.get("denominationUniteLegale"),
                    row.get("categorieJuridiqueUniteLegale"), row.get("economieSocialeSolidaireUniteLegale"),
                    row.get("trancheEffectifsUniteLegale"), row.get("etatAdministratifUniteLegale"));
            units.put(unit.siren(), unit);
        }
        Map<String, Establishment> headOffices = new HashMap<>();
        for (Map<String, String> row : rows(establishmentsCsv, ESTABLISHMENT_COLUMNS, "StockEtablissement")) {
            Establishment e = new Establishment(row.get("siret"), row.get("siren"), row.get("codeCommuneEtablissement"),
                    "true".equalsIgnoreCase(row.get("etablissementSiege")), row.get("etatAdministratifEtablissement"));
            if (e.headOffice()) {
                headOffices.put(e.siren(), e);
            }
        }
        return new SireneExtract(units, headOffices);
    }

    /** The legal unit with this SIREN, if the extract has it. */
    public Optional<LegalUnit> unit(String siren) {
        return Optional.ofNullable(units.get(siren));
    }

    /** The head office of this SIREN, if the extract has it. */
    public Optional<Establishment> headOffice(String siren) {
        return Optional.ofNullable(headOffices.get(siren));
    }

    /** The number of legal units. */
    public int unitCount() {
        return units.size();
    }

    private static List<Map<String, String>> rows(InputStream in, List<String> required, String file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            CsvSchema header = null;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (header == null) {
                    header = (CsvSchema) it.getParserSchema();
                    for (String column : required) {
                        if (header.column(column) == null) {
                            throw new IllegalArgumentException(file + ": missing column " + column);
                        }
                    }
                }
                row.replaceAll((k, v) -> v == null || v.isBlank() ? null : v);
                rows.add(row);
            }
            return rows;
        }
    }
}

package fr.ptce.benchmarks;

import fr.ptce.model.reference.Geography;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The real codes the {@link PoleGenerator} draws from: every EPCI of the shipped COG 2026 with its member communes
 * (as {@link Geography} gives them), the current communes of each département, the départements of each région, and
 * the municipal arrondissements and communes déléguées (codes that locate through their parent commune). Read once
 * from ptce-model's COG resources; immutable.
 */
final class CogSample {
    private static final String DIR = "/fr/ptce/model/reference/cog/";

    final Geography cog = Geography.cog2026();
    /** EPCIs with at least one current commune, all in one département. */
    final List<String> singleDepartementEpcis = new ArrayList<>();
    /** EPCIs whose communes straddle two or more départements. */
    final List<String> multiDepartementEpcis = new ArrayList<>();
    final Map<String, List<String>> communesByDepartement = new TreeMap<>();
    final List<String> departements = new ArrayList<>();
    final Map<String, List<String>> departementsByRegion = new TreeMap<>();
    /** Municipal arrondissements (Paris, Lyon, Marseille), each with its parent commune. */
    final List<String[]> arrondissements = new ArrayList<>();
    /** Communes déléguées whose code differs from their parent's, each with its parent commune. */
    final List<String[]> delegated = new ArrayList<>();

    private static final class Holder {
        static final CogSample INSTANCE = new CogSample();
    }

    static CogSample get() {
        return Holder.INSTANCE;
    }

    private CogSample() {
        for (String[] row : read("epci.csv")) {
            String siren = row[0];
            if (cog.communesOfEpci(siren).isEmpty()) {
                continue;
            }
            (cog.departementsOfEpci(siren).size() == 1 ? singleDepartementEpcis : multiDepartementEpcis).add(siren);
        }
        for (String[] row : read("communes.csv")) {
            String code = row[0];
            String type = row[1];
            String parent = row.length > 5 ? row[5] : "";
            switch (type) {
                case "COM" -> communesByDepartement.computeIfAbsent(row[2], k -> new ArrayList<>()).add(code);
                case "ARM" -> arrondissements.add(new String[] {code, parent});
                case "COMD" -> {
                    if (!parent.isEmpty() && !parent.equals(code) && cog.isCommune(parent)) {
                        delegated.add(new String[] {code, parent});
                    }
                }
                default -> { }
            }
        }
        for (String[] row : read("departements.csv")) {
            departements.add(row[0]);
            departementsByRegion.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
        }
        Collections.sort(singleDepartementEpcis);
        Collections.sort(multiDepartementEpcis);
        if (singleDepartementEpcis.isEmpty() || multiDepartementEpcis.isEmpty() || arrondissements.isEmpty()
                || delegated.isEmpty()) {
            throw new IllegalStateException("unexpected COG resources");
        }
    }

    String pick(List<String> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A current commune of this EPCI. */
    String communeOfEpci(String epci, SplittableRandom rnd) {
        List<String> communes = new ArrayList<>(cog.communesOfEpci(epci));
        return communes.get(rnd.nextInt(communes.size()));
    }

    /** A current commune of this département. */
    String communeOfDepartement(String departement, SplittableRandom rnd) {
        return pick(communesByDepartement.get(departement), rnd);
    }

    String departementOf(String commune) {
        return cog.departementOf(commune).orElseThrow();
    }

    String regionOfDepartement(String departement) {
        return cog.regionOfDepartement(departement).orElseThrow();
    }

    private static List<String[]> read(String file) {
        InputStream in = CogSample.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

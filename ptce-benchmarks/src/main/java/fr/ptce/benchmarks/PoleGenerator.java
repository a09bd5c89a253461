package fr.ptce.benchmarks;

import fr.ptce.model.Aims;
import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.EnterpriseGrouping;
import fr.ptce.model.EsusApproval;
import fr.ptce.model.Governance;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Relation;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.model.classification.MemberClassifier;
import fr.ptce.model.classification.MemberProfile;
import fr.ptce.model.validation.Identifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates synthetic, structurally valid poles (format v1 with its rules-v2 fields) calibrated on the Labo de l'ESS
 * survey figures, with real COG 2026 codes. Deterministic: pole {@code i} of a generator depends only on its seed,
 * {@code i} and the requested size, so poles can be generated in any order or in parallel.
 *
 * <p>Calibration (what {@code PoleGeneratorTest} measures on 10,000 poles, see {@code docs/performance.md}):
 * <ul>
 *   <li>entries of {@code members[]} (members and partners) by kind: associations 57 % (IAE associations, 9221 and
 *       9222, 23 points of them), SARL 9 %, SCIC 8 %, collectivités 7 %, the other 19 % spread over SCOP, SAS,
 *       natural persons, foundations, universities, training bodies, entrepreneurs individuels, research centres,
 *       mutuals, CAE, groupements d'employeurs, other public bodies, SA, services of the State and the rarer forms
 *       ({@link MemberKind});</li>
 *   <li>two thirds of the entries that have a headcount band (all but natural persons) are under 10 employees;</li>
 *   <li>share of poles with at least one cooperation of a type, dates ignored: knowledge 79 %, premises 58 %,
 *       equipment 44 %, financial 27 %, communication 2 % (survey); partnership 35 %, services 20 %, employment 15 %,
 *       purchasing 12 % (not in the survey: this generator's choice). The same shares hold for the cooperations
 *       practised (active) on {@link #PROFILE_DATE}: the first cooperation of each type of a calibrated pole has not
 *       ended by then (what {@code SurveyCalibrationTest} measures with {@code PoleSurvey});</li>
 *   <li>size: log-normal, median 11, mean about 15 ("une quinzaine de structures"), clipped to 3..1000;</li>
 *   <li>territory: a real EPCI (or some of its communes, or its département) for 79 % of poles (the survey's
 *       infra-départemental share), two EPCIs of different départements, two départements or a région otherwise;
 *       about 15 % of located members off the territory.</li>
 * </ul>
 *
 * <p>The fields and categories of rules-v2 occur in calibrated poles as they do in real ones, without moving the
 * shares above: the pole's own legal entity (one of its entries of the pole's category, in about a fifth of the poles,
 * often its carrier; the pole's category then sometimes left out), NAF codes (training associations and companies,
 * research bodies by division 72, universities by 85.42Z, 85.41Z, 85.32Z, and many codes that imply no role), ESUS
 * approvals (ESS companies, SCIC, some associations; lasting, expired, granted late, or ending on one of
 * {@link #PLAUSIBLE_AS_OF}), services of the State (partners mostly), the rarer forms ({@link MemberKind#OTHER_FORM}:
 * SICA, caisses d'épargne, foreign companies and congrégations settled or not by essStatutes, ESUS or the SIRENE flag,
 * fonds de dotation, sociétés civiles, SISA, AARPI, OPCVM), two establishments of one SIREN, and State calls (AAP-PTCE,
 * AMI-PTCE) with a decision date and year, a year only, or neither.
 *
 * <p>{@link #withEdgeCases(double)} makes a share of the poles "edge" poles: small, and perturbed at the boundaries of
 * the rules (no territory, arrondissements and communes déléguées, vote shares of exactly 50 %, inactive carriers and
 * animators, explicit roles, enterprise groupings at the majority boundary, SIRENE flags contradicting the
 * classification, UNKNOWN statuses, lapsed cooperations, informal or public poles, programmes that almost look like
 * State calls, a legal entity of any category, inactive or a partner, several services of the State in one pole and
 * seated together, SIRENs shared across categories, by a State service or by natural persons, statutes that do not
 * fit the category, natural persons with roles, NAF codes or statutes, ESUS approvals on bodies that are not ESS,
 * decision dates that disagree with the year…), so that the differential test sees every outcome of every rule. Edge
 * poles are valid too, but not calibrated.
 */
public final class PoleGenerator {
    /** The earliest date a generated pole uses. */
    public static final LocalDate EPOCH = LocalDate.of(2004, 1, 1);
    /** The latest date a generated pole uses. */
    public static final LocalDate HORIZON = LocalDate.of(2032, 12, 31);
    /**
     * Dates a check is often made as of (the texts' entry into force, year ends, the tests' and benchmarks' dates):
     * some ESUS approvals end exactly on one of them.
     */
    public static final List<LocalDate> PLAUSIBLE_AS_OF = List.of(LocalDate.of(2014, 8, 2), LocalDate.of(2015, 4, 18),
            LocalDate.of(2020, 12, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 1, 1));
    /** The date the generator classifies entries as of, to choose carriers, animators and board seats. */
    static final LocalDate PROFILE_DATE = LocalDate.of(2025, 6, 30);

    /** NAF codes of training (85.41Z post-secondary, 85.59A/B continuing training, 85.32Z technical secondary). */
    private static final String[] TRAINING_NAF = {"85.59A", "85.59B", "85.41Z", "85.32Z"};
    /** NAF codes of research (division 72, social sciences included). */
    private static final String[] RESEARCH_NAF = {"72.19Z", "72.11Z", "72.20Z"};
    /** NAF codes that imply no role. */
    private static final String[] OTHER_NAF = {"62.01Z", "43.21A", "56.10A", "47.11B", "38.32Z", "01.13Z", "88.10A",
            "85.31Z", "85.51Z"};
    /** Every NAF code the generator uses, for the edge poles. */
    private static final String[] ANY_NAF = {"72.19Z", "72.11Z", "72.20Z", "85.42Z", "85.41Z", "85.59A", "85.59B",
            "85.32Z", "85.31Z", "62.01Z", "88.99B", "94.99Z", "84.11Z", "35.11Z"};
    /** Services of the State (7111–7179, 7190) and how often each is drawn. */
    private static final String[] STATE_CATEGORIES = {"7172", "7171", "7179", "7113", "7120", "7160", "7150", "7111",
            "7112", "7190"};
    private static final double[] STATE_WEIGHTS = {30, 25, 10, 8, 8, 5, 4, 3, 4, 3};
    /** Sociétés d'intérêt collectif agricole: cooperatives. */
    private static final String[] SICA = {"5432", "5532", "5632", "6532"};
    /** The forms whose ESS status the category cannot settle. */
    private static final String[] UNKNOWN_FORMS = {"3120", "3220", "3290", "9240"};

    /** Share of poles with at least one cooperation of each type (survey figures, then this generator's choice). */
    static final Map<CooperationType, Double> COOPERATION_SHARES = new EnumMap<>(CooperationType.class);

    static {
        COOPERATION_SHARES.put(CooperationType.KNOWLEDGE, 0.79);
        COOPERATION_SHARES.put(CooperationType.PREMISES, 0.58);
        COOPERATION_SHARES.put(CooperationType.EQUIPMENT, 0.44);
        COOPERATION_SHARES.put(CooperationType.FINANCIAL, 0.27);
        COOPERATION_SHARES.put(CooperationType.COMMUNICATION, 0.02);
        COOPERATION_SHARES.put(CooperationType.PARTNERSHIP, 0.35);
        COOPERATION_SHARES.put(CooperationType.SERVICES, 0.20);
        COOPERATION_SHARES.put(CooperationType.EMPLOYMENT, 0.15);
        COOPERATION_SHARES.put(CooperationType.PURCHASING, 0.12);
    }

    /** Log-normal size: median e^MU = 11, mean e^(MU + SIGMA²/2) ≈ 15. */
    static final double SIZE_MU = Math.log(11);
    static final double SIZE_SIGMA = 0.8;
    static final int MIN_SIZE = 3;
    static final int MAX_SIZE = 1000;

    private static final MemberKind[] KINDS = MemberKind.values();
    private static final double TOTAL_WEIGHT;

    static {
        double total = 0;
        for (MemberKind k : KINDS) {
            total += k.weight;
        }
        TOTAL_WEIGHT = total;
    }

    private static final String[] SMALL_BANDS = {"NN", "00", "01", "02", "03"};
    private static final double[] SMALL_BAND_WEIGHTS = {15, 10, 30, 25, 20};
    private static final String[] LARGE_BANDS = {"11", "12", "21", "22", "31", "32", "41", "42"};
    private static final double[] LARGE_BAND_WEIGHTS = {40, 33, 14, 7, 2, 2, 1, 1};
    private static final String[] WORDS = {"Solidaire", "Partage", "Ressources", "Terre", "Fabrique", "Atelier",
            "Coopérative", "Initiatives", "Horizons", "Passerelle", "Jardins", "Tiers-lieu", "Recyclerie", "Mobilité",
            "Cuisine", "Énergie", "Bois", "Culture", "Emploi", "Services"};

    private final long seed;
    private final double edgeCaseRate;
    private final CogSample sample;

    /** A generator of calibrated poles (no edge cases). */
    public PoleGenerator(long seed) {
        this(seed, 0);
    }

    private PoleGenerator(long seed, double edgeCaseRate) {
        if (!(edgeCaseRate >= 0 && edgeCaseRate <= 1)) {
            throw new IllegalArgumentException("edgeCaseRate must be in [0, 1]");
        }
        this.seed = seed;
        this.edgeCaseRate = edgeCaseRate;
        this.sample = CogSample.get();
    }

    /** The same generator with this share of edge poles (0 = calibrated only, 1 = edge poles only). */
    public PoleGenerator withEdgeCases(double rate) {
        return new PoleGenerator(seed, rate);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Pole number {@code index}, its size drawn from the calibrated distribution. */
    public Pole pole(int index) {
        SplittableRandom rnd = random(index);
        boolean edge = edgeCaseRate > 0 && rnd.nextDouble() < edgeCaseRate;
        int size = edge && rnd.nextDouble() < 0.6 ? 3 + rnd.nextInt(6) : size(rnd);
        return new Draft(index, rnd, size, edge).build();
    }

    /** Pole number {@code index} with exactly {@code members} entries in {@code members[]} (at least 3). */
    public Pole pole(int index, int members) {
        if (members < MIN_SIZE) {
            throw new IllegalArgumentException("a generated pole has at least " + MIN_SIZE + " members");
        }
        SplittableRandom rnd = random(index);
        boolean edge = edgeCaseRate > 0 && rnd.nextDouble() < edgeCaseRate;
        return new Draft(index, rnd, members, edge).build();
    }

    /** Poles {@code 0..count-1}. */
    public List<Pole> poles(int count) {
        return stream(count).toList();
    }

    /** Poles {@code 0..count-1}, lazily. */
    public Stream<Pole> stream(int count) {
        return IntStream.range(0, count).mapToObj(this::pole);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
    }

    /** A size from the log-normal distribution, clipped to 3..1000. */
    static int size(SplittableRandom rnd) {
        double x = Math.exp(SIZE_MU + SIZE_SIGMA * gaussian(rnd));
        return (int) Math.max(MIN_SIZE, Math.min(MAX_SIZE, Math.round(x)));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static int weighted(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static MemberKind kind(SplittableRandom rnd) {
        double x = rnd.nextDouble() * TOTAL_WEIGHT;
        for (MemberKind k : KINDS) {
            x -= k.weight;
            if (x < 0) {
                return k;
            }
        }
        return KINDS[KINDS.length - 1];
    }

    /** A SIREN whose Luhn check digit is right (never La Poste's). */
    static String siren(SplittableRandom rnd) {
        while (true) {
            StringBuilder sb = new StringBuilder(9);
            sb.append(1 + rnd.nextInt(9));
            for (int i = 0; i < 7; i++) {
                sb.append(rnd.nextInt(10));
            }
            String s = withLuhnDigit(sb.toString());
            if (!s.equals("356000000")) {
                return s;
            }
        }
    }

    /** A SIRET of this SIREN (NIC of 4 digits plus a Luhn check digit). */
    static String siret(String siren, SplittableRandom rnd) {
        return withLuhnDigit(siren + String.format("%04d", 1 + rnd.nextInt(99)));
    }

    /** A territory of {@code main} and another random département; their communes are added to {@code onTerritory}. */
    private Territory twoDepartements(String main, List<String> onTerritory, SplittableRandom rnd) {
        String other;
        do {
            other = sample.pick(sample.departements, rnd);
        } while (other.equals(main));
        onTerritory.addAll(sample.communesByDepartement.get(main));
        onTerritory.addAll(sample.communesByDepartement.get(other));
        return new Territory(null, null, null, List.of(main, other), null);
    }

    /** {@code digits} followed by the digit that makes the whole pass the Luhn check. */
    static String withLuhnDigit(String digits) {
        return Identifiers.withLuhnCheckDigit(digits);
    }

    private static LocalDate date(SplittableRandom rnd, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
    }

    /** A mutable member while the pole is drafted. */
    private static final class M {
        String id;
        String name;
        MemberKind kind;
        String siren;
        String siret;
        String category;
        Statute statute;
        Boolean essStatutes;
        SireneEss sirene;
        List<Role> roles;
        boolean natural;
        boolean partner;
        EnterpriseGrouping grouping;
        String commune;
        String band;
        Integer employees;
        LocalDate joined;
        LocalDate left;
        EsusApproval esus;
        String naf;
        MemberProfile profile;

        Member build() {
            return new Member(id, name, siren, siret, category, statute, essStatutes, esus, sirene, roles, naf,
                    natural ? Boolean.TRUE : null, partner ? Relation.PARTNER : null, grouping, commune, band, employees,
                    joined, left);
        }

        boolean ess() {
            return profile.essEnterprise();
        }
    }

    /** One pole being drafted. */
    private final class Draft {
        final int index;
        final SplittableRandom rnd;
        final int size;
        final boolean edge;
        final List<M> members = new ArrayList<>();
        String legalCategory;
        String legalEntity;
        String carrier;
        String animator;
        LocalDate founded;
        Territory territory;
        /** Where members on the territory are located, and where those off it are not. */
        List<String> onTerritory = new ArrayList<>();
        Set<String> territoryDepartements = new LinkedHashSet<>();
        String mainDepartement;
        Aims aims;
        Governance governance;
        final List<Cooperation> cooperations = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        final List<StateSupport> support = new ArrayList<>();
        double onTerritoryProbability;

        Draft(int index, SplittableRandom rnd, int size, boolean edge) {
            this.index = index;
            this.rnd = rnd;
            this.size = size;
            this.edge = edge;
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        /** In an edge pole, a perturbation applies with this probability. */
        boolean perturb() {
            return edge && rnd.nextDouble() < 0.25;
        }

        Pole build() {
            founded = chance(0.9) ? date(rnd, LocalDate.of(2005, 1, 1), LocalDate.of(2023, 12, 31)) : null;
            territory();
            onTerritoryProbability = edge && chance(0.5) ? 0.4 + 0.6 * rnd.nextDouble() : 0.78 + 0.22 * rnd.nextDouble();
            for (int i = 0; i < size; i++) {
                members.add(member(i + 1));
            }
            if (chance(0.05)) {
                shareSiren(true); // two establishments of one company or association
            }
            if (perturb()) {
                edgeMembers();
            }
            if (perturb()) {
                stateServices();
            }
            if (perturb()) {
                shareSiren(false);
            }
            for (M m : members) {
                m.profile = MemberClassifier.profile(m.build(), PROFILE_DATE);
            }
            pole();
            governance();
            cooperations();
            projects();
            support();
            List<Member> built = new ArrayList<>(members.size());
            for (M m : members) {
                built.add(m.build());
            }
            String id = "pole-" + Long.toHexString(seed & 0xffffffL) + "-" + index;
            return new Pole(1, id, "PTCE " + WORDS[rnd.nextInt(WORDS.length)] + " " + index, legalCategory, legalEntity,
                    carrier, founded, territory, aims, built, governance, cooperations, projects, support);
        }

        // ---------------------------------------------------------------- territory

        void territory() {
            String epci = sample.pick(sample.singleDepartementEpcis, rnd);
            mainDepartement = sample.cog.departementsOfEpci(epci).iterator().next();
            String epciName = sample.cog.epciName(epci).orElse(epci);
            if (edge && chance(0.35)) {
                edgeTerritory(epci);
                return;
            }
            double r = rnd.nextDouble();
            if (r < 0.55) {
                territory = new Territory(epciName, null, List.of(epci), null, null);
                onTerritory.addAll(sample.cog.communesOfEpci(epci));
            } else if (r < 0.75) {
                List<String> all = new ArrayList<>(sample.cog.communesOfEpci(epci));
                Collections.shuffle(all, new java.util.Random(rnd.nextLong()));
                List<String> some = all.subList(0, 1 + rnd.nextInt(Math.min(5, all.size())));
                territory = new Territory(chance(0.5) ? null : "Quartiers de " + epciName, some, null, null, null);
                onTerritory.addAll(some);
            } else if (r < 0.79) {
                territory = new Territory(null, null, null, List.of(mainDepartement), null);
                onTerritory.addAll(sample.communesByDepartement.get(mainDepartement));
            } else if (r < 0.89) {
                String other;
                do {
                    other = sample.pick(sample.singleDepartementEpcis, rnd);
                } while (sample.cog.departementsOfEpci(other).contains(mainDepartement));
                territory = new Territory(epciName + " et voisins", null, List.of(epci, other), null, null);
                onTerritory.addAll(sample.cog.communesOfEpci(epci));
                onTerritory.addAll(sample.cog.communesOfEpci(other));
            } else if (r < 0.95) {
                territory = twoDepartements(mainDepartement, onTerritory, rnd);
            } else {
                String region = sample.regionOfDepartement(mainDepartement);
                List<String> deps = sample.departementsByRegion.get(region);
                if (deps.size() < 2) {
                    // a one-département overseas région: take two départements instead
                    territory = twoDepartements(mainDepartement, onTerritory, rnd);
                } else {
                    territory = new Territory("Région", null, null, null, List.of(region));
                    for (String d : deps) {
                        onTerritory.addAll(sample.communesByDepartement.get(d));
                    }
                }
            }
            for (String c : onTerritory) {
                territoryDepartements.add(sample.departementOf(c));
            }
        }

        void edgeTerritory(String epci) {
            int what = rnd.nextInt(6);
            switch (what) {
                case 0 -> territory = null;
                case 1 -> territory = new Territory("À définir", List.of(), List.of(), List.of(), List.of());
                case 2 -> {
                    // a city with arrondissements: territory by the commune or by one arrondissement
                    String[] arm = sample.arrondissements.get(rnd.nextInt(sample.arrondissements.size()));
                    territory = new Territory(null, List.of(chance(0.5) ? arm[1] : arm[0]), null, null, null);
                    mainDepartement = sample.departementOf(arm[1]);
                    onTerritory.add(arm[0]);
                    onTerritory.add(arm[1]);
                    for (String[] a : sample.arrondissements) {
                        if (a[1].equals(arm[1]) && chance(0.3)) {
                            onTerritory.add(a[0]); // other arrondissements: on it only when the city is listed
                        }
                    }
                }
                case 3 -> {
                    // a commune nouvelle and its communes déléguées
                    String[] del = sample.delegated.get(rnd.nextInt(sample.delegated.size()));
                    territory = new Territory(null, List.of(chance(0.5) ? del[1] : del[0]), null, null, null);
                    mainDepartement = sample.departementOf(del[1]);
                    onTerritory.add(del[0]);
                    onTerritory.add(del[1]);
                }
                case 4 -> {
                    // an EPCI straddling two départements
                    String multi = sample.pick(sample.multiDepartementEpcis, rnd);
                    territory = new Territory(null, null, List.of(multi), null, null);
                    onTerritory.addAll(sample.cog.communesOfEpci(multi));
                    mainDepartement = sample.departementOf(onTerritory.get(0));
                }
                default -> {
                    // an EPCI and a commune of it, plus a région code of another part of France
                    String region;
                    do {
                        region = sample.pick(new ArrayList<>(sample.departementsByRegion.keySet()), rnd);
                    } while (region.equals(sample.regionOfDepartement(mainDepartement)));
                    territory = new Territory(null, List.of(sample.communeOfEpci(epci, rnd)), List.of(epci), null,
                            List.of(region));
                    onTerritory.addAll(sample.cog.communesOfEpci(epci));
                }
            }
            for (String c : onTerritory) {
                territoryDepartements.add(sample.departementOf(c));
            }
            if (onTerritory.isEmpty()) {
                onTerritory.addAll(sample.cog.communesOfEpci(epci));
            }
        }

        /** A commune on the territory (when {@code on}) or off it (a département the territory does not touch). */
        String commune(boolean on) {
            if (on) {
                return onTerritory.get(rnd.nextInt(onTerritory.size()));
            }
            String dep;
            do {
                dep = sample.pick(sample.departements, rnd);
            } while (territoryDepartements.contains(dep) || dep.equals(mainDepartement));
            return sample.communeOfDepartement(dep, rnd);
        }

        // ---------------------------------------------------------------- members

        M member(int n) {
            MemberKind kind = kind(rnd);
            M m = new M();
            m.kind = kind;
            m.id = "m" + n;
            boolean located = chance(onTerritoryProbability);
            switch (kind) {
                case IAE_ASSOCIATION -> association(m, "9221", chance(0.5) ? "Chantier d'insertion" : "Entreprise d'insertion");
                case INTERMEDIATE_ASSOCIATION -> association(m, "9222", "Association intermédiaire");
                case ASSOCIATION -> {
                    association(m, mainDepartement != null && Set.of("57", "67", "68").contains(mainDepartement)
                            && chance(0.7) ? "9260" : "9220", "Association");
                    if (chance(0.08)) {
                        // a training body: by its explicit roles, or by its activity code (role TRAINING_BODY only)
                        if (chance(0.5)) {
                            m.roles = List.of(Role.ENTERPRISE, Role.TRAINING_BODY);
                        } else {
                            m.naf = pick(TRAINING_NAF);
                        }
                        m.name = "Organisme de formation " + word();
                    } else if (chance(0.01)) {
                        m.naf = chance(0.5) ? "72.20Z" : "72.19Z"; // a research association (social sciences…)
                        m.name = "Laboratoire associatif " + word();
                    } else if (chance(0.04)) {
                        int n2 = 20 + rnd.nextInt(60);
                        m.grouping = new EnterpriseGrouping(n2, (int) Math.round(n2 * (0.55 + 0.4 * rnd.nextDouble())));
                        m.name = "Club d'entreprises " + word();
                    }
                }
                case PUBLIC_UTILITY_ASSOCIATION -> association(m, "9230", "Fédération");
                case SARL -> company(m, "5499", "SARL", 0.10);
                case SAS -> company(m, "5710", "SAS", 0.10);
                case SA -> company(m, "5599", "SA", 0.0);
                case SCIC -> {
                    double r = rnd.nextDouble();
                    m.category = r < 0.5 ? "5710" : r < 0.8 ? "5460" : "5560";
                    m.statute = Statute.SCIC;
                    m.name = "SCIC " + word();
                    m.sirene = chance(0.85) ? SireneEss.O : null;
                    if (chance(0.3)) {
                        m.esus = esusApproval();
                    }
                }
                case SCOP -> {
                    m.category = chance(0.8) ? "5458" : "5558";
                    m.name = "SCOP " + word();
                    m.sirene = chance(0.9) ? SireneEss.O : null;
                }
                case CAE -> {
                    m.category = "5460";
                    m.statute = Statute.CAE;
                    m.name = "CAE " + word();
                    m.sirene = chance(0.9) ? SireneEss.O : null;
                }
                case MUTUAL -> {
                    m.category = "8210";
                    m.name = "Mutuelle " + word();
                    m.sirene = SireneEss.O;
                }
                case FOUNDATION -> {
                    m.category = "9300";
                    m.name = "Fondation " + word();
                    m.sirene = chance(0.7) ? SireneEss.O : null;
                }
                case EMPLOYER_GROUP -> {
                    if (chance(0.6)) {
                        m.category = "9223";
                        m.statute = chance(0.5) ? Statute.EMPLOYER_GROUP : Statute.GEIQ;
                        m.name = "Groupement d'employeurs " + word();
                    } else {
                        m.category = "6220";
                        m.name = "GIE " + word();
                    }
                    m.sirene = chance(0.3) ? SireneEss.O : null;
                }
                case LOCAL_AUTHORITY -> {
                    if (chance(0.2)) {
                        m.naf = "84.11Z"; // administration publique générale: changes nothing
                    }
                    double r = rnd.nextDouble();
                    m.category = r < 0.40 ? "7210" : r < 0.65 ? "7346" : r < 0.75 ? "7348" : r < 0.85 ? "7220"
                            : r < 0.90 ? "7230" : r < 0.95 ? "7344" : "7354";
                    m.name = switch (m.category) {
                        case "7210" -> "Commune";
                        case "7220" -> "Département";
                        case "7230" -> "Région";
                        case "7354" -> "Syndicat mixte";
                        default -> "Intercommunalité";
                    };
                    m.partner = chance(0.4);
                    m.sirene = chance(0.6) ? SireneEss.N : null;
                    located = chance(0.9);
                }
                case HIGHER_EDUCATION -> {
                    m.category = chance(0.8) ? "7383" : "7384";
                    m.name = "Université " + word();
                    m.partner = chance(0.3);
                    double r = rnd.nextDouble();
                    m.naf = r < 0.4 ? "85.42Z" : r < 0.5 ? "85.41Z" : null; // 85.41Z (post-secondary): a training body
                }
                case RESEARCH_CENTRE -> {
                    // a public research body: by its explicit role, or by its activity (division 72), an EPIC too
                    double r = rnd.nextDouble();
                    m.category = r < 0.8 ? "7389" : "4110";
                    if (chance(0.5)) {
                        m.roles = List.of(Role.RESEARCH_CENTRE);
                    } else {
                        m.naf = pick(RESEARCH_NAF);
                    }
                    m.name = "Centre de recherche " + word();
                    m.partner = chance(0.3);
                }
                case TRAINING_BODY -> {
                    m.category = "7331";
                    m.name = "GRETA " + word();
                    double r = rnd.nextDouble();
                    m.naf = r < 0.3 ? "85.32Z" : r < 0.5 ? "85.31Z" : null; // 85.31Z changes nothing
                }
                case OTHER_PUBLIC -> {
                    double r = rnd.nextDouble();
                    m.category = r < 0.4 ? "7361" : r < 0.8 ? "7381" : "4140";
                    m.name = r < 0.4 ? "CCAS" : r < 0.8 ? "Chambre consulaire" : "Régie";
                    m.partner = chance(0.3);
                    if (r >= 0.8 && chance(0.5)) {
                        m.naf = "35.11Z"; // a local EPIC producing energy: still an enterprise
                    }
                }
                case SOLE_TRADER -> {
                    m.category = "1000";
                    m.name = "Entrepreneur " + word();
                    double r = rnd.nextDouble();
                    m.naf = r < 0.5 ? pick(OTHER_NAF) : r < 0.55 ? "85.59A" : null; // a self-employed trainer
                }
                case STATE_SERVICE -> {
                    stateService(m);
                    m.partner = chance(0.6);
                    located = chance(0.8);
                }
                case OTHER_FORM -> otherForm(m);
                case NATURAL_PERSON -> {
                    m.natural = true;
                    m.name = "Habitant " + n;
                }
            }
            if (!m.partner && kind != MemberKind.LOCAL_AUTHORITY && chance(0.02)) {
                m.partner = true;
            }
            if (m.name == null) {
                m.name = kind.name();
            }
            m.name = m.name + " " + n;
            if (!m.natural && chance(0.9)) {
                m.siren = siren(rnd);
                if (chance(0.3)) {
                    m.siret = siret(m.siren, rnd);
                }
            }
            if (kind.hasHeadcount()) {
                m.band = chance(kind.smallProbability()) ? SMALL_BANDS[weighted(rnd, SMALL_BAND_WEIGHTS)]
                        : LARGE_BANDS[weighted(rnd, LARGE_BAND_WEIGHTS)];
            }
            if (chance(kind == MemberKind.NATURAL_PERSON ? 0.8 : 0.96)) {
                m.commune = commune(located);
            }
            if (chance(0.75)) {
                LocalDate from = founded == null ? LocalDate.of(2005, 1, 1) : founded;
                m.joined = date(rnd, from, LocalDate.of(2025, 12, 31));
            }
            if (chance(0.1)) {
                LocalDate from = m.joined == null ? LocalDate.of(2006, 1, 1) : m.joined.plusDays(1);
                m.left = date(rnd, from.plusDays(364), from.plusYears(10));
            }
            return m;
        }

        String word() {
            return WORDS[rnd.nextInt(WORDS.length)];
        }

        void association(M m, String category, String label) {
            m.category = category;
            m.name = label + " " + word();
            double r = rnd.nextDouble();
            m.sirene = r < 0.80 ? SireneEss.O : r < 0.98 ? null : SireneEss.N;
            if (chance(0.05)) {
                m.esus = esusApproval(); // many ESUS approvals are associations': no effect on an ESS form
            }
            if (chance(0.2)) {
                m.naf = chance(0.5) ? "88.99B" : "94.99Z"; // action sociale, autres organisations: change nothing
            }
        }

        void company(M m, String category, String label, double essStatutes) {
            m.category = category;
            m.name = label + " " + word();
            if (chance(essStatutes)) {
                m.essStatutes = true;
                m.sirene = chance(0.8) ? SireneEss.O : null;
                if (chance(0.5)) {
                    m.esus = esusApproval(); // an ESUS company
                }
            } else if (chance(0.33)) {
                m.essStatutes = false;
                m.sirene = chance(0.6) ? SireneEss.N : null;
                if (chance(0.01)) {
                    m.esus = esusApproval(); // contradictory data: DATA-ESUS-WITHOUT-ESS-STATUTES
                }
            } else {
                double r = rnd.nextDouble();
                m.sirene = r < 0.5 ? SireneEss.N : r < 0.95 ? null : SireneEss.O;
                if (chance(0.04)) {
                    m.esus = esusApproval(); // ESS through its approval alone while it lasts
                }
            }
            double r = rnd.nextDouble();
            // activity: mostly unrelated codes; an R&D company is a research centre, a training company a training body
            m.naf = r < 0.5 ? pick(OTHER_NAF) : r < 0.52 ? "72.19Z" : r < 0.55 ? pick(TRAINING_NAF) : null;
        }

        /** A service of the State: ministries, services déconcentrés, écoles nationales (one person, the State). */
        void stateService(M m) {
            m.category = STATE_CATEGORIES[weighted(rnd, STATE_WEIGHTS)];
            m.name = switch (m.category) {
                case "7171" -> "DREETS";
                case "7172" -> "DDETS";
                case "7179" -> "Préfecture";
                case "7113" -> "Ministère";
                case "7120" -> "Direction générale";
                case "7190" -> "École nationale";
                default -> "Service de l'État";
            };
            m.sirene = chance(0.3) ? SireneEss.N : null;
            m.statute = null;
            m.essStatutes = null;
            m.roles = null;
            m.natural = false;
        }

        /** The rarer forms of the legal-category table (see {@link MemberKind#OTHER_FORM}). */
        void otherForm(M m) {
            double r = rnd.nextDouble();
            if (r < 0.2) {
                m.category = SICA[rnd.nextInt(SICA.length)];
                m.name = "SICA " + word();
                m.sirene = chance(0.5) ? SireneEss.O : null;
            } else if (r < 0.25) {
                m.category = "6100";
                m.name = "Caisse d'épargne " + word();
                m.sirene = chance(0.6) ? SireneEss.O : null;
            } else if (r < 0.55) {
                // a foreign company or a congrégation: only essStatutes, ESUS or the SIRENE flag settle it
                m.category = UNKNOWN_FORMS[rnd.nextInt(UNKNOWN_FORMS.length)];
                m.name = (m.category.equals("9240") ? "Congrégation " : "Société étrangère ") + word();
                double e = rnd.nextDouble();
                m.essStatutes = e < 0.25 ? Boolean.TRUE : e < 0.5 ? Boolean.FALSE : null;
                double f = rnd.nextDouble();
                m.sirene = f < 0.25 ? SireneEss.O : f < 0.4 ? SireneEss.N : null;
                if (chance(0.15)) {
                    m.esus = esusApproval();
                }
            } else if (r < 0.65) {
                m.category = "9900";
                m.name = "Fonds de dotation " + word();
                m.statute = chance(0.5) ? Statute.ENDOWMENT_FUND : null;
                m.sirene = chance(0.1) ? SireneEss.O : null;
            } else if (r < 0.8) {
                String[] civil = {"6540", "6599", "6589"};
                m.category = civil[rnd.nextInt(civil.length)];
                m.name = "Société civile " + word();
            } else if (r < 0.85) {
                m.category = "9224";
                m.name = "AARPI " + word();
            } else if (r < 0.9) {
                m.category = "0000";
                m.name = "Fonds commun " + word();
            } else if (r < 0.95) {
                m.category = "6511";
                m.name = "SISA " + word();
                m.statute = chance(0.5) ? Statute.EMPLOYER_GROUP : null;
            } else {
                m.category = "9970";
                m.name = "GCS " + word();
            }
        }

        /** An ESUS approval: lasting, expired, granted later than many as-of dates, or ending on a typical one. */
        EsusApproval esusApproval() {
            double r = rnd.nextDouble();
            if (r < 0.25) {
                LocalDate end = PLAUSIBLE_AS_OF.get(rnd.nextInt(PLAUSIBLE_AS_OF.size()));
                return new EsusApproval(end.minusYears(chance(0.7) ? 5 : 2), end);
            }
            LocalDate granted = date(rnd, LocalDate.of(2009, 1, 1), LocalDate.of(2030, 12, 31));
            return new EsusApproval(granted, r < 0.45 ? null : granted.plusYears(chance(0.75) ? 5 : 2));
        }

        String pick(String[] codes) {
            return codes[rnd.nextInt(codes.length)];
        }

        /**
         * Gives a later entry the SIREN of an earlier one: two establishments of one legal person (of the same
         * category when {@code sameCategory}; any two entries otherwise, natural persons and State services included,
         * in edge poles).
         */
        void shareSiren(boolean sameCategory) {
            List<M> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, new java.util.Random(rnd.nextLong()));
            for (M a : shuffled) {
                if (a.siren == null || (sameCategory && a.natural)) {
                    continue;
                }
                for (M b : shuffled) {
                    if (b == a || (sameCategory && (b.natural || !a.category.equals(b.category)))) {
                        continue;
                    }
                    b.siren = a.siren;
                    b.siret = chance(0.6) ? siret(a.siren, rnd) : null;
                    return;
                }
            }
        }

        /** Edge poles: two to four entries become services of the State (one person together). */
        void stateServices() {
            int count = 2 + rnd.nextInt(3);
            for (M m : sampleMembers(count)) {
                stateService(m);
                m.grouping = null;
                m.esus = null;
                m.naf = null;
                if (m.siren == null && chance(0.5)) {
                    m.siren = siren(rnd);
                }
            }
        }

        /** Edge poles: members at the boundaries of the classification and of the "who counts" rules. */
        void edgeMembers() {
            for (M m : members) {
                if (!chance(0.3)) {
                    continue;
                }
                switch (rnd.nextInt(19)) {
                    case 0 -> m.roles = List.of();
                    case 1 -> m.roles = List.of(Role.OTHER);
                    case 2 -> m.roles = List.of(Role.ENTERPRISE, Role.TRAINING_BODY);
                    case 3 -> m.roles = List.of(Role.values()[rnd.nextInt(Role.values().length)]);
                    case 4 -> { // a natural person with a legal category, roles, an activity or a statute: all ignored
                        m.natural = true;
                        m.category = chance(0.5) ? "1000" : chance(0.5) ? "9220" : "7210";
                        m.roles = chance(0.3) ? List.of(Role.ENTERPRISE) : null;
                        m.naf = chance(0.3) ? pick(ANY_NAF) : null;
                        m.statute = chance(0.2) ? Statute.ASSOCIATION : null;
                    }
                    case 5 -> { // an enterprise grouping at the majority boundary
                        int n = 2 * (1 + rnd.nextInt(20));
                        m.grouping = new EnterpriseGrouping(n + (chance(0.5) ? 1 : 0), n / 2 + (chance(0.5) ? 1 : 0));
                        if (m.grouping.nonEssMembers() > m.grouping.members()) {
                            m.grouping = new EnterpriseGrouping(n, n / 2);
                        }
                    }
                    case 6 -> m.sirene = SireneEss.values()[rnd.nextInt(2)];
                    case 7 -> m.sirene = null;
                    case 8 -> { // statuses the data cannot settle, or settled by statute, statutes, approval or flag
                        String[] cats = {"6220", "6540", "9223", "9900", "3120", "8510", "9240", "6599", "3220", "3290",
                                "9224", "0000", "7312", "7341", "5432", "5532", "5632", "6532", "6100", "6511", "9970",
                                "4110", "6210", "5499"};
                        m.category = cats[rnd.nextInt(cats.length)];
                        m.statute = chance(0.3) ? Statute.values()[rnd.nextInt(Statute.values().length)] : null;
                        m.sirene = chance(0.3) ? SireneEss.O : chance(0.2) ? SireneEss.N : null;
                        m.essStatutes = chance(0.2) ? Boolean.TRUE : chance(0.2) ? Boolean.FALSE : null;
                        m.esus = chance(0.2) ? esusApproval() : null;
                        m.natural = false;
                    }
                    case 9 -> { // commercial companies: statutes and flag in every combination
                        m.category = chance(0.5) ? "5499" : "5710";
                        m.statute = null;
                        m.natural = false;
                        m.essStatutes = chance(0.33) ? null : chance(0.5);
                        m.sirene = chance(0.33) ? null : SireneEss.values()[rnd.nextInt(2)];
                    }
                    case 10 -> m.partner = !m.partner;
                    case 11 -> m.commune = null;
                    case 12 -> { // dates around the as-of dates the tests draw
                        m.joined = date(rnd, EPOCH, HORIZON.minusYears(1));
                        m.left = chance(0.5) ? date(rnd, m.joined.plusDays(1), HORIZON) : null;
                    }
                    case 14 -> m.esus = esusApproval(); // on any entry: a contradiction unless it is an ESS enterprise
                    case 15 -> { // roles from the activity code alone
                        m.roles = null;
                        m.naf = pick(ANY_NAF);
                    }
                    case 16 -> { // statutes that fit the category or not
                        String[][] pairs = {{"9240", "ASSOCIATION"}, {"9220", "FOUNDATION"}, {"5499", "COOPERATIVE"},
                                {"6540", "SCOP"}, {"5710", "MUTUAL"}, {"9300", "FOUNDATION"}, {"9900", "ENDOWMENT_FUND"},
                                {"6511", "GEIQ"}, {"6220", "GEIQ"}, {"9224", "EMPLOYER_GROUP"}, {"3120", "SCIC"},
                                {"7210", "SCIC"}, {"5710", "SCIC"}, {"8210", "MUTUAL"}, {"9223", "ASSOCIATION"},
                                {"9210", "ASSOCIATION"}, {"5499", "ENDOWMENT_FUND"}, {"3220", "COOPERATIVE"},
                                {"9300", "ASSOCIATION"}, {"6532", "SCOP"}};
                        String[] pair = pairs[rnd.nextInt(pairs.length)];
                        m.category = pair[0];
                        m.statute = Statute.valueOf(pair[1]);
                        m.natural = false;
                        m.essStatutes = chance(0.3) ? Boolean.valueOf(chance(0.5)) : null;
                        m.sirene = chance(0.3) ? SireneEss.values()[rnd.nextInt(2)] : null;
                    }
                    case 17 -> stateService(m);
                    default -> { // a public-law person flagged ESS in SIRENE, a sole trader
                        m.category = chance(0.5) ? "7210" : "1000";
                        m.natural = false;
                        m.statute = null;
                        m.roles = null;
                        m.sirene = chance(0.5) ? SireneEss.O : null;
                    }
                }
                if (m.category == null && !m.natural) {
                    m.category = "9220";
                }
                if (m.natural && m.category != null && m.siren == null) {
                    m.siren = siren(rnd);
                }
            }
        }

        // ---------------------------------------------------------------- the pole itself

        void pole() {
            double r = rnd.nextDouble();
            legalCategory = r < 0.65 ? "9220" : r < 0.75 ? "5710" : r < 0.78 ? "5460" : r < 0.93 ? null
                    : r < 0.96 ? "6220" : r < 0.98 ? "9300" : "9900";
            if (perturb()) {
                String[] cats = {null, "1000", "2110", "2900", "9210", "7210", "7346", "4140", "3120", "9220", "5710",
                        "7113", "7190", "9224", "3110"};
                legalCategory = cats[rnd.nextInt(cats.length)];
            }
            // the pole's own legal entity: often one of its entries (an association of the pole's category); then the
            // pole's category may be left out, the entity's is the pole's
            legalEntity = null;
            if (legalCategory != null && chance(0.4)) {
                String category = legalCategory;
                M entity = pickMember(x -> !x.natural && category.equals(x.category));
                if (entity != null) {
                    legalEntity = entity.id;
                    entity.partner = false;
                    if (chance(0.25)) {
                        legalCategory = null;
                    }
                }
            }
            if (perturb()) { // any entry that is not a natural person: a commune, a sole trader, the State, a partner…
                M any = pickMember(x -> !x.natural);
                if (any != null) {
                    legalEntity = any.id;
                    legalCategory = chance(0.6) ? null : any.category;
                }
            }
            // carrier and animator: usually an ESS member (the legal entity itself, sometimes), often the same
            M essMember = pickMember(x -> x.ess() && !x.partner);
            carrier = chance(0.75) && essMember != null ? essMember.id : null;
            M entity = legalEntity == null ? null : byId(legalEntity);
            if (entity != null && entity.ess() && chance(0.5)) {
                carrier = entity.id;
            }
            if (perturb()) {
                M any = members.get(rnd.nextInt(members.size()));
                carrier = chance(0.2) ? null : any.id;
            }
            r = rnd.nextDouble();
            aims = r < 0.97 ? new Aims(true, "Développement local durable du territoire")
                    : new Aims(null, "Coopérer pour l'emploi");
            if (perturb()) {
                r = rnd.nextDouble();
                aims = r < 0.33 ? null : r < 0.66 ? new Aims(false, null) : new Aims(true, null);
            }
        }

        M pickMember(java.util.function.Predicate<M> filter) {
            List<M> candidates = new ArrayList<>();
            for (M m : members) {
                if (filter.test(m)) {
                    candidates.add(m);
                }
            }
            return candidates.isEmpty() ? null : candidates.get(rnd.nextInt(candidates.size()));
        }

        // ---------------------------------------------------------------- governance

        void governance() {
            if (chance(0.05) || (edge && chance(0.1))) {
                governance = null;
                return;
            }
            M anim = chance(0.8) && carrier != null ? byId(carrier) : pickMember(M::ess);
            animator = chance(0.85) && anim != null ? anim.id : null;
            if (perturb()) {
                animator = chance(0.3) ? null : members.get(rnd.nextInt(members.size())).id;
            }
            List<DecisionBody> bodies = new ArrayList<>();
            if (chance(0.95)) {
                bodies.add(board());
            }
            if (chance(0.5)) {
                List<Seat> seats = new ArrayList<>();
                for (M m : members) {
                    if (!m.partner) {
                        seats.add(new Seat(m.id, chance(0.7) ? null : Integer.valueOf(1)));
                    }
                }
                if (!seats.isEmpty()) {
                    bodies.add(new DecisionBody("Assemblée générale", true, seats));
                }
            }
            if (chance(0.25)) {
                List<Seat> seats = new ArrayList<>();
                for (M m : sampleMembers(Math.min(members.size(), 2 + rnd.nextInt(6)))) {
                    seats.add(new Seat(m.id, 1));
                }
                bodies.add(new DecisionBody("Comité de pilotage", chance(0.5) ? false : null, seats));
            }
            if (perturb()) {
                edgeBodies(bodies);
            }
            governance = new Governance(animator, bodies);
        }

        /** The board: 3 to 12 seats, mostly ESS enterprises, one vote each or weighted by collège. */
        DecisionBody board() {
            int seats = Math.min(members.size(), 3 + rnd.nextInt(10));
            List<M> chosen = new ArrayList<>();
            List<M> ess = new ArrayList<>();
            List<M> others = new ArrayList<>();
            for (M m : members) {
                (m.ess() ? ess : others).add(m);
            }
            Collections.shuffle(ess, new java.util.Random(rnd.nextLong()));
            Collections.shuffle(others, new java.util.Random(rnd.nextLong()));
            int essSeats = Math.min(ess.size(), (int) Math.ceil(seats * (0.55 + 0.35 * rnd.nextDouble())));
            chosen.addAll(ess.subList(0, essSeats));
            chosen.addAll(others.subList(0, Math.min(others.size(), seats - essSeats)));
            boolean colleges = chance(0.2);
            List<Seat> list = new ArrayList<>();
            for (M m : chosen) {
                Integer votes = colleges ? Integer.valueOf(m.ess() ? 2 : 1) : chance(0.5) ? null : Integer.valueOf(1);
                list.add(new Seat(m.id, votes));
            }
            return new DecisionBody("Conseil d'administration", true, list);
        }

        void edgeBodies(List<DecisionBody> bodies) {
            switch (rnd.nextInt(9)) {
                case 0 -> bodies.clear(); // governance declared, no body
                case 1 -> { // only bodies that do not take decisions
                    bodies.clear();
                    bodies.add(new DecisionBody("Comité technique", chance(0.5) ? false : null,
                            List.of(new Seat(members.get(0).id, 1))));
                }
                case 2 -> { // ESS votes exactly half: 1 ESS seat, 1 other seat (or 2 + 2)
                    M e = pickMember(M::ess);
                    M o = pickMember(x -> !x.ess());
                    if (e != null && o != null) {
                        int v = 1 + rnd.nextInt(3);
                        bodies.add(new DecisionBody("Bureau", true, List.of(new Seat(e.id, v), new Seat(o.id, v))));
                    }
                }
                case 3 -> { // one member holding exactly half, or just over half
                    List<M> some = sampleMembers(Math.min(members.size(), 3));
                    int rest = some.size() - 1;
                    int top = rest + (chance(0.5) ? 1 : 0);
                    List<Seat> seats = new ArrayList<>();
                    seats.add(new Seat(some.get(0).id, Math.max(1, top)));
                    for (int i = 1; i < some.size(); i++) {
                        seats.add(new Seat(some.get(i).id, 1));
                    }
                    bodies.add(new DecisionBody("Collège fondateur", true, seats));
                }
                case 4 -> { // public-law persons holding half or more
                    M pub = pickMember(x -> x.profile.publicLaw());
                    M other = pickMember(x -> !x.profile.publicLaw());
                    if (pub != null && other != null) {
                        bodies.add(new DecisionBody("Comité de gestion", true,
                                List.of(new Seat(pub.id, 1 + rnd.nextInt(2)), new Seat(other.id, 1))));
                    }
                }
                case 5 -> { // seats of members that may be inactive on the as-of date
                    M late = members.get(rnd.nextInt(members.size()));
                    late.joined = date(rnd, LocalDate.of(2015, 1, 1), HORIZON.minusYears(2));
                    late.left = chance(0.5) ? late.joined.plusYears(1) : null;
                    bodies.add(new DecisionBody("Conseil restreint", true, List.of(new Seat(late.id, 1))));
                }
                case 6 -> { // one person through several entries (the State, one SIREN), each under half, together over
                    List<M> same = new ArrayList<>();
                    for (M a : members) {
                        same.clear();
                        for (M b : members) {
                            if (samePerson(a, b)) {
                                same.add(b);
                            }
                        }
                        if (same.size() >= 2) {
                            break;
                        }
                    }
                    if (same.size() >= 2) {
                        List<Seat> seats = new ArrayList<>();
                        for (M x : same) {
                            seats.add(new Seat(x.id, 2));
                        }
                        M other = pickMember(x -> !same.contains(x));
                        if (other != null) {
                            seats.add(new Seat(other.id, 2 * same.size() - (chance(0.5) ? 1 : 0)));
                        }
                        bodies.add(new DecisionBody("Conseil des financeurs", true, seats));
                    }
                }
                case 7 -> { // the pole's legal entity holds most votes
                    M other = pickMember(x -> !x.id.equals(legalEntity));
                    if (legalEntity != null && other != null) {
                        bodies.add(new DecisionBody("Bureau de la structure", true,
                                List.of(new Seat(legalEntity, 2 + rnd.nextInt(2)), new Seat(other.id, 2))));
                    }
                }
                default -> { // the same member seated in two bodies with many votes
                    M m = members.get(rnd.nextInt(members.size()));
                    bodies.add(new DecisionBody("Directoire", true, List.of(new Seat(m.id, 1 + rnd.nextInt(5)))));
                }
            }
        }

        /** Two entries the catalogue counts as one person: services of the State, or one SIREN (not natural persons). */
        boolean samePerson(M a, M b) {
            if (a.natural || b.natural) {
                return a == b;
            }
            boolean stateA = a.category != null && a.category.startsWith("71"); // 7111–7179, 7190
            boolean stateB = b.category != null && b.category.startsWith("71");
            return a == b || (stateA && stateB) || (a.siren != null && a.siren.equals(b.siren));
        }

        M byId(String id) {
            for (M m : members) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
            return null;
        }

        List<M> sampleMembers(int count) {
            List<M> copy = new ArrayList<>(members);
            Collections.shuffle(copy, new java.util.Random(rnd.nextLong()));
            return copy.subList(0, Math.min(count, copy.size()));
        }

        // ---------------------------------------------------------------- cooperations, projects, support

        void cooperations() {
            int perType = 1 + members.size() / 50;
            int n = 0;
            boolean edgeCoops = perturb();
            for (Map.Entry<CooperationType, Double> e : COOPERATION_SHARES.entrySet()) {
                if (!chance(e.getValue())) {
                    continue;
                }
                int count = Math.min(20, perType + (chance(0.2) ? 1 : 0));
                for (int i = 0; i < count; i++) {
                    n++;
                    cooperations.add(cooperation("c" + n + "-" + e.getKey().name().toLowerCase(), e.getKey(), edgeCoops,
                            i == 0 && !edge));
                }
            }
            if (edgeCoops && chance(0.3)) {
                cooperations.clear();
                if (chance(0.5)) { // only types that are not pooling
                    CooperationType[] kinds = {CooperationType.KNOWLEDGE, CooperationType.COMMUNICATION,
                            CooperationType.PARTNERSHIP};
                    cooperations.add(cooperation("c-only", kinds[rnd.nextInt(kinds.length)], true, false));
                }
            }
        }

        /**
         * A cooperation of {@code type}; a {@code lasting} one (the first of its type in a calibrated pole) has not
         * ended by {@link #PROFILE_DATE}, so that the calibrated shares of poles practising each type hold on that
         * date as well as over the declared cooperations.
         */
        Cooperation cooperation(String id, CooperationType type, boolean edgy, boolean lasting) {
            int count = Math.min(members.size(), 2 + (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 2.5));
            count = Math.min(count, 15);
            List<M> chosen = new ArrayList<>();
            M ess = pickMember(M::ess);
            if (ess != null && chance(0.9)) {
                chosen.add(ess);
            }
            for (M m : sampleMembers(count + 1)) {
                if (chosen.size() >= count) {
                    break;
                }
                if (!chosen.contains(m)) {
                    chosen.add(m);
                }
            }
            List<String> ids = new ArrayList<>();
            for (M m : chosen) {
                ids.add(m.id);
            }
            LocalDate since = null;
            LocalDate until = null;
            if (chance(0.7)) {
                since = date(rnd, founded == null ? LocalDate.of(2005, 1, 1) : founded, LocalDate.of(2025, 6, 30));
                if (chance(0.15)) {
                    until = date(rnd, since, since.plusYears(8));
                }
            }
            if (edgy && chance(0.4)) {
                since = chance(0.5) ? date(rnd, EPOCH, HORIZON) : null;
                until = chance(0.5) ? date(rnd, since == null ? EPOCH : since, HORIZON) : null;
            }
            if (lasting && until != null && until.isBefore(PROFILE_DATE)) {
                until = null; // still practised on the profile date (no extra draw: the rest of the pole is unchanged)
            }
            return new Cooperation(id, type, ids, since, until, chance(0.5) ? null : "Mutualisation " + word());
        }

        void projects() {
            int count = 1 + rnd.nextInt(3) + members.size() / 100;
            if (perturb()) {
                count = rnd.nextInt(2);
            }
            for (int i = 1; i <= count; i++) {
                List<Innovation> kinds = new ArrayList<>();
                if (chance(edge ? 0.4 : 0.7)) {
                    kinds.add(Innovation.SOCIAL);
                }
                if (chance(edge ? 0.15 : 0.2)) {
                    kinds.add(Innovation.TECHNOLOGICAL);
                }
                if (chance(0.35)) {
                    kinds.add(Innovation.ORGANISATIONAL);
                }
                List<String> ids = new ArrayList<>();
                for (M m : sampleMembers(rnd.nextInt(Math.min(6, members.size()) + 1))) {
                    ids.add(m.id);
                }
                projects.add(new Project("p" + i, "Projet " + word(), kinds, ids));
            }
        }

        void support() {
            if (chance(0.14)) {
                support.add(stateCall("AAP-PTCE-2013", LocalDate.of(2014, 1, 10), LocalDate.of(2014, 3, 31),
                        BigDecimal.valueOf(50_000 + 10_000 * rnd.nextInt(11))));
            }
            if (chance(0.09)) {
                support.add(stateCall("AAP-PTCE-2015", LocalDate.of(2015, 12, 15), LocalDate.of(2016, 3, 31),
                        BigDecimal.valueOf(50_000 + 10_000 * rnd.nextInt(11))));
            }
            if (chance(0.05)) {
                support.add(stateCall("AMI-PTCE-2021", LocalDate.of(2021, 6, 1), LocalDate.of(2022, 2, 28),
                        chance(0.5) ? null : BigDecimal.ZERO));
            }
            if (chance(0.02)) {
                support.add(stateCall("AMI-PTCE-2023", LocalDate.of(2023, 10, 1), LocalDate.of(2024, 1, 31), null));
            }
            if (chance(0.15)) {
                support.add(new StateSupport("FEDER 2014-2020", 2017, BigDecimal.valueOf(20_000 + 1_000 * rnd.nextInt(50))));
            }
            if (chance(0.2)) {
                support.add(new StateSupport("Région : appel à projets ESS", 2019, BigDecimal.valueOf(15_000)));
            }
            if (chance(0.1)) {
                support.add(new StateSupport("DLA", null, null));
            }
            if (perturb()) {
                String[] near = {"aap-ptce-2013", "AAP-PTCE", "Programme AAP-PTCE-2013", "AMI-PTCE-EMERGENTS", "AMI-PTCE-",
                        "AAP-PTCE-2025", " AAP-PTCE-2013", "AAP-PTCE-2013", "AMI-PTCE-2021"};
                support.clear();
                String programme = near[rnd.nextInt(near.length)];
                // a decision date and a year that may disagree (the date wins), or neither (always counted)
                LocalDate decided = chance(0.6) ? date(rnd, EPOCH, HORIZON) : null;
                Integer year = chance(0.6) ? Integer.valueOf(decided != null && chance(0.5) ? decided.getYear()
                        : 2005 + rnd.nextInt(28)) : null;
                support.add(new StateSupport(programme, year, BigDecimal.ONE, decided));
            }
        }

        /**
         * Support from a State PTCE call: with its decision date (between {@code from} and {@code to}) and year, or
         * its year only, or, rarely, the date only or neither.
         */
        StateSupport stateCall(String programme, LocalDate from, LocalDate to, BigDecimal amount) {
            LocalDate decided = date(rnd, from, to);
            double r = rnd.nextDouble();
            if (r < 0.45) {
                return new StateSupport(programme, decided.getYear(), amount, decided);
            }
            if (r < 0.9) {
                return new StateSupport(programme, decided.getYear(), amount, null);
            }
            return r < 0.95 ? new StateSupport(programme, null, amount, decided) : new StateSupport(programme, null, amount);
        }
    }
}

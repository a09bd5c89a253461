package fr.ptce.report;

import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Statute;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.classification.EssStatus;
import fr.ptce.model.reference.HeadcountBands;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalFamily;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.MemberFacts;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A network's view of a set of poles: consumes poles one at a time, checks each against the three referentials and
 * keeps only counters, then gives the {@link SurveyReport}. Memory does not grow with the number of poles (the
 * counters are bounded by the number of rules, referentials, cooperation types and distinct pole sizes; only broken
 * inputs are listed).
 *
 * <p>Every member figure comes from the check's own derivation, the report's {@code members} ({@link MemberFacts}):
 * an entry is counted when it is active on the as-of date and a constituent (not the pole's own legal entity); its
 * legal form family is that of its legal category ({@link LegalCategories#facts}), or of its statute when the check
 * accepted that statute ({@link EssReason#ESS_STATUTE}: a SCIC in the form of an SAS is a cooperative). The
 * indicators are defined one by one in {@code docs/survey.md}.
 *
 * <pre>{@code
 * PoleSurvey survey = PoleSurvey.create(checker, CheckOptions.builder().asOf(date).build());
 * poles.forEach(survey::add);                 // or survey.run(files, reader::read, 2, listener)
 * SurveyReport report = survey.report();
 * }</pre>
 *
 * <p>Thread-safe: {@link #add} may be called from several threads; {@link #run} checks with worker threads.
 */
public final class PoleSurvey {
    /** The ids of the indicators, in the order of the report (a referential plug-in adds its own {@code compliant-ID} after the built-in ones). */
    public static final List<String> INDICATOR_IDS;

    private static final String[] COMPOSITION = {"associations", "cooperatives", "mutuals", "foundations",
            "commercial-ess", "commercial-non-ess", "public-bodies", "natural-persons", "other-forms"};
    private static final String[] SIZE_CLASSES = {"0-4", "5-9", "10-14", "15-19", "20-29", "30-49", "50-99", "100+"};
    private static final int[] SIZE_LOWER = {0, 5, 10, 15, 20, 30, 50, 100};

    static {
        List<String> ids = new ArrayList<>();
        for (Referential r : List.of(Referential.LOI_2014_856_ART9, Referential.DECRET_2015_431_ART3,
                Referential.CHARTE_LABO_ESS)) {
            ids.add(compliantId(r));
        }
        for (String c : COMPOSITION) {
            ids.add("members-" + c);
        }
        ids.add("members-ess-enterprises");
        ids.add("members-under-10-employees");
        for (CooperationType t : CooperationType.values()) {
            ids.add(cooperationId(t));
        }
        ids.add("territory-within-one-departement");
        INDICATOR_IDS = List.copyOf(ids);
    }

    private final ComplianceChecker checker;
    private final CheckOptions options;
    private final LocalDate asOf;

    // counters, guarded by this
    private long poles;
    private final List<String> broken = new ArrayList<>();
    private final Map<Referential, Map<Verdict, Long>> verdicts = new LinkedHashMap<>();
    private final Map<String, Long> failed = new HashMap<>();
    private long entries;
    private final long[] composition = new long[COMPOSITION.length];
    private long essEntries;
    private long banded;
    private long small;
    private final Map<CooperationType, Long> cooperations = new EnumMap<>(CooperationType.class);
    private long territories;
    private long oneDepartement;
    private final TreeMap<Integer, Long> sizes = new TreeMap<>();

    private PoleSurvey(ComplianceChecker checker, CheckOptions options) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.asOf = options.asOfOrToday();
        this.options = options.toBuilder().asOf(asOf).build();
        for (Referential r : checker.catalogue().referentials()) {
            Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                counts.put(v, 0L);
            }
            verdicts.put(r, counts);
        }
    }

    /**
     * A survey that checks poles with {@code checker} and {@code options} (the as-of date, today when not set, is the
     * date of every indicator; thresholds and severities of the deployment apply).
     */
    public static PoleSurvey create(ComplianceChecker checker, CheckOptions options) {
        return new PoleSurvey(checker, options);
    }

    /** The date the poles are checked and counted as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Checks {@code pole} against the three referentials and counts it; returns the reports. */
    public List<ComplianceReport> add(Pole pole) {
        List<ComplianceReport> reports = checker.checkAll(pole, options);
        add(pole, reports);
        return reports;
    }

    /**
     * Counts a pole already checked against the three referentials as of {@link #asOf()} (the reports of
     * {@code checker.checkAll(pole, options)}).
     */
    public void add(Pole pole, List<ComplianceReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report for pole " + pole.id());
        }
        for (ComplianceReport r : reports) {
            if (!r.asOf().equals(asOf) || !r.pole().equals(pole.id())) {
                throw new IllegalArgumentException("report of " + r.pole() + " as of " + r.asOf()
                        + " in a survey of " + pole.id() + " as of " + asOf);
            }
        }
        PoleCounts counts = count(pole, reports);
        List<String> failedRules = new ArrayList<>();
        for (ComplianceReport r : reports) {
            for (RuleResult result : r.failures()) {
                failedRules.add(result.ruleId());
            }
        }
        synchronized (this) {
            poles++;
            for (ComplianceReport r : reports) {
                checker.catalogue().referential(r.referential())
                        .ifPresent(ref -> verdicts.get(ref).merge(r.verdict(), 1L, Long::sum));
            }
            for (String rule : failedRules) {
                failed.merge(rule, 1L, Long::sum);
            }
            entries += counts.entries;
            for (int i = 0; i < composition.length; i++) {
                composition[i] += counts.composition[i];
            }
            essEntries += counts.ess;
            banded += counts.banded;
            small += counts.small;
            counts.types.forEach(t -> cooperations.merge(t, 1L, Long::sum));
            if (counts.territory != null) {
                territories++;
                oneDepartement += counts.territory ? 1 : 0;
            }
            sizes.merge(counts.size, 1L, Long::sum);
        }
    }

    /** Records an input that could not be read or checked: it is listed in the report, not counted as a pole. */
    public synchronized void broken(String input) {
        broken.add(Objects.requireNonNull(input, "input"));
    }

    /** What a pole adds to the counters, computed outside the lock. */
    private static final class PoleCounts {
        long entries;
        final long[] composition = new long[COMPOSITION.length];
        long ess;
        long banded;
        long small;
        final EnumSet<CooperationType> types = EnumSet.noneOf(CooperationType.class);
        Boolean territory;
        int size;
    }

    private PoleCounts count(Pole pole, List<ComplianceReport> reports) {
        PoleCounts c = new PoleCounts();
        ComplianceReport first = reports.get(0);
        Map<String, Member> byId = new HashMap<>();
        for (Member m : pole.memberList()) {
            byId.putIfAbsent(m.id(), m);
        }
        for (MemberFacts f : first.members()) {
            if (!f.active() || !f.constituent()) {
                continue;
            }
            Member m = byId.get(f.id());
            c.entries++;
            c.composition[composition(f, m)]++;
            if (f.essStatus() == EssStatus.ESS_BY_STATUS || f.essStatus() == EssStatus.ESS_BY_STATUTES) {
                c.ess++;
            }
            if (f.essReason() != EssReason.NATURAL_PERSON && m != null) {
                var band = m.headcountBand() != null ? HeadcountBands.band(m.headcountBand())
                        : m.employees() != null ? HeadcountBands.ofEmployees(m.employees()) : java.util.Optional.<HeadcountBands.Band>empty();
                if (band.isPresent()) {
                    c.banded++;
                    Integer max = band.get().max();
                    boolean nonEmployer = band.get().min() == null;
                    c.small += nonEmployer || (max != null && max < 10) ? 1 : 0;
                }
            }
        }
        for (Cooperation coop : pole.cooperations()) {
            if (coop.isActiveOn(asOf)) {
                c.types.add(coop.type());
            }
        }
        // within one département, or beyond; a pole without a declared territory is not counted
        fr.ptce.model.classification.TerritoryLocator locator = new fr.ptce.model.classification.TerritoryLocator(pole.territory());
        if (locator.isDeclared()) {
            c.territory = locator.departementsCovered(pole.territory()).size() == 1;
        }
        Object active = first.metrics().get("activeMembers");
        c.size = active instanceof Number n ? n.intValue() : 0;
        return c;
    }

    /** The index in {@link #COMPOSITION} of an entry's legal form family. */
    private static int composition(MemberFacts f, Member m) {
        if (f.essReason() == EssReason.NATURAL_PERSON) {
            return 7;
        }
        if (f.essReason() == EssReason.ESS_STATUTE && m != null && m.statute() != null) {
            Statute s = m.statute();
            switch (s) {
                case SCIC, SCOP, CAE, COOPERATIVE -> {
                    return 1;
                }
                case MUTUAL -> {
                    return 2;
                }
                case FOUNDATION -> {
                    return 3;
                }
                case ASSOCIATION -> {
                    return 0;
                }
                default -> {
                    // the category decides
                }
            }
        }
        LegalFamily family = m == null || m.legalCategory() == null ? null
                : LegalCategories.facts(m.legalCategory()).map(x -> x.family()).orElse(null);
        if (family == null) {
            return 8;
        }
        boolean ess = f.essStatus() == EssStatus.ESS_BY_STATUS || f.essStatus() == EssStatus.ESS_BY_STATUTES;
        return switch (family) {
            case ASSOCIATION -> 0;
            case COOPERATIVE -> 1;
            case MUTUAL -> 2;
            case FOUNDATION -> 3;
            case COMMERCIAL -> ess ? 4 : 5;
            case PUBLIC, STATE, FOREIGN_PUBLIC -> 6;
            default -> 8;
        };
    }

    /** The report of what was counted so far. */
    public synchronized SurveyReport report() {
        Map<String, Map<Verdict, Long>> v = new LinkedHashMap<>();
        verdicts.forEach((r, m) -> v.put(r.id(), m));
        Map<String, Long> f = new LinkedHashMap<>();
        failed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> f.put(e.getKey(), e.getValue()));
        List<SurveyReport.Indicator> indicators = new ArrayList<>();
        for (Referential r : verdicts.keySet()) {
            Map<Verdict, Long> m = verdicts.get(r);
            indicators.add(new SurveyReport.Indicator(compliantId(r),
                    m.get(Verdict.COMPLIANT) + m.get(Verdict.COMPLIANT_WITH_WARNINGS), poles));
        }
        for (int i = 0; i < COMPOSITION.length; i++) {
            indicators.add(new SurveyReport.Indicator("members-" + COMPOSITION[i], composition[i], entries));
        }
        indicators.add(new SurveyReport.Indicator("members-ess-enterprises", essEntries, entries));
        indicators.add(new SurveyReport.Indicator("members-under-10-employees", small, banded));
        for (CooperationType t : CooperationType.values()) {
            indicators.add(new SurveyReport.Indicator(cooperationId(t), cooperations.getOrDefault(t, 0L), poles));
        }
        indicators.add(new SurveyReport.Indicator("territory-within-one-departement", oneDepartement, territories));
        List<String> brokenSorted = new ArrayList<>(broken);
        brokenSorted.sort(Comparator.naturalOrder());
        return new SurveyReport(asOf, poles, brokenSorted, v, f, indicators, sizes());
    }

    private SurveyReport.Sizes sizes() {
        long n = 0;
        for (long count : sizes.values()) {
            n += count;
        }
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (String label : SIZE_CLASSES) {
            histogram.put(label, 0L);
        }
        for (Map.Entry<Integer, Long> e : sizes.entrySet()) {
            int k = SIZE_LOWER.length - 1;
            while (e.getKey() < SIZE_LOWER[k]) {
                k--;
            }
            histogram.merge(SIZE_CLASSES[k], e.getValue(), Long::sum);
        }
        if (n == 0) {
            return new SurveyReport.Sizes(0, 0, 0, 0, 0, 0, histogram);
        }
        return new SurveyReport.Sizes(n, sizes.firstKey(), rank(n, 0.25), rank(n, 0.5), rank(n, 0.75), sizes.lastKey(),
                histogram);
    }

    /** Nearest rank: the smallest size with at least {@code p} of the poles at or below it. */
    private int rank(long n, double p) {
        long target = Math.max(1, (long) Math.ceil(p * n));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : sizes.entrySet()) {
            seen += e.getValue();
            if (seen >= target) {
                return e.getKey();
            }
        }
        return sizes.lastKey();
    }

    static String compliantId(Referential r) {
        return "compliant-" + r.id().toLowerCase(Locale.ROOT);
    }

    static String cooperationId(CooperationType t) {
        return "cooperation-" + t.name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------- parallel run

    /** Reads one input into a pole; throws when the input is broken. */
    @FunctionalInterface
    public interface PoleSource<T> {
        /** The pole of {@code input}. */
        Pole read(T input) throws Exception;
    }

    /**
     * Told about each input as it is done. Calls are serialised (never two at once), in the order inputs finish,
     * which with several threads is not the input order.
     */
    public interface Listener<T> {
        /** {@code input} was read and checked. */
        default void checked(T input, Pole pole, List<ComplianceReport> reports) {
        }

        /** {@code input} could not be read ({@code problem} says why); it is listed among the broken files. */
        default void broken(T input, Exception problem) {
        }
    }

    /**
     * Reads, checks and counts every input with {@code threads} worker threads fed through a bounded queue, so at
     * most a few poles per thread are in memory at once, however many inputs there are. An input {@code read}
     * throws for (or the checker fails on) is recorded as broken (by its {@code toString()}) and the run goes on. Returns the report of
     * everything counted by this survey.
     *
     * @throws IllegalStateException when the checker itself failed (not an input problem) or the run was interrupted
     */
    public <T> SurveyReport run(Iterator<? extends T> inputs, PoleSource<? super T> source, int threads,
                                Listener<? super T> listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Object end = new Object();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object listenerLock = new Object();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Object item = queue.take();
                        if (item == end) {
                            return;
                        }
                        @SuppressWarnings("unchecked")
                        T input = (T) item;
                        Pole pole;
                        List<ComplianceReport> reports;
                        try {
                            pole = source.read(input);
                            reports = add(pole);
                        } catch (Exception e) {
                            // a broken input, or (rarely) a failure of the checker on it: listed, the run goes on
                            broken(String.valueOf(input));
                            synchronized (listenerLock) {
                                listener.broken(input, e);
                            }
                            continue;
                        }
                        synchronized (listenerLock) {
                            listener.checked(input, pole, reports);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    queue.clear();
                }
            }, "ptce-survey-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        try {
            while (inputs.hasNext() && failure.get() == null) {
                queue.put(inputs.next());
            }
            for (int i = 0; i < threads; i++) {
                while (!queue.offer(end, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (workers.stream().noneMatch(Thread::isAlive)) {
                        break;
                    }
                }
            }
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("survey interrupted", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("survey failed: " + failure.get(), failure.get());
        }
        return report();
    }
}

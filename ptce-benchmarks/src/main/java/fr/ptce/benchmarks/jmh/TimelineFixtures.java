package fr.ptce.benchmarks.jmh;

import fr.ptce.benchmarks.PoleGenerator;
import fr.ptce.model.Cooperation;
import fr.ptce.model.EsusApproval;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.StateSupport;
import fr.ptce.model.validation.PoleValidator;
import fr.ptce.rules.Referential;
import fr.ptce.rules.TimelineChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * The poles of the timeline benchmark: generated 15-member poles whose dates are replaced so that a timeline from
 * {@link #FROM} to {@link #TO} evaluates exactly {@link #DATES} dates: 15 joinings (the first on {@code FROM}),
 * 8 departures, 7 ESUS approvals granted and 4 expiring, 4 State supports decided, and the entry into force of the
 * law and the décret.
 */
public final class TimelineFixtures {
    /** The first day of the benchmarked timelines (the poles' foundation). */
    public static final LocalDate FROM = LocalDate.of(2010, 1, 1);
    /** The last day of the benchmarked timelines. */
    public static final LocalDate TO = LocalDate.of(2025, 6, 30);
    /** Members per pole. */
    public static final int MEMBERS = 15;
    /** Dates evaluated per timeline. */
    public static final int DATES = 40;

    private TimelineFixtures() {
    }

    /** {@code count} distinct valid poles of {@link #MEMBERS} entries and {@link #DATES} evaluated dates. */
    public static Pole[] poles(int count) {
        PoleGenerator generator = new PoleGenerator(Fixtures.SEED);
        PoleValidator validator = PoleValidator.create();
        Pole[] poles = new Pole[count];
        for (int i = 0; i < count; i++) {
            Pole pole = validator.requireValid(redate(generator.pole(i, MEMBERS)));
            int dates = evaluatedDates(pole);
            if (dates != DATES) {
                throw new IllegalStateException("pole " + i + " has " + dates + " evaluated dates, not " + DATES);
            }
            poles[i] = pole;
        }
        return poles;
    }

    /** How many dates a timeline of {@code pole} from {@link #FROM} to {@link #TO} evaluates. */
    public static int evaluatedDates(Pole pole) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(FROM);
        List<TimelineChange> changes = new ArrayList<>(TimelineChange.of(pole));
        changes.addAll(TimelineChange.textsInForce(fr.ptce.rules.RuleCatalogue.standard(), fr.ptce.rules.RuleCatalogue.standard().referentials()));
        for (TimelineChange c : changes) {
            if (c.date().isAfter(FROM) && !c.date().isAfter(TO)) {
                dates.add(c.date());
            }
        }
        return dates.size();
    }

    private static Pole redate(Pole pole) {
        List<Member> members = new ArrayList<>();
        int esus = 0;
        int leavers = 0;
        for (int i = 0; i < pole.memberList().size(); i++) {
            Member m = pole.memberList().get(i);
            LocalDate joined = FROM.plusDays(90L * i);                       // 2010-01-01 … 2013-06
            LocalDate left = null;
            if ((i % 2 == 1 || i == MEMBERS - 1) && leavers < 8) {           // 8 leave, 2019-01-01 … 2020-11
                left = LocalDate.of(2019, 1, 1).plusDays(100L * leavers++);
            }
            EsusApproval approval = null;
            if (!m.citizen() && esus < 7) {                                  // 7 granted, the first 4 expire
                LocalDate granted = LocalDate.of(2016, 3, 1).plusDays(50L * esus);
                approval = new EsusApproval(granted, esus < 4 ? granted.plusYears(5) : null);
                esus++;
            }
            members.add(new Member(m.id(), m.name(), m.siren(), m.siret(), m.legalCategory(), m.statute(),
                    m.essStatutes(), approval, m.sireneEss(), m.roles(), m.naf(), m.naturalPerson(), m.relation(),
                    m.enterpriseGrouping(), m.commune(), m.headcountBand(), m.employees(), joined, left));
        }
        List<Cooperation> cooperations = pole.cooperations().stream()
                .map(c -> new Cooperation(c.id(), c.type(), c.members(), null, null, c.summary())).toList();
        List<StateSupport> support = List.of(
                new StateSupport("Région", 2012, BigDecimal.valueOf(20000), LocalDate.of(2012, 5, 10)),
                new StateSupport("AAP-PTCE-2015", 2016, BigDecimal.valueOf(100000), LocalDate.of(2016, 1, 14)),
                new StateSupport("Département", 2018, BigDecimal.valueOf(15000), LocalDate.of(2018, 7, 2)),
                new StateSupport("AMI-PTCE-2021", 2022, BigDecimal.valueOf(50000), LocalDate.of(2022, 1, 20)));
        return new Pole(pole.formatVersion(), pole.id(), pole.name(), pole.legalCategory(), pole.legalEntity(),
                pole.carrier(), FROM, pole.territory(), pole.aims(), members, pole.governance(), cooperations,
                pole.projects(), support);
    }
}

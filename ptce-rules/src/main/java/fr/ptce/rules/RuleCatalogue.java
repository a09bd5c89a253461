package fr.ptce.rules;

import fr.ptce.rules.internal.Messages;
import fr.ptce.rules.internal.ReferentialLoader;
import fr.ptce.rules.internal.ReferentialLoader.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a checker knows: those of the built-in referentials (rules version 2) and of every referential plug-in
 * on the class path, each with its definition (id, referential, default severity, source, parameters, example of
 * failure) and its messages in French and English (title, legal text, interpretation).
 *
 * <p>The catalogue is checked when it is discovered: a referential or rule id defined twice, a rule without its
 * messages in both languages, a parameter defined twice differently, or a missing file fails with an
 * {@link InvalidReferentialException} naming the jar and the id.
 */
public final class RuleCatalogue {
    private static final String[] REQUIRED_MESSAGES = {"title", "text", "PASSED", "FAILED", "remedy"};

    static {
        fr.ptce.rules.internal.CatalogueAccess.register(new fr.ptce.rules.internal.CatalogueAccess() {
            @Override
            public Messages messages(RuleCatalogue catalogue, String ruleId, Language language) {
                return catalogue.messagesOf(ruleId, language);
            }

            @Override
            public List<Unit> units(RuleCatalogue catalogue) {
                return catalogue.units();
            }
        });
    }

    private static volatile RuleCatalogue standard;

    private final List<ReferentialDefinition> definitions;
    private final List<Referential> referentials;
    private final List<RuleDefinition> rules;
    private final Map<String, RuleDefinition> rulesById = new HashMap<>();
    private final Map<Referential, List<RuleDefinition>> byReferential = new HashMap<>();
    private final Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Map<Language, Messages>> messages = new HashMap<>();

    private RuleCatalogue(List<Unit> found) {
        List<Unit> ordered = new ArrayList<>(found);
        // the library's own referentials first, in their index order; then the plug-ins', by id
        ordered.sort(Comparator.comparing((Unit u) -> !isBuiltIn(u)).thenComparing(u -> isBuiltIn(u) ? "" : u.definition().id()));
        List<ReferentialDefinition> defs = new ArrayList<>();
        List<RuleDefinition> all = new ArrayList<>();
        Map<String, String> packages = new HashMap<>();
        for (Unit unit : ordered) {
            ReferentialDefinition d = unit.definition();
            Unit previous = units.putIfAbsent(d.id(), unit);
            if (previous != null) {
                throw new InvalidReferentialException(d.origin() + ": the referential " + d.id() + " is already defined by "
                        + previous.definition().origin());
            }
            String otherPackage = packages.putIfAbsent(d.rulePackage(), d.id());
            if (otherPackage != null) {
                throw new InvalidReferentialException(d.origin() + ": the referential " + d.id() + " uses the rule package "
                        + d.rulePackage() + ", already the package of " + otherPackage);
            }
            Map<Language, Messages> texts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                texts.put(l, Messages.of(unit.loader(), unit.messages(), l, d.origin()));
            }
            messages.put(d.id(), texts);
            checkMessages(d, texts);
            for (RuleDefinition rule : d.rules()) {
                RuleDefinition twice = rulesById.putIfAbsent(rule.id(), rule);
                if (twice != null) {
                    throw new InvalidReferentialException(d.origin() + ": the rule " + rule.id() + " of " + d.id()
                            + " is already defined by " + twice.referential() + " (" + units.get(twice.referential())
                            .definition().origin() + ")");
                }
                for (ParameterDefinition p : rule.parameterDefinitions()) {
                    ParameterDefinition other = parameters.putIfAbsent(p.key(), p);
                    if (other != null && !other.equals(p)) {
                        throw new InvalidReferentialException(d.origin() + ": the parameter " + p.key() + " of rule " + rule.id()
                                + " is already defined differently");
                    }
                }
                all.add(rule);
            }
            defs.add(d);
        }
        if (defs.isEmpty()) {
            throw new InvalidReferentialException("no referential on the class path (" + ReferentialLoader.INDEX
                    + " not found): is ptce-rules on it?");
        }
        this.definitions = List.copyOf(defs);
        this.rules = List.copyOf(all);
        List<Referential> checkable = new ArrayList<>();
        for (ReferentialDefinition d : defs) {
            if (!d.partOfEveryReferential()) {
                checkable.add(d.referential());
                List<RuleDefinition> of = new ArrayList<>(d.rules());
                defs.stream().filter(ReferentialDefinition::partOfEveryReferential).forEach(e -> of.addAll(e.rules()));
                byReferential.put(d.referential(), List.copyOf(of));
            }
        }
        this.referentials = List.copyOf(checkable);
    }

    private static boolean isBuiltIn(Unit u) {
        return u.loader() != null && u.definition().rulePackage().startsWith("fr.ptce.rules.referentials.");
    }

    private static void checkMessages(ReferentialDefinition d, Map<Language, Messages> texts) {
        for (Language l : Language.values()) {
            Messages m = texts.get(l);
            if (!m.hasOwn("referential.title")) {
                throw new InvalidReferentialException(d.origin() + ": the referential " + d.id() + " has no title"
                        + " (referential.title) in its " + l.locale().getLanguage() + " messages");
            }
            for (RuleDefinition rule : d.rules()) {
                for (String key : REQUIRED_MESSAGES) {
                    if (!m.hasOwn(rule.id() + "." + key)) {
                        throw new InvalidReferentialException(d.origin() + ": the rule " + rule.id() + " of " + d.id()
                                + " has no message " + rule.id() + "." + key + " in " + l.locale().getLanguage());
                    }
                }
            }
        }
    }

    /**
     * The catalogue of the class path of ptce-rules and the current thread (discovered once, then cached).
     *
     * @throws InvalidReferentialException when a referential on the class path is not usable (on every call)
     */
    public static RuleCatalogue standard() {
        RuleCatalogue c = standard;
        if (c == null) {
            synchronized (RuleCatalogue.class) {
                c = standard;
                if (c == null) {
                    c = discover(defaultLoader());
                    standard = c;
                }
            }
        }
        return c;
    }

    /**
     * The catalogue of the referentials found by {@code loader} (not cached).
     *
     * @throws InvalidReferentialException when one of them is not usable
     */
    public static RuleCatalogue discover(ClassLoader loader) {
        return new RuleCatalogue(ReferentialLoader.discover(loader));
    }

    /** The class loader that sees ptce-rules and, when it is a child of it, the current thread's. */
    static ClassLoader defaultLoader() {
        ClassLoader own = RuleCatalogue.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader c = context; c != null; c = c.getParent()) {
            if (c == own) {
                return context;
            }
        }
        return own;
    }

    /** Every rule, in catalogue order (built-in referentials first, then the data rules, then plug-ins'). */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** The referentials a pole can be checked against, in catalogue order (the built-in ones first). */
    public List<Referential> referentials() {
        return referentials;
    }

    /** Every referential's definition, the data rules' included, in catalogue order. */
    public List<ReferentialDefinition> definitions() {
        return definitions;
    }

    /** The referential with this id, if a pole can be checked against it. */
    public Optional<Referential> referential(String id) {
        return referentials.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The definition of a referential (or of the data rules, {@code DATA}).
     *
     * @throws IllegalArgumentException when the catalogue does not know it
     */
    public ReferentialDefinition definition(Referential referential) {
        Unit unit = units.get(referential.id());
        if (unit == null) {
            throw new IllegalArgumentException("unknown referential " + referential.id() + "; known: " + referentials);
        }
        return unit.definition();
    }

    /**
     * The rules of a referential (its own, then the data rules), in catalogue order.
     *
     * @throws IllegalArgumentException when the catalogue does not know it
     */
    public List<RuleDefinition> rulesOf(Referential referential) {
        List<RuleDefinition> list = byReferential.get(referential);
        if (list == null) {
            throw new IllegalArgumentException("unknown referential " + referential.id() + "; known: " + referentials);
        }
        return list;
    }

    /** The rule with this id. */
    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** Every parameter of the rules, by key, in catalogue order. */
    public List<ParameterDefinition> parameters() {
        return List.copyOf(parameters.values());
    }

    /** The parameter with this key, if a rule defines it. */
    public Optional<ParameterDefinition> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }

    /** A referential's title ({@code referential.title} of its messages). */
    public String title(Referential referential, Language language) {
        return messages(referential.id(), language).text("referential.title");
    }

    /** A referential's short name for sentences (« La loi n° 2014-856 (art. 9) »), its title when it has none. */
    public String shortTitle(Referential referential, Language language) {
        Messages m = messages(referential.id(), language);
        return m.hasOwn("referential.short") ? m.text("referential.short") : m.text("referential.title");
    }

    /** The rule's short title. */
    public String title(String ruleId, Language language) {
        return messagesOf(ruleId, language).text(ruleId + ".title");
    }

    /** What the rule checks, quoting the text it encodes. */
    public String text(String ruleId, Language language) {
        return messagesOf(ruleId, language).format(ruleId + ".text", Messages.parameterFigures(rule(ruleId).orElseThrow()),
                language);
    }

    /** How the rule reads its source, and why (empty when its referential gives no interpretation). */
    public String interpretation(String ruleId, Language language) {
        Messages m = messagesOf(ruleId, language);
        return m.hasOwn(ruleId + ".interpretation") ? m.text(ruleId + ".interpretation") : "";
    }

    /**
     * The outcomes the rule can report: PASSED and FAILED, and NOT_APPLICABLE when its messages define that outcome
     * ({@code RULE.NOT_APPLICABLE}) in every language.
     */
    public java.util.Set<Outcome> outcomes(String ruleId) {
        java.util.Set<Outcome> outcomes = java.util.EnumSet.of(Outcome.PASSED, Outcome.FAILED);
        boolean notApplicable = true;
        for (Language l : Language.values()) {
            notApplicable &= messagesOf(ruleId, l).hasOwn(ruleId + ".NOT_APPLICABLE");
        }
        if (notApplicable) {
            outcomes.add(Outcome.NOT_APPLICABLE);
        }
        return java.util.Collections.unmodifiableSet(outcomes);
    }

    /** What the rule's example of failure changes ({@code RULE.failureExample}), empty when none is given. */
    public String failureExampleChange(String ruleId, Language language) {
        Messages m = messagesOf(ruleId, language);
        return m.hasOwn(ruleId + ".failureExample") ? m.text(ruleId + ".failureExample") : "";
    }

    /**
     * Opens the rule's example of failure (a pole of format v1), if its definition gives one.
     *
     * @throws InvalidReferentialException when the definition names a file that is not there
     */
    public Optional<java.io.InputStream> openFailureExample(String ruleId) {
        RuleDefinition rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("unknown rule " + ruleId));
        if (rule.failureExample() == null) {
            return Optional.empty();
        }
        Unit unit = units.get(rule.referential());
        java.io.InputStream in = unit.loader().getResourceAsStream(rule.failureExample());
        if (in == null) {
            throw new InvalidReferentialException(unit.definition().origin() + ": the example of failure of " + ruleId + " ("
                    + rule.failureExample() + ") is missing");
        }
        return Optional.of(in);
    }

    private Messages messagesOf(String ruleId, Language language) {
        RuleDefinition rule = rule(ruleId).orElseThrow(() -> new IllegalArgumentException("unknown rule " + ruleId));
        return messages(rule.referential(), language);
    }

    private Messages messages(String unitId, Language language) {
        Map<Language, Messages> m = messages.get(unitId);
        if (m == null) {
            throw new IllegalArgumentException("unknown referential " + unitId + "; known: " + referentials);
        }
        return m.get(language);
    }

    private List<Unit> units() {
        List<Unit> list = new ArrayList<>();
        for (ReferentialDefinition d : definitions) {
            list.add(units.get(d.id()));
        }
        return list;
    }
}

package fr.ptce.rules.internal;

import fr.ptce.rules.InvalidReferentialException;
import fr.ptce.rules.Referential;
import fr.ptce.rules.ReferentialDefinition;
import fr.ptce.rules.RuleDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the referentials on a class path: every {@code META-INF/ptce/referentials} index (one per jar) lists the
 * resource paths of its referentials' definitions ({@code referential.json}), one per line.
 */
public final class ReferentialLoader {
    /** The index each jar of referentials carries. */
    public static final String INDEX = "META-INF/ptce/referentials";

    private ReferentialLoader() {
    }

    /** A referential read from its definitions, with the class loader and origin its resources come from. */
    public record Unit(ReferentialDefinition definition, String compiledRules, String messages, ClassLoader loader) {
    }

    /** Every referential listed by an index on {@code loader}'s class path, in class-path order. */
    public static List<Unit> discover(ClassLoader loader) {
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Enumeration<URL> indexes;
        try {
            indexes = loader.getResources(INDEX);
        } catch (IOException e) {
            throw new InvalidReferentialException("cannot list the referentials on the class path (" + INDEX + "): "
                    + e.getMessage(), e);
        }
        while (indexes.hasMoreElements()) {
            URL index = indexes.nextElement();
            String origin = origin(index);
            for (String path : lines(index, origin)) {
                if (!seen.add(path)) {
                    continue; // the same resource listed twice (one jar twice on the class path)
                }
                units.add(read(loader, path, origin));
            }
        }
        return units;
    }

    private static Unit read(ClassLoader loader, String path, String origin) {
        DescriptorReader.Descriptor d;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidReferentialException(origin + ": " + INDEX + " lists " + path + ", which is not on the class path");
            }
            d = DescriptorReader.read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidReferentialException(origin + ": the definitions " + path + " cannot be read" + where + ": "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InvalidReferentialException(origin + ": the definitions " + path + " cannot be read: "
                    + firstLine(e.getMessage()), e);
        }
        Referential referential;
        try {
            referential = Referential.of(d.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidReferentialException(origin + ": " + path + ": " + e.getMessage(), e);
        }
        LocalDate inForceFrom = null;
        if (d.inForceFrom() != null) {
            try {
                inForceFrom = LocalDate.parse(d.inForceFrom());
            } catch (java.time.DateTimeException e) {
                throw new InvalidReferentialException(origin + ": referential " + d.id() + ": inForceFrom is not an ISO date"
                        + " (yyyy-mm-dd): " + d.inForceFrom(), e);
            }
        }
        if (d.rules().isEmpty()) {
            throw new InvalidReferentialException(origin + ": referential " + d.id() + " defines no rule");
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        List<RuleDefinition> rules = new ArrayList<>();
        for (DescriptorReader.RuleDescriptor r : d.rules()) {
            if (r.source().label() == null || r.source().url() == null) {
                throw new InvalidReferentialException(origin + ": rule " + r.id() + " of " + d.id()
                        + " has no source label or address");
            }
            if (r.concerns() != null && !r.concerns().equals("governance")) {
                throw new InvalidReferentialException(origin + ": rule " + r.id() + " of " + d.id() + ": concerns is"
                        + " \"governance\" or absent, not \"" + r.concerns() + "\"");
            }
            String example = r.failureExample() == null ? null
                    : r.failureExample().startsWith("/") ? r.failureExample().substring(1) : folder + r.failureExample();
            rules.add(new RuleDefinition(r.id(), d.id(), d.partOfEveryReferential(), r.severity(), r.source(),
                    r.parameters(), example, r.concerns()));
        }
        ReferentialDefinition definition = new ReferentialDefinition(referential, inForceFrom, d.partOfEveryReferential(),
                d.rulePackage(), origin, rules);
        return new Unit(definition, d.compiledRules(), d.messages(), loader);
    }

    private static List<String> lines(URL index, String origin) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = index.openStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String path = line.trim();
                if (!path.isEmpty() && !path.startsWith("#")) {
                    lines.add(path.startsWith("/") ? path.substring(1) : path);
                }
            }
        } catch (IOException e) {
            throw new InvalidReferentialException(origin + ": " + INDEX + " cannot be read: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new InvalidReferentialException(origin + ": " + INDEX + " lists no referential");
        }
        return lines;
    }

    /** The jar (or directory) a resource comes from, as a person would name it. */
    public static String origin(URL resource) {
        String s = resource.toString();
        int bang = s.indexOf("!/");
        if (s.startsWith("jar:") && bang > 0) {
            s = s.substring(4, bang);
        } else if (s.endsWith(INDEX)) {
            s = s.substring(0, s.length() - INDEX.length());
        }
        if (s.startsWith("file:")) {
            try {
                return java.nio.file.Path.of(new java.net.URI(s)).toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return s;
            }
        }
        return s;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

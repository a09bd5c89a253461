package fr.ptce.examples.cli;

import fr.ptce.model.Aims;
import fr.ptce.model.CooperationType;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Seat;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import fr.ptce.model.json.PoleWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What {@code init} and {@code import-csv --new} need to start a pole: its id from its name, a starter pole. */
final class NewPoles {
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9-]+$");

    private NewPoles() {
    }

    /** A slug from a display name ({@code "Pôle des Grésilles"} → {@code "pole-des-gresilles"}), if any remains. */
    static Optional<String> slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 200) {
            slug = slug.substring(0, 200).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** True for a valid pole or entry id ({@code ^[a-z0-9-]+$}, at most 200 characters). */
    static boolean isSlug(String id) {
        return id != null && id.length() <= 200 && SLUG.matcher(id).matches();
    }

    /**
     * A small valid pole (format v1) whose values are placeholders for a coordinator to replace: a carrying
     * association (the animator), an ESS enterprise (SCIC), a classic enterprise, a local authority as partner, one
     * decision-making body, one pooling cooperation, one socially innovative project. The territory has a name but no
     * code yet (codes must be real COG codes: the coordinator adds them).
     */
    static Pole starter(String id, String name, boolean french, LocalDate today) {
        String fill = french ? " (à compléter)" : " (to fill in)";
        Member carrier = Member.builder("structure-porteuse", (french ? "Association porteuse du pôle"
                : "Association carrying the pole") + fill).legalCategory("9220").joinedOn(today).build();
        Member ess = Member.builder("entreprise-ess", (french ? "Entreprise de l'ESS" : "ESS enterprise") + fill)
                .legalCategory("5710").statute(Statute.SCIC).joinedOn(today).build();
        Member enterprise = Member.builder("entreprise", (french ? "Entreprise du territoire" : "Local enterprise")
                + fill).legalCategory("5499").essStatutes(false).joinedOn(today).build();
        Member authority = Member.builder("collectivite", (french ? "Collectivité partenaire" : "Partner local authority")
                + fill).legalCategory("7210").partner().build();
        return Pole.builder(id, name)
                .legalCategory("9220")
                .legalEntity(carrier.id())
                .carrier(carrier.id())
                .foundedOn(today)
                .territory(new Territory((french ? "Territoire" : "Territory") + fill, null, null, null, null))
                .aims(new Aims(true, (french ? "Objet du pôle" : "The pole's purpose") + fill))
                .member(carrier).member(ess).member(enterprise).member(authority)
                .animator(carrier.id())
                .body(new fr.ptce.model.DecisionBody(french ? "Conseil d'administration" : "Board", true,
                        List.of(new Seat(carrier.id(), 1), new Seat(ess.id(), 1), new Seat(enterprise.id(), 1))))
                .cooperation("mutualisation", CooperationType.PREMISES, ess.id(), enterprise.id())
                .project("projet", List.of(Innovation.SOCIAL), ess.id(), enterprise.id())
                .build();
    }

    /** Writes {@code pole} to a new file; never replaces an existing one. */
    static void writeNew(Pole pole, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, PoleWriter.create().write(pole), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** True when {@code e} says the file was already there. */
    static boolean exists(IOException e) {
        return e instanceof FileAlreadyExistsException;
    }
}

package fr.ptce.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A host application's root {@code ValidationMessages.properties} (present in this module's test class path) never
 * replaces the library's messages: the library reads its own bundle.
 */
class HostValidationMessagesTest {

    private static Pole poleWithBadSiren() {
        return Pole.builder("pole", "Pôle").member(Member.builder("asso", "Association").legalCategory("9220")
                .siren("123456789")).build();
    }

    @Test
    void theHostBundleIsOnTheClassPath() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ValidationMessages.properties")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("HOST MESSAGE");
        }
    }

    @Test
    void libraryMessagesComeFromItsOwnBundleInEnglish() {
        List<Problem> problems = PoleValidator.create().validate(poleWithBadSiren());

        assertThat(problems).extracting(Problem::message).singleElement().asString()
                .startsWith("must be a SIREN: 9 digits with a valid Luhn check digit").doesNotContain("HOST");
    }

    @Test
    void libraryMessagesComeFromItsOwnBundleInFrench() {
        List<Problem> problems = PoleValidator.create(Locale.FRENCH).validate(poleWithBadSiren());

        assertThat(problems).extracting(Problem::message).singleElement().asString().doesNotContain("HOST")
                .contains("SIREN");
    }

    @Test
    void standardConstraintMessagesAreNotTheHostsEither() {
        Pole blankName = Pole.builder("pole", " ").member(Member.builder("asso", "Association").legalCategory("9220"))
                .build();

        assertThat(PoleValidator.create().validate(blankName)).extracting(Problem::message)
                .noneMatch(m -> m.contains("HOST"));
    }
}

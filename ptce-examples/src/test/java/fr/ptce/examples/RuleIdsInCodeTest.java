package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule is defined in one place, its referential: the main Java code of the library, the renderers and the CLI
 * names no rule id (comments aside), so that adding a rule touches only its referential's files.
 */
class RuleIdsInCodeTest {
    private static final List<String> MODULES = List.of("ptce-model", "ptce-rules", "ptce-report", "ptce-examples");

    @Test
    void mainJavaCode_namesNoRuleId() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> ids = RuleCatalogue.standard().rules().stream().map(RuleDefinition::id).toList();
        assertThat(ids).hasSizeGreaterThan(30);
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as(module).isDirectory();
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).strip();
                        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                            continue;
                        }
                        for (String id : ids) {
                            if (code.contains("\"" + id + "\"")) {
                                found.add(root.relativize(file) + ":" + (i + 1) + " " + id);
                            }
                        }
                    }
                }
            }
        }

        assertThat(files).isGreaterThan(100);
        assertThat(found).as("rule ids in main code").isEmpty();
    }
}

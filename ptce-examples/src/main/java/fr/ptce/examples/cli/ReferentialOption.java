package fr.ptce.examples.cli;

import fr.ptce.rules.Referential;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --referential ID|all}: the referentials a command works on, all of them by default. */
final class ReferentialOption {
    @Option(names = "--referential", paramLabel = "${bundle:label.referentials:-ID|all}", defaultValue = "all",
            converter = Converters.ReferentialsConverter.class)
    private Converters.Selection selection = Converters.Selection.all();

    /** The referentials asked for, in catalogue order. */
    Set<Referential> referentials() {
        return selection.referentials();
    }

    /** True when every referential is asked for. */
    boolean all() {
        return selection.referentials().size() == Shared.catalogue().referentials().size();
    }
}

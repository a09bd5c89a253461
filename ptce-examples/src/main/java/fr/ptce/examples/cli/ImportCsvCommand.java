package fr.ptce.examples.cli;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.csv.MemberCsv;
import fr.ptce.model.text.Texts;
import fr.ptce.model.json.PoleWriter;
import fr.ptce.rules.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce import-csv MEMBERS.csv --into POLE.json}: replaces the members of an existing pole file with the rows
 * of a CSV member list (see {@link MemberCsv} for the columns), validates the result and writes it back in canonical
 * form. The pole file must exist (it holds the territory, governance, cooperations… that a member list cannot);
 * nothing is written when any row is rejected or the result is not a valid pole. With
 * {@code --new --name NAME [--id ID]}, creates a new pole of these members instead (the file must not exist).
 */
@Command(name = "import-csv", mixinStandardHelpOptions = true, sortOptions = false)
public final class ImportCsvCommand implements Callable<Integer> {
    /** Rejected rows, and problems of the resulting pole, shown in full; the others are counted. */
    static final int SHOWN = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:label.membersCsv:-MEMBERS.csv}", descriptionKey = "csv")
    private Path csv;

    @Option(names = "--into", required = true, paramLabel = "${bundle:label.poleJson:-POLE.json}")
    private Path pole;

    @Option(names = "--new")
    private boolean createNew;

    @Option(names = "--name", paramLabel = "${bundle:label.name:-NAME}")
    private String name;

    @Option(names = "--id", paramLabel = "ID")
    private String id;

    @Option(names = "--dry-run")
    private boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        if (!createNew && (name != null || id != null)) {
            err.println(labels.get("import.newOnly"));
            return PtceCommand.INVALID;
        }
        if (createNew && name == null) {
            err.println(labels.get("import.nameRequired"));
            return PtceCommand.INVALID;
        }
        if (createNew && Files.exists(pole)) {
            err.println(labels.format("import.exists", pole));
            return PtceCommand.INVALID;
        }
        if (!createNew && !Files.isRegularFile(pole)) {
            err.println(labels.format("import.poleMissing", pole));
            return PtceCommand.INVALID;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            err.println(labels.format("input.notFound", csv));
            return PtceCommand.INVALID;
        } catch (IOException e) {
            err.println(labels.format("input.cannotRead", csv, e.getMessage()));
            return PtceCommand.INVALID;
        }
        Pole existing;
        if (createNew) {
            Optional<String> poleId = InitCommand.poleId(err, labels, id, name);
            if (poleId.isEmpty()) {
                return PtceCommand.INVALID;
            }
            // A pole of one placeholder entry: the import replaces the members, and the pole keeps nothing else.
            existing = Pole.builder(poleId.get(), name.strip())
                    .member(Member.builder("placeholder", "placeholder").legalCategory("9220")).build();
        } else {
            try {
                existing = Shared.reader(language).read(pole);
            } catch (PoleFormatException e) {
                ValidateCommand.reportProblems(err, labels, pole, e.problems());
                return PtceCommand.INVALID;
            }
        }
        MemberCsv.Result result = new MemberCsv(Shared.reader(language), language.locale())
                .importInto(existing, bytes, csv.toString());
        if (!result.ok()) {
            List<MemberCsv.Rejection> rejections = result.rejections();
            for (MemberCsv.Rejection r : rejections.subList(0, Math.min(SHOWN, rejections.size()))) {
                err.println(r.reason());
            }
            if (rejections.size() > SHOWN) {
                err.println(labels.format("import.moreRows", rejections.size() - SHOWN));
            }
            List<Problem> problems = result.poleProblems();
            if (!problems.isEmpty()) {
                err.println(labels.format("import.pole", pole));
                for (Problem p : problems.subList(0, Math.min(SHOWN, problems.size()))) {
                    err.println(labels.format("import.poleProblem", p.path(), p.message()));
                }
                if (problems.size() > SHOWN) {
                    err.println(labels.format("import.moreProblems", problems.size() - SHOWN));
                }
            }
            err.println(result.rejections().isEmpty() ? labels.format("import.notWritten", pole)
                    : labels.format("import.rejected", result.rejections().size(), pole));
            return PtceCommand.INVALID;
        }
        if (!dryRun) {
            try {
                if (createNew) {
                    NewPoles.writeNew(result.pole(), pole);
                } else {
                    writeAtomically(result.pole(), pole);
                }
            } catch (IOException e) {
                err.println(createNew && NewPoles.exists(e) ? labels.format("import.exists", pole)
                        : labels.format("output.cannotWrite", pole, e.getMessage()));
                return PtceCommand.INVALID;
            }
        }
        out.println(dryRun ? labels.format("import.dryRun", result.imported(), csv, pole)
                : labels.format("import.ok", result.imported(), csv, pole));
        return PtceCommand.OK;
    }

    /** Writes next to the target, then moves over it: an interrupted write never leaves half a pole. */
    private static void writeAtomically(Pole value, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".ptce-import-", ".json");
        try {
            Files.writeString(temp, PoleWriter.create().write(value), StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

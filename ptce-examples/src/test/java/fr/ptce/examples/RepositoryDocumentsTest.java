package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's documents hold together: every relative link of every Markdown file leads to a file of the
 * repository, and no file refers to the working folders the project was specified in, which are not part of it.
 *
 * <p>The files are those git tracks or would track (tracked, or new and not ignored), without build output
 * ({@code target/}); without git, every file under the repository's root but hidden folders and {@code target/}.
 */
class RepositoryDocumentsTest {
    /** Folders outside the repository that no file may name (built here so that this file does not name them). */
    private static final List<String> FORBIDDEN = Stream.of("spec", "domain", "data").map(d -> "shared" + "/" + d).toList();

    /** Inline links and images: {@code [text](target "title")}, {@code ![alt](<target>)}. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "(?<!\\\\)\\[[^\\]\\n]*\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)(?:\\s+(\"[^\"\\n]*\"|'[^'\\n]*'))?\\s*\\)");
    /** Reference definitions: {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
    /** HTML links and images. */
    private static final Pattern HTML_LINK = Pattern.compile("(?i)<(?:a|img)\\s[^>]*?(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private static Path root;
    private static List<Path> files;

    @BeforeAll
    static void listFiles() throws IOException, InterruptedException {
        root = MarkdownDocs.REPOSITORY.toAbsolutePath().normalize();
        files = repositoryFiles(root);
    }

    @Test
    void everyRelativeLinkOfEveryMarkdownFileLeadsToAFileOfTheRepository() {
        List<Path> markdown = files.stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")).toList();
        assertThat(markdown).as("Markdown files of the repository").contains(root.resolve("README.md"),
                root.resolve("docs/format.md"), root.resolve("docs/rules.md"));
        List<String> broken = new ArrayList<>();
        for (Path file : markdown) {
            for (String target : relativeLinks(MarkdownDocs.read(file))) {
                Path resolved = resolve(file, target);
                if (resolved == null || !resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(file) + ": " + target);
                }
            }
        }
        assertThat(broken).as("relative links that lead to no file of the repository").isEmpty();
    }

    @Test
    void noFileOfTheRepositoryNamesTheFoldersItWasSpecifiedIn() throws IOException {
        assertThat(files).as("files of the repository").isNotEmpty();
        List<String> offending = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String forbidden : FORBIDDEN) {
                if (text.contains(forbidden)) {
                    offending.add(root.relativize(file) + " mentions " + forbidden);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void linksAreFoundInlineAsReferencesAndInHtmlButNotInCode() {
        String markdown = String.join("\n",
                "See [the format](docs/format.md#input) and ![a chart](<img/chart one.png> \"title\").",
                "[ref]: ../LICENSE",
                "<a href=\"CHANGELOG.md\">changes</a>, [the web](https://example.org), [anchor](#top), \\[not](a-link).",
                "`[code](not-a-link.md)`",
                "```",
                "[fenced](not-a-link-either.md)",
                "```");
        assertThat(relativeLinks(markdown)).containsExactlyInAnyOrder("docs/format.md#input", "img/chart one.png",
                "../LICENSE", "CHANGELOG.md");
    }

    /** The targets of the links of a Markdown text that are neither URLs nor anchors of the same page. */
    static List<String> relativeLinks(String markdown) {
        String text = withoutCode(markdown);
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE, HTML_LINK)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                target = target.strip();
                if (!target.isEmpty() && !target.startsWith("#") && !target.startsWith("//")
                        && !SCHEME.matcher(target).find()) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    /** The text without fenced code blocks, inline code spans and HTML comments. */
    private static String withoutCode(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString().replaceAll("(?s)<!--.*?-->", "").replaceAll("``[^\\n]*?``", "")
                .replaceAll("`[^`\\n]*`", "");
    }

    /** The file a link's target names, relative to the file it is in (or to the root when it starts with /). */
    private static Path resolve(Path file, String target) {
        String path = target;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            return file;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            Path base = path.startsWith("/") ? root : file.getParent();
            return base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The files of the repository, as git sees them, or by walking the tree when git is not available. */
    private static List<Path> repositoryFiles(Path root) throws IOException, InterruptedException {
        Set<Path> found = new TreeSet<>();
        List<String> listed = gitFiles(root);
        if (listed != null) {
            for (String name : listed) {
                Path file = root.resolve(name).normalize();
                if (Files.isRegularFile(file) && !inTarget(root.relativize(file))) {
                    found.add(file);
                }
            }
            return List.copyOf(found);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !inTarget(root.relativize(f)) && !hidden(root.relativize(f)))
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** {@code git ls-files}: tracked files and new files that are not ignored; {@code null} without git. */
    private static List<String> gitFiles(Path root) throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                    .directory(root.toFile()).redirectErrorStream(false).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                out = buffer.toByteArray();
            }
            git.getErrorStream().close();
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : names;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean inTarget(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

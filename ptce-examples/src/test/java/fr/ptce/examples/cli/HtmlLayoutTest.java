package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report of every bundled pole, laid out by a real browser (headless Chromium) at a phone's and a laptop's
 * width: the page never scrolls sideways. The report forbids scripts (its Content-Security-Policy), so the test
 * measures it from a wrapper page of its own that shows the report, unchanged, in an iframe of that width.
 * Skipped when no Chromium is installed ({@code apt-get install -y chromium}).
 */
class HtmlLayoutTest {
    private static final Pattern MEASURE = Pattern.compile("data-measure=\"(\\d+) (\\d+)\"");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void theReportOfEveryBundledPoleNeverScrollsSideways(int width) throws Exception {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no Chromium on this machine");
        Cli.Run r = Cli.run("validate", "--format", "html", "--verbose", Cli.arg(Cli.POLES));
        assertThat(r.out()).startsWith("<!DOCTYPE html>");

        Path wrapper = Files.writeString(tmp.resolve("wrapper-" + width + ".html"), wrapper(r.out(), width),
                StandardCharsets.UTF_8);
        String dom = dumpDom(chromium.get(), wrapper, width);

        Matcher m = MEASURE.matcher(dom);
        assertThat(m.find()).as("the wrapper measured the report").isTrue();
        int scrollWidth = Integer.parseInt(m.group(1));
        int innerWidth = Integer.parseInt(m.group(2));
        assertThat(innerWidth).isEqualTo(width);
        assertThat(scrollWidth).as("scrollWidth at %d px", width).isLessThanOrEqualTo(innerWidth);
    }

    /** A page showing {@code report} in an iframe {@code width} pixels wide, noting its widths once it is laid out. */
    static String wrapper(String report, int width) {
        String srcdoc = report.replace("&", "&amp;").replace("\"", "&quot;");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" style=\"border:0;width:" + width + "px;height:900px\" srcdoc=\"" + srcdoc
                + "\"></iframe><script>var f = document.getElementById('f');"
                + "f.addEventListener('load', function () { document.body.setAttribute('data-measure', "
                + "f.contentDocument.documentElement.scrollWidth + ' ' + f.contentWindow.innerWidth); });"
                + "</script></body></html>";
    }

    private String dumpDom(String chromium, Path page, int width) throws IOException, InterruptedException {
        Path out = tmp.resolve("dom-" + width + ".html");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile-" + width), "--window-size=" + (width + 100) + ",1000",
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<String> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }

}

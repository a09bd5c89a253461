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
 * The HTML report of every bundled pole, laid out by a real browser (headless Chromium) at a phone's, a laptop's and
 * a large screen's width: the page never scrolls sideways, and the text of the charts stays readable (the charts are
 * SVG drawings scaled to their box, which shrinks their text with them). The report forbids scripts (its Content-Security-Policy), so the test
 * measures it from a wrapper page of its own that shows the report, unchanged, in an iframe of that width.
 * Skipped when no Chromium is installed ({@code apt-get install -y chromium}).
 */
class HtmlLayoutTest {
    private static final Pattern MEASURE = Pattern.compile("data-measure=\"(\\d+) (\\d+)\"");
    private static final Pattern SMALLEST_TEXT = Pattern.compile("data-smallest-chart-text=\"([0-9.]+)\"");
    /** The smallest text size, in CSS pixels, a chart may show. */
    private static final double READABLE = 11;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280, 1920})
    void theReportOfEveryBundledPoleNeverScrollsSidewaysAndItsChartTextStaysReadable(int width) throws Exception {
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
        Matcher text = SMALLEST_TEXT.matcher(dom);
        assertThat(text.find()).as("the wrapper measured the charts").isTrue();
        assertThat(Double.parseDouble(text.group(1))).as("smallest chart text at %d px", width)
                .isGreaterThanOrEqualTo(READABLE);
    }

    /** A page showing {@code report} in an iframe {@code width} pixels wide, noting its widths once it is laid out. */
    static String wrapper(String report, int width) {
        String srcdoc = report.replace("&", "&amp;").replace("\"", "&quot;");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" style=\"border:0;width:" + width + "px;height:900px\" srcdoc=\"" + srcdoc
                + "\"></iframe><script>var f = document.getElementById('f');"
                + "f.addEventListener('load', function () { var d = f.contentDocument, w = f.contentWindow, min = 1000;"
                // each chart's text as shown: its font size times the scale of its drawing (box width / viewBox width)
                + "d.querySelectorAll('svg').forEach(function (s) { var vb = s.viewBox.baseVal,"
                + " box = s.getBoundingClientRect().width; if (!vb || !vb.width || !box) { return; }"
                + " s.querySelectorAll('text').forEach(function (t) {"
                + " min = Math.min(min, parseFloat(w.getComputedStyle(t).fontSize) * box / vb.width); }); });"
                + "document.body.setAttribute('data-smallest-chart-text', min.toFixed(1));"
                + "document.body.setAttribute('data-measure', "
                + "d.documentElement.scrollWidth + ' ' + w.innerWidth); });"
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

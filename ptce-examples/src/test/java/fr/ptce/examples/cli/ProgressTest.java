package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void drawsOnATerminalForLongRunsAndErasesItself() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 40, true);
        assertThat(p.enabled()).isTrue();
        for (int i = 0; i < 20; i++) {
            p.step();
        }
        assertThat(err.toString()).contains("\r[###############...............] 20/40");
        p.clear();
        assertThat(err.toString()).endsWith("\r");
    }

    @Test
    void silentWhenNotATerminalOrForShortRuns() {
        StringWriter err = new StringWriter();
        Progress piped = new Progress(new PrintWriter(err), 1000, false);
        Progress shortRun = new Progress(new PrintWriter(err), Progress.THRESHOLD, true);
        for (int i = 0; i < 5; i++) {
            piped.step();
            shortRun.step();
        }
        piped.clear();
        shortRun.clear();
        assertThat(err.toString()).isEmpty();
    }
}

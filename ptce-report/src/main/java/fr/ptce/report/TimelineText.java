package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.rules.Timeline;
import fr.ptce.rules.TimelinePeriod;
import java.io.PrintWriter;
import java.util.List;

/** {@link TimelineFormat#TEXT}: a heading per referential, then one line per period. */
final class TimelineText {
    private final PrintWriter out;
    private final TimelineLabels labels;

    TimelineText(PrintWriter out, TimelineFormat.Context context) {
        this.out = out;
        this.labels = new TimelineLabels(context);
    }

    void render(Pole pole, List<Timeline> timelines) {
        boolean firstTimeline = true;
        for (Timeline t : timelines) {
            if (!firstTimeline) {
                out.println();
            }
            firstTimeline = false;
            out.println(labels.texts().format("heading", pole.name(), pole.id(),
                    labels.referential(t.referential().id()), t.from(), t.to()));
            for (int i = 0; i < t.periods().size(); i++) {
                TimelinePeriod p = t.periods().get(i);
                out.println("  " + labels.texts().format("since", p.from()) + labels.texts().colon()
                        + String.join(", ", labels.describe(p, i == 0)));
            }
        }
    }
}

package org.policyset.site.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.policyset.core.model.PartialDate;

/**
 * Draws the timeline: events and stances on one time axis, each as the span its date covers — a
 * day is a day wide (at least a few pixels), a month a month, a year a year — so that a date known
 * only to the month or year looks uncertain (dashed, lighter). Beyond {@link #MAX_MARKS} marks the
 * chart counts them per month instead (and per year those known only to the year).
 */
final class TimelineSvg {
  static final int MAX_MARKS = 2000;
  static final int WIDTH = 960;
  static final int LEFT = 90;
  static final int RIGHT = 20;
  static final int LANE = 14;
  static final int GAP = 4;
  static final int AXIS = 30;
  static final double MIN_MARK = 4;

  /** One event or stance; {@code topic} holds its topic ids, separated by spaces. */
  record Mark(String kind, String id, String label, PartialDate date, String href, List<String> actors,
      String topic) {}

  private final LocalDate from;
  private final LocalDate to;
  private final double perDay;

  private TimelineSvg(List<Mark> marks) {
    int first = marks.stream().mapToInt(m -> m.date().start().getYear()).min().orElse(2000);
    int last = marks.stream().mapToInt(m -> m.date().end().getYear()).max().orElse(first);
    from = LocalDate.of(first, 1, 1);
    to = LocalDate.of(last + 1, 1, 1);
    perDay = (double) (WIDTH - LEFT - RIGHT) / ChronoUnit.DAYS.between(from, to);
  }

  /** {@return the x of the start of a day} */
  double x(LocalDate day) {
    return LEFT + ChronoUnit.DAYS.between(from, day) * perDay;
  }

  static String draw(List<Mark> marks) {
    TimelineSvg t = new TimelineSvg(marks);
    return marks.size() > MAX_MARKS ? t.aggregated(marks) : t.detailed(marks);
  }

  private String detailed(List<Mark> marks) {
    StringBuilder body = new StringBuilder();
    int y = 10;
    for (String kind : List.of("event", "stance")) {
      List<Mark> band = marks.stream().filter(m -> m.kind().equals(kind))
          .sorted(Comparator.comparing((Mark m) -> m.date().start()).thenComparing(Mark::id)).toList();
      List<Double> laneEnds = new ArrayList<>();
      StringBuilder marksSvg = new StringBuilder();
      for (Mark m : band) {
        double x1 = x(m.date().start());
        double w = Math.max(MIN_MARK, x(m.date().end().plusDays(1)) - x1);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.get(lane) > x1) {
          lane++;
        }
        if (lane == laneEnds.size()) {
          laneEnds.add(0.0);
        }
        laneEnds.set(lane, x1 + w + 1);
        String precision = m.date().precision().name().toLowerCase(Locale.ROOT);
        marksSvg.append("<a href=\"").append(Text.xml(m.href())).append("\" data-actors=\"")
            .append(Text.xml(String.join(" ", m.actors()))).append("\" data-topic=\"")
            .append(Text.xml(m.topic())).append("\"><rect class=\"mark ").append(kind).append(' ')
            .append(precision).append("\" x=\"").append(n(x1)).append("\" y=\"")
            .append(y + lane * (LANE + GAP)).append("\" width=\"").append(n(w)).append("\" height=\"")
            .append(LANE).append("\"><title>").append(Text.xml(m.date() + " · " + kind + ": " + m.label()))
            .append("</title></rect></a>\n");
      }
      int height = Math.max(1, laneEnds.size()) * (LANE + GAP);
      body.append("<text class=\"band\" x=\"4\" y=\"").append(y + 11).append("\">")
          .append(kind.equals("event") ? "Events" : "Stances").append("</text>\n");
      body.append("<g class=\"band-").append(kind).append("\">\n").append(marksSvg).append("</g>\n");
      y += height + 16;
    }
    return svg(body, y, "Timeline of " + marks.size() + " events and stances");
  }

  private String aggregated(List<Mark> marks) {
    StringBuilder body = new StringBuilder();
    int y = 10;
    int bar = 80;
    for (String kind : List.of("event", "stance")) {
      TreeMap<LocalDate, Integer> months = new TreeMap<>();
      TreeMap<LocalDate, Integer> years = new TreeMap<>();
      for (Mark m : marks) {
        if (m.kind().equals(kind)) {
          boolean year = m.date().precision() == PartialDate.Precision.YEAR;
          (year ? years : months).merge(m.date().start().withDayOfMonth(1), 1, Integer::sum);
        }
      }
      int max = Math.max(1, Math.max(months.values().stream().mapToInt(i -> i).max().orElse(1),
          years.values().stream().mapToInt(i -> i).max().orElse(1)));
      body.append("<text class=\"band\" x=\"4\" y=\"").append(y + 11).append("\">")
          .append(kind.equals("event") ? "Events" : "Stances").append("</text>\n");
      bars(body, months, y, bar, max, kind + " bar", "per month", 1);
      bars(body, years, y + bar + 6, bar / 2, max, kind + " year", "known only to the year", 12);
      y += bar + bar / 2 + 28;
    }
    return svg(body, y, "Events and stances counted per month, " + marks.size() + " in all");
  }

  private void bars(StringBuilder body, TreeMap<LocalDate, Integer> counts, int top, int height, int max,
      String cls, String what, int monthsWide) {
    counts.forEach((start, count) -> {
      double x1 = x(start);
      double w = Math.max(1, x(start.plusMonths(monthsWide)) - x1);
      double h = Math.max(1, (double) count * height / max);
      body.append("<rect class=\"mark ").append(cls).append("\" x=\"").append(n(x1)).append("\" y=\"")
          .append(n(top + height - h)).append("\" width=\"").append(n(w)).append("\" height=\"")
          .append(n(h)).append("\"><title>").append(monthsWide == 12 ? start.getYear()
              : start.toString().substring(0, 7)).append(": ").append(count).append(' ').append(what)
          .append("</title></rect>\n");
    });
  }

  private String svg(StringBuilder body, int y, String title) {
    StringBuilder s = new StringBuilder();
    int height = y + AXIS;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"group\" ")
        .append("aria-labelledby=\"timeline-title\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\">\n<title id=\"timeline-title\">").append(Text.xml(title)).append("</title>\n");
    long years = ChronoUnit.YEARS.between(from, to);
    for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1)) {
      boolean year = d.getMonthValue() == 1;
      if (!year && years > 3) {
        continue;
      }
      s.append("<line class=\"").append(year ? "tick-year" : "tick-month").append("\" x1=\"")
          .append(n(x(d))).append("\" x2=\"").append(n(x(d))).append("\" y1=\"0\" y2=\"").append(y)
          .append("\"/>\n");
      if (year && d.isBefore(to) && (years <= 12 || d.getYear() % 5 == 0)) {
        s.append("<text class=\"axis\" x=\"").append(n(x(d) + 3)).append("\" y=\"").append(y + 16)
            .append("\">").append(d.getYear()).append("</text>\n");
      }
    }
    s.append(body).append("</svg>");
    return s.toString();
  }

  /** {@return a coordinate with at most one decimal} */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}

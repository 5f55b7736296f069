package org.policyset.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.PartialDate;

/**
 * The timeline's marks stand where their dates are: golden SVG files for a small fixture, and the
 * positions computed by hand from the dates. Rewrite the golden files with
 * {@code -Dgolden.update=true} and review the diff.
 */
class TimelineSvgTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/policyset/site/internal");

  static TimelineSvg.Mark mark(String kind, String id, String date) {
    return new TimelineSvg.Mark(kind, id, id + " <&>", PartialDate.parse(date), kind + "/" + id + ".html",
        List.of("alpha"), kind.equals("stance") ? "ceasefire" : "");
  }

  static final List<TimelineSvg.Mark> FIXTURE = List.of(
      mark("event", "summit", "2023-03-15"),
      mark("stance", "in-june", "2023-06"),
      mark("stance", "in-2024", "2024"),
      mark("event", "leap-day", "2024-02-29"),
      mark("stance", "overlapping-june-day", "2023-06-10"));

  static void golden(String name, String svg) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertThat(svg).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** {@return x, width and y of the mark that links to href} */
  static double[] rect(String svg, String href) {
    Matcher m = Pattern.compile("<a href=\"" + Pattern.quote(href) + "\"[^>]*><rect class=\"([^\"]*)\" x=\"([0-9.]+)\" "
        + "y=\"([0-9.]+)\" width=\"([0-9.]+)\"").matcher(svg);
    assertThat(m.find()).as(href).isTrue();
    return new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(3))};
  }

  @Test
  void marksStandWhereTheirDatesAreAndAreAsWideAsTheirPrecision() throws IOException {
    String svg = TimelineSvg.draw(FIXTURE);
    golden("timeline.svg", svg);
    // The axis runs from 2023-01-01 to 2025-01-01: 731 days over 850 pixels from x = 90.
    double perDay = 850.0 / 731;
    assertThat(rect(svg, "event/summit.html")[0]).isCloseTo(90 + 73 * perDay, within());
    assertThat(rect(svg, "event/summit.html")[1]).isEqualTo(TimelineSvg.MIN_MARK);   // a day: the narrowest mark
    assertThat(rect(svg, "stance/in-june.html")[0]).isCloseTo(90 + 151 * perDay, within());
    assertThat(rect(svg, "stance/in-june.html")[1]).isCloseTo(30 * perDay, within());   // a month is a month wide
    assertThat(rect(svg, "stance/in-2024.html")[0]).isCloseTo(90 + 365 * perDay, within());
    assertThat(rect(svg, "stance/in-2024.html")[1]).isCloseTo(366 * perDay, within());  // a leap year wide
    assertThat(rect(svg, "event/leap-day.html")[0]).isCloseTo(90 + (365 + 59) * perDay, within());
    // A day inside June overlaps the June span: it goes to the next lane, not on top of it.
    assertThat(rect(svg, "stance/overlapping-june-day.html")[2]).isGreaterThan(rect(svg, "stance/in-june.html")[2]);
    assertThat(svg).contains("class=\"mark stance month\"", "class=\"mark stance year\"", "class=\"mark event day\"");
    assertThat(svg).contains("<title>2023-06 · stance: in-june &lt;&amp;&gt;</title>");
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.051);
  }

  @Test
  void manyMarksAreCountedPerMonth() throws IOException {
    List<TimelineSvg.Mark> many = new ArrayList<>();
    for (int i = 0; i <= TimelineSvg.MAX_MARKS; i++) {
      many.add(mark(i % 3 == 0 ? "event" : "stance", "m" + i, i % 7 == 0 ? "2024" : "2024-0" + (1 + i % 3)));
    }
    String svg = TimelineSvg.draw(many);
    golden("timeline-aggregated.svg", svg);
    assertThat(svg).doesNotContain("<a ");
    // January 2024: stances with i % 3 == 1 and i % 7 != 0 among 0..2000.
    long january = java.util.stream.IntStream.rangeClosed(0, TimelineSvg.MAX_MARKS)
        .filter(i -> i % 3 == 0 && i % 7 != 0).count();
    assertThat(svg).contains("<title>2024-01: " + january + " per month</title>");
  }
}

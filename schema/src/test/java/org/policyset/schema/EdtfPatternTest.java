package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;

/**
 * Schema version 2's EDTF patterns accept exactly what {@link EdtfDate#parse} and
 * {@link EdtfInterval#parse} accept, read as a JSON Schema validator reads them (unanchored search,
 * {@code $} the end of input) and as {@code @Pattern} would (whole match).
 */
class EdtfPatternTest {

  private static final String[] YEARS = {"0000", "0001", "0004", "1900", "1999", "2000", "2024",
      "2025", "2100", "9999", "000X", "00XX", "0XXX", "190X", "202X", "20XX", "2XXX", "XXXX", "2X25",
      "X025", "20X5", "x025", "202", "20250", "+2025", "-202"};
  private static final String[] MONTHS = {"00", "01", "02", "04", "06", "09", "10", "11", "12", "13",
      "20", "0X", "1X", "2X", "XX", "X1", "1", "x1", "21"};
  private static final String[] DAYS = {"00", "01", "09", "10", "19", "20", "28", "29", "30", "31",
      "32", "0X", "1X", "2X", "3X", "4X", "XX", "X1", "X", "1"};
  private static final String[] QUALIFIERS = {"", "?", "~", "%", "?~", "x", " ", "\n"};

  @Test
  void datesAgreeWithParse() {
    Set<String> texts = dates();
    assertThat(texts).hasSizeGreaterThan(20_000);
    List<String> disagreements = disagreements(texts, SchemaGenerator.EDTF_DATE_PATTERN,
        t -> parses(() -> EdtfDate.parse(t)));
    assertThat(disagreements).isEmpty();
  }

  @Test
  void oneOfRangesAgreeWithParse() {
    List<String> ends = new ArrayList<>(List.of("", "2024", "2025", "0000", "2024-02", "2025-13",
        "2024-02-29", "2025-02-29", "2023-11-15", "2023-12-31", "2023-04-31", "202X", "2025-XX",
        "2025?", "..", "2025-1"));
    Set<String> texts = new LinkedHashSet<>();
    for (String a : ends) {
      for (String b : ends) {
        texts.add("[" + a + ".." + b + "]");
        texts.add("[" + a + "..." + b + "]");
        texts.add("[" + a + "," + b + "]");
        texts.add("[" + a + ".." + b);
        texts.add(a + ".." + b + "]");
        texts.add("[" + a + ".." + b + "]?");
        texts.add("{" + a + ".." + b + "}");
      }
    }
    texts.add("[..]");
    texts.add("[2024..2025..2026]");
    texts.add("[2024,2025..2026]");
    List<String> disagreements = disagreements(texts, SchemaGenerator.EDTF_DATE_PATTERN,
        t -> parses(() -> EdtfDate.parse(t)));
    assertThat(disagreements).isEmpty();
  }

  @Test
  void intervalsAgreeWithParse() {
    List<String> sides = new ArrayList<>(List.of("", "..", "...", "2023-11", "2025-01-15", "2025-02-29",
        "2024-02-29", "202X", "XXXX-09-12", "2025-09-12?", "2023~", "2023%", "[2023..]", "[..2025]",
        "2025-13", "0000", "2025/", "2025-02-3X", " 2025"));
    Set<String> texts = new LinkedHashSet<>();
    for (String a : sides) {
      for (String b : sides) {
        texts.add(a + "/" + b);
        texts.add(a + "//" + b);
        texts.add(a + b);
      }
    }
    texts.add("/");
    texts.add("");
    List<String> disagreements = disagreements(texts, SchemaGenerator.EDTF_INTERVAL_PATTERN,
        t -> parses(() -> EdtfInterval.parse(t)));
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theExamplesOfTheModelArePartOfTheProfile() {
    Pattern date = Pattern.compile(SchemaGenerator.EDTF_DATE_PATTERN);
    for (String s : new String[] {"2025", "2025-03", "2025-03-04", "2025-09-12?", "2023~", "2023%",
        "202X", "2025-XX", "XXXX-09-12", "[2023-11-15..]", "[..2025-03]", "[2023-11-15..2023-12-31]"}) {
      assertThat(date.matcher(s).matches()).as(s).isTrue();
    }
    Pattern interval = Pattern.compile(SchemaGenerator.EDTF_INTERVAL_PATTERN);
    for (String s : new String[] {"2023-11/..", "/..", "2025-01-15/", "../..", "../2025"}) {
      assertThat(interval.matcher(s).matches()).as(s).isTrue();
    }
    assertThat(interval.matcher("/").matches()).isFalse();
  }

  private static Set<String> dates() {
    Set<String> texts = new LinkedHashSet<>();
    for (String q : QUALIFIERS) {
      for (String y : YEARS) {
        texts.add(y + q);
        for (String m : MONTHS) {
          texts.add(y + "-" + m + q);
          for (String d : DAYS) {
            texts.add(y + "-" + m + "-" + d + q);
          }
        }
      }
    }
    for (String s : new String[] {"", "?", "~", "X", "2025-", "2025--01", "2025-01-01T00:00",
        "2025-21", "2001-21?", "2025-?09", "?2025", "Y2025", "2025/2026", "2025-01-01/", "\u0662025"}) {
      texts.add(s);
    }
    return texts;
  }

  private static List<String> disagreements(Set<String> texts, String pattern, Predicate<String> parses) {
    Pattern whole = Pattern.compile(pattern);
    // As a JSON Schema validator reads it: find(), with '$' the end of input.
    Pattern asSchema = Pattern.compile(pattern.replaceAll("\\$$", "\\\\z"));
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      boolean parsed = parses.test(t);
      boolean schema = asSchema.matcher(t).find();
      if (parsed != schema || parsed != whole.matcher(t).matches()) {
        out.add("'" + t + "': parse " + parsed + ", schema " + schema);
      }
    }
    return out;
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

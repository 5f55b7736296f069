package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.PartialDate;

/** The schema's partial-date pattern accepts exactly what {@link PartialDate#parse} accepts. */
class PartialDatePatternTest {

  private static final Pattern SCHEMA = Pattern.compile(SchemaGenerator.PARTIAL_DATE_PATTERN);

  /**
   * The pattern as a JSON Schema validator reads it: unanchored, with '$' meaning the end of input
   * (ECMA-262), that is find() with '$' read as '\z'.
   */
  private static final Pattern AS_SCHEMA =
      Pattern.compile(SchemaGenerator.PARTIAL_DATE_PATTERN.replaceAll("\\$$", "\\\\z"));

  @Test
  void agreesWithParseOnEveryDayOfChosenYears() {
    int[][] ranges = {{0, 12}, {96, 104}, {396, 404}, {1582, 1584}, {1896, 1904}, {1996, 2004},
        {2023, 2028}, {2096, 2104}, {2396, 2404}, {9996, 9999}};
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (int[] range : ranges) {
      for (int year = range[0]; year <= range[1]; year++) {
        String y = String.format("%04d", year);
        check(y, disagreements);
        for (int month = 0; month <= 13; month++) {
          String ym = y + String.format("-%02d", month);
          check(ym, disagreements);
          for (int day = 0; day <= 32; day++) {
            check(ym + String.format("-%02d", day), disagreements);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(30_000);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesWithParseOnMalformedText() {
    List<String> disagreements = new ArrayList<>();
    for (String s : new String[] {"", "2025-", "2025-1", "2025-01-1", "20250101", "2025/01/01",
        "+2025", "-2025", "02025", "2025-01-01T00:00", "2025-01-01 ", " 2025", "2025\n", "\u0662025",
        "2025-W01", "2025-001", "YYYY", "2025-02-29", "2024-02-29", "1900-02-29", "2000-02-29"}) {
      check(s, disagreements);
    }
    assertThat(disagreements).isEmpty();
  }

  private static void check(String text, List<String> disagreements) {
    boolean parses;
    try {
      PartialDate.parse(text);
      parses = true;
    } catch (IllegalArgumentException e) {
      parses = false;
    }
    boolean schema = AS_SCHEMA.matcher(text).find();
    if (parses != schema || parses != SCHEMA.matcher(text).matches()) {
      disagreements.add("'" + text + "': parse " + parses + ", schema " + schema);
    }
  }
}

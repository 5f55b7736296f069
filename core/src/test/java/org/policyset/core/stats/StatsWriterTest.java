package org.policyset.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Dataset;
import org.policyset.core.query.QueryFixture;
import tools.jackson.databind.JsonNode;

/**
 * {@link StatsWriter}: the JSON holds every component of {@link DatasetStats} and of its element
 * records, by name and in order, so that a component added to the record cannot be left out of the
 * JSON; and a failed write is an error, not a silently short output.
 */
class StatsWriterTest {

  private static final DatasetStats STATS = DatasetStats.of(QueryFixture.load());

  private static String write(StatsFormat format, DatasetStats stats) {
    StringWriter out = new StringWriter();
    StatsWriter.of(format).write(stats, out);
    return out.toString();
  }

  private static List<String> names(Class<?> record) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.propertyNames().forEach(keys::add);
    return keys;
  }

  @Test
  void jsonHoldsEveryComponentOfTheStatsInOrder() {
    JsonNode root = Json.mapper().readTree(write(StatsFormat.JSON, STATS));

    List<String> expected = new ArrayList<>(List.of("formatVersion"));
    expected.addAll(names(DatasetStats.class));
    // version2 is null for version 1 data: its counts (stancesPerAttribution, …) are left out.
    expected.remove("version2");
    assertThat(keys(root)).isEqualTo(expected);
    assertThat(root.get("formatVersion").asInt()).isEqualTo(StatsWriter.FORMAT_VERSION);
    for (RecordComponent c : DatasetStats.class.getRecordComponents()) {
      if (c.getType() != List.class) {
        continue;
      }
      Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      assertThat(root.get(c.getName()).isEmpty()).as(c.getName()).isFalse();
      for (JsonNode item : root.get(c.getName())) {
        assertThat(keys(item)).as(c.getName()).isEqualTo(names(element));
      }
    }
    assertThat(keys(root.get("recordsPerType"))).containsExactlyElementsOf(STATS.recordsPerType().keySet());
    assertThat(root.at("/stancesPerPosition/0/name").isNull()).isTrue();
    assertThat(root.at("/datePrecision/0/share").isDouble()).isTrue();
  }

  @Test
  void theStatsOfAnEmptyDatasetAreZeroesAndEmptyLists() {
    DatasetStats empty = DatasetStats.of(Dataset.of(null, List.of()));

    JsonNode root = Json.mapper().readTree(write(StatsFormat.JSON, empty));

    assertThat(root.at("/datePrecision/0/share").asDouble()).isZero();
    assertThat(root.at("/sourcesPerRecord/0/mean").asDouble()).isZero();
    assertThat(root.get("stancesPerActor").isArray()).isTrue();
    assertThat(root.get("stancesPerActor").isEmpty()).isTrue();
    String nl = System.lineSeparator();
    assertThat(write(StatsFormat.TEXT, empty))
        .contains("Stances per actor" + nl + "  (none)" + nl)
        .contains("Dates by precision (0 dates)" + nl + "  year        0    0.0%" + nl)
        .endsWith("Actors holding no stance" + nl + "  (none)" + nl);
  }

  @ParameterizedTest
  @EnumSource(StatsFormat.class)
  void aWriteThatFailsIsAnError(StatsFormat format) {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> StatsWriter.of(format).write(STATS, broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void formatsAreNamedAsTheCommandLineNamesThem() {
    assertThat(StatsFormat.of("json")).isEqualTo(StatsFormat.JSON);
    assertThat(StatsFormat.TEXT).hasToString("text");
    assertThatThrownBy(() -> StatsFormat.of("csv")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text, json");
  }
}

package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Stance;
import org.policyset.core.export.Table;
import org.policyset.core.export.TableExport;
import org.policyset.dataset.BundledDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportCommandTest {

  @TempDir
  Path dir;

  private static List<CSVRecord> read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return p.getRecords();
    }
  }

  @Test
  void csvTablesParseBackCellForCell() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("export", "-o", out.toString(), Fixture.PATH);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    List<Table> tables = TableExport.tables(Fixture.dataset());
    for (Table t : tables) {
      Path file = out.resolve(t.name() + ".csv");
      assertThat(r.out()).contains(file.toString());
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        assertThat(p.getHeaderNames()).isEqualTo(t.columns());
        List<CSVRecord> records = p.getRecords();
        assertThat(records).hasSize(t.rows().size());
        for (int i = 0; i < records.size(); i++) {
          for (int c = 0; c < t.columns().size(); c++) {
            Object cell = t.rows().get(i).get(c);
            assertThat(records.get(i).get(c)).isEqualTo(cell == null ? "" : cell.toString());
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).as("the tables and datapackage.json").hasSize(tables.size() + 1);
    }
  }

  @Test
  void jsonLinesTablesHoldOneObjectPerRow() throws Exception {
    Cli r = Cli.run("export", "--format", "jsonl", "-o", dir.toString(), Fixture.PATH);
    assertThat(r.exit()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("stance_principles.jsonl"));
    assertThat(lines).hasSize(11);
    JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
    assertThat(first.get("stance").asString()).isEqualTo("bd-ceasefire-2024");
    assertThat(first.get("ordinal").asInt()).isEqualTo(1);
    assertThat(first.get("principle").asString()).isEqualTo("sovereignty");
  }

  @Test
  void theBundledDatasetExportsWithLinksThatJoin() throws Exception {
    Cli r = Cli.run("export", "-o", dir.toString());
    assertThat(r.exit()).isZero();
    Dataset data = BundledDataset.load();
    List<CSVRecord> stances = read(dir.resolve("stances.csv"));
    assertThat(stances).hasSize(data.stances().size());
    Set<String> ids = new HashSet<>();
    stances.forEach(s -> ids.add(s.get("id")));
    int holders = 0;
    for (Stance s : data.stances()) {
      holders += s.holders().size();
    }
    List<CSVRecord> links = read(dir.resolve("stance_holders.csv"));
    assertThat(links).hasSize(holders).allMatch(l -> ids.contains(l.get("stance")));
    Set<String> actors = new HashSet<>();
    read(dir.resolve("actors.csv")).forEach(a -> actors.add(a.get("id")));
    assertThat(links).allMatch(l -> actors.contains(l.get("actor")));
    // The bundled dataset is schema version 2: a stance's dates are those of 'attested', which
    // only some stances have (the text dates no more); the possible days are ordered where given.
    int dated = 0;
    for (CSVRecord s : stances) {
      assertThat(s.get("dateStart")).isEmpty();
      if (!s.get("attestedStart").isEmpty()) {
        dated++;
        assertThat(s.get("attestedStart")).matches("\\d{4}-\\d{2}-\\d{2}");
        if (!s.get("attestedEnd").isEmpty()) {
          assertThat(s.get("attestedStart").compareTo(s.get("attestedEnd"))).isLessThanOrEqualTo(0);
        }
      }
    }
    assertThat(dated).isPositive();
  }

  @Test
  void anOutputThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli r = Cli.run("export", "-o", file.toString(), Fixture.PATH);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is not a folder");
    Cli missing = Cli.run("export", Fixture.PATH);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--output=DIR'");
  }
}

package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Rule;

/** One root cause, one finding; {@code reportingAll} shows the consequences too. */
class RootCauseTest {

  @TempDir
  Path dir;

  private static final String CONTEXT = """
      "actors": [{"id": "cn", "name": "China", "kind": "state"}],
      "topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}],
      "sources": [{"id": "seed", "title": "Seed commentary", "kind": "commentary"}],
      """;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(f -> f.rule().code() + " " + f.pointer()).toList();
  }

  @Test
  void aMisspeltKeyInAStanceIsOneFinding() throws IOException {
    Path f = write("d.json", "{" + CONTEXT + """
        "stances": [{"id": "cn-gaza", "holdrs": ["cn"], "topic": "gaza-ceasefire",
          "position": "calls-for", "statement": "China calls for a ceasefire.", "date": "2023",
          "sources": [{"source": "seed"}]}]}""");
    ValidationReport r = DatasetValidator.create().validate(List.of(f));
    assertThat(codes(r)).containsExactly("PS203 /stances/0/holdrs");
    assertThat(r.findings().get(0).hint()).isEqualTo("did you mean 'holders'?");

    // Everything: the field the misspelt key hides, and the source, actor and topic that only the
    // unbound stance names.
    ValidationReport all = DatasetValidator.create().reportingAll(true).validate(List.of(f));
    assertThat(codes(all)).containsExactlyInAnyOrder("PS203 /stances/0/holdrs",
        "PS205 /stances/0/holders", "PS404 /sources/0/id", "PS308 /actors/0/id",
        "PS308 /topics/0/id");
  }

  @Test
  void misspeltSourcesAndIdKeysCascadeIntoNeitherUnusedSourcesNorDanglingReferences()
      throws IOException {
    Path f = write("d.json", "{" + CONTEXT + """
        "stances": [
          {"iid": "cn-2023", "holders": ["cn"], "topic": "gaza-ceasefire", "position": "calls-for",
           "statement": "China calls for a ceasefire.", "date": "2023", "sources": [{"source": "seed"}]},
          {"id": "cn-2024", "holders": ["cn"], "topic": "gaza-ceasefire", "position": "calls-for",
           "statement": "China calls again.", "date": "2024", "supersedes": ["cn-2023"],
           "souces": [{"source": "seed"}]}
        ]}""");
    ValidationReport r = DatasetValidator.create().validate(List.of(f));
    assertThat(codes(r)).containsExactlyInAnyOrder("PS203 /stances/0/iid", "PS203 /stances/1/souces");

    ValidationReport all = DatasetValidator.create().reportingAll(true).validate(List.of(f));
    assertThat(codes(all)).contains("PS205 /stances/0/id", "PS205 /stances/1/sources",
        "PS404 /sources/0/id");
  }

  @Test
  void theRestOfABrokenRecordIsStillChecked() throws IOException {
    Path f = write("d.json", "{" + CONTEXT + """
        "stances": [{"id": "CN Gaza", "holdrs": ["cn"], "topic": "gaza-ceasefire",
          "position": "calls-for", "statement": " padded ", "date": "2023",
          "sources": [{"source": "seed"}]}]}""");
    ValidationReport r = DatasetValidator.create().validate(List.of(f));
    assertThat(codes(r)).containsExactlyInAnyOrder("PS203 /stances/0/holdrs",
        "PS206 /stances/0/id", "PS209 /stances/0/statement");
  }

  @Test
  void aFileThatCannotBeReadToItsEndHidesTheReferencesItsUnreadPartCouldAnswer()
      throws IOException {
    Path broken = write("a-topics.json", """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"},
                    {"id": "two-state-solution", "name": "Two-state solution",}]}""");
    Path stances = write("b-stances.json", """
        {"actors": [{"id": "cn", "name": "China", "kind": "state"}],
         "sources": [{"id": "seed", "title": "Seed commentary", "kind": "commentary"}],
         "stances": [{"id": "cn-two-states", "holders": ["cn"], "topic": "two-state-solution",
           "position": "supports", "statement": "China supports two states.", "date": "2023",
           "sources": [{"source": "seed"}]}]}""");
    ValidationReport r = DatasetValidator.create().validate(List.of(broken, stances));
    assertThat(r.complete()).isFalse();
    assertThat(codes(r)).extracting(s -> s.substring(0, 5)).containsExactly("PS101");

    ValidationReport all = DatasetValidator.create().reportingAll(true)
        .validate(List.of(broken, stances));
    // With every consequence: the topic of the broken file that nothing read names, too.
    assertThat(codes(all)).extracting(s -> s.substring(0, 5))
        .containsExactlyInAnyOrder("PS101", "PS302", "PS308");
  }

  @Test
  void integrityFindingsPastTheLimitAreCountedNotListed() throws IOException {
    StringBuilder stances = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      stances.append(i == 0 ? "" : ", ").append("{\"id\": \"s").append(i)
          .append("\", \"holders\": [\"nobody-").append(i).append("\"], \"topic\": \"gaza-ceasefire\", ")
          .append("\"position\": \"calls-for\", \"statement\": \"A call.\", \"date\": \"2023\", ")
          .append("\"sources\": [{\"source\": \"seed\"}]}");
    }
    Path f = write("d.json", "{" + CONTEXT + "\"stances\": [" + stances + "]}");
    org.policyset.core.io.ReadLimits five =
        org.policyset.core.io.ReadLimits.DEFAULTS.withMaxFindingsPerFile(5);

    // The actor of the context, which no holder names, would be a sixth finding: left out.
    ValidationReport r = DatasetValidator.create().withLimits(five)
        .ignoring(java.util.Set.of(Rule.UNUSED_RECORD)).validate(List.of(f));

    assertThat(r.findings()).filteredOn(x -> x.rule() == Rule.DANGLING_REFERENCE).hasSize(5);
    assertThat(r.findings()).filteredOn(x -> x.rule() == Rule.LIMIT_EXCEEDED).singleElement()
        .satisfies(x -> assertThat(x.message()).startsWith("3 more integrity and provenance findings"));
    ValidationReport all = DatasetValidator.create().validate(List.of(f));
    assertThat(all.findings()).filteredOn(x -> x.rule() == Rule.DANGLING_REFERENCE).hasSize(8);
    assertThat(all.findings()).noneMatch(x -> x.rule() == Rule.LIMIT_EXCEEDED);
    ValidationReport ignored = DatasetValidator.create().withLimits(five)
        .ignoring(java.util.Set.of(Rule.DANGLING_REFERENCE)).validate(List.of(f));
    assertThat(ignored.findings()).noneMatch(x -> x.rule() == Rule.LIMIT_EXCEEDED);
  }
}

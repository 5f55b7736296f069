package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Topic;

/** A query result in each format a user can ask for: matches, groups and counts. */
class ResultFormatsTest {

  private static final Dataset DATA = QueryFixture.load();
  private static final QueryResult TOPICS = Query.of(RecordType.TOPIC).run(DATA);
  private static final QueryResult BY_PARENT = Query.of(RecordType.TOPIC).groupBy("parent").run(DATA);

  private static String matches(ResultFormat format) {
    StringWriter out = new StringWriter();
    ResultWriter.of(format).fields(List.of("id", "name", "parent")).write(TOPICS, out);
    return out.toString();
  }

  private static String groups(ResultFormat format) {
    StringWriter out = new StringWriter();
    ResultWriter.of(format).write(BY_PARENT, out);
    return out.toString();
  }

  private static String count(ResultFormat format) {
    StringWriter out = new StringWriter();
    ResultWriter.of(format).writeCount(TOPICS, out);
    return out.toString();
  }

  @Test
  void json() {
    assertThat(matches(ResultFormat.JSON)).startsWith("""
        {
          "formatVersion" : 1,
          "type" : "topic",
          "total" : 6,
          "fields" : [ "id", "name", "parent" ],
          "results" : [ {
            "id" : "border-ceasefire",
            "name" : "Border ceasefire",
            "parent" : "regional-security"
          }, {""")
        .contains("\"id\" : \"maritime-law\",\n    \"name\" : \"Maritime law\",\n    \"parent\" : null\n  }")
        .endsWith("} ]\n}\n");
    assertThat(groups(ResultFormat.JSON)).isEqualTo("""
        {
          "formatVersion" : 1,
          "type" : "topic",
          "total" : 6,
          "groupBy" : "parent",
          "groups" : [ {
            "key" : "border-ceasefire",
            "count" : 1
          }, {
            "key" : "regional-security",
            "count" : 1
          }, {
            "key" : null,
            "count" : 4
          } ]
        }
        """);
    assertThat(count(ResultFormat.JSON)).isEqualTo("""
        {
          "formatVersion" : 1,
          "type" : "topic",
          "total" : 6
        }
        """);
  }

  @Test
  void jsonLines() {
    assertThat(matches(ResultFormat.JSONL).lines()).hasSize(6)
        .startsWith("{\"id\":\"border-ceasefire\",\"name\":\"Border ceasefire\",\"parent\":\"regional-security\"}")
        .contains("{\"id\":\"maritime-law\",\"name\":\"Maritime law\",\"parent\":null}");
    assertThat(groups(ResultFormat.JSONL)).isEqualTo("""
        {"key":"border-ceasefire","count":1}
        {"key":"regional-security","count":1}
        {"key":null,"count":4}
        """);
    assertThat(count(ResultFormat.JSONL)).isEqualTo("{\"total\":6}\n");
  }

  @Test
  void listFieldsAreArraysInJsonAndJoinedInText() {
    QueryResult joint = Query.stances().actor("bd").run(DATA);
    StringWriter json = new StringWriter();
    StringWriter csv = new StringWriter();

    ResultWriter.of(ResultFormat.JSONL).fields(List.of("id", "holders")).write(joint, json);
    ResultWriter.of(ResultFormat.CSV).fields(List.of("id", "holders")).write(joint, csv);

    assertThat(json.toString()).contains("{\"id\":\"joint-water-2025-02-28\",\"holders\":[\"sy\",\"bd\"]}\n");
    assertThat(csv.toString()).contains("joint-water-2025-02-28,sy; bd\r\n");
  }

  @Test
  void csv() {
    assertThat(matches(ResultFormat.CSV)).startsWith("id,name,parent\r\n"
        + "border-ceasefire,Border ceasefire,regional-security\r\n")
        .contains("maritime-law,Maritime law,\r\n");
    assertThat(groups(ResultFormat.CSV)).isEqualTo(
        "parent,count\r\nborder-ceasefire,1\r\nregional-security,1\r\n,4\r\n");
    assertThat(count(ResultFormat.CSV)).isEqualTo("total\r\n6\r\n");
  }

  @Test
  void markdown() {
    assertThat(matches(ResultFormat.MARKDOWN)).startsWith("""
        | id | name | parent |
        |---|---|---|
        | border-ceasefire | Border ceasefire | regional-security |
        """).contains("| maritime-law | Maritime law |  |\n");
    assertThat(groups(ResultFormat.MARKDOWN)).isEqualTo("""
        | parent | count |
        |---|---|
        | border-ceasefire | 1 |
        | regional-security | 1 |
        | (none) | 4 |
        """);
    assertThat(count(ResultFormat.MARKDOWN)).isEqualTo("6\n");
  }

  @Test
  void markdownCellsKeepPipesBackslashesAndLineBreaksFromBreakingTheTable() {
    Dataset d = Dataset.of(null, List.of(new Topic("t", "A | B \\ C", null, "one\nline\ttwo")));
    StringWriter out = new StringWriter();

    ResultWriter.of(ResultFormat.MARKDOWN).fields(List.of("name", "description"))
        .write(Query.of(RecordType.TOPIC).run(d), out);

    assertThat(out.toString()).isEqualTo("""
        | name | description |
        |---|---|
        | A \\| B \\\\ C | one line two |
        """);
  }

  @Test
  void everythingWrittenIsFlushedToTheWriterBeneath() {
    StringWriter beneath = new StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(beneath);

    ResultWriter.of(ResultFormat.CSV).fields(List.of("id")).write(TOPICS, buffered);
    ResultWriter.of(ResultFormat.CSV).writeCount(TOPICS, buffered);

    assertThat(beneath.toString()).startsWith("id\r\nborder-ceasefire\r\n").endsWith("total\r\n6\r\n");
  }

  @Test
  void tablesAndCounts() {
    assertThat(groups(ResultFormat.TABLE)).endsWith("(none)             4\n3 groups of 6 topics\n");
    assertThat(count(ResultFormat.TABLE)).isEqualTo("6\n");
    assertThat(ResultWriter.of(ResultFormat.CSV).format()).isEqualTo(ResultFormat.CSV);
    assertThat(ResultWriter.of(ResultFormat.TABLE).fieldsFor(RecordType.TOPIC)).extracting(Field::name)
        .startsWith("id", "name")
        .hasSizeLessThanOrEqualTo(ResultWriter.of(ResultFormat.JSON).fieldsFor(RecordType.TOPIC).size());
    assertThat(ResultWriter.of(ResultFormat.MARKDOWN).fieldsFor(RecordType.STANCE))
        .isEqualTo(ResultWriter.of(ResultFormat.TABLE).fieldsFor(RecordType.STANCE))
        .isNotEqualTo(ResultWriter.of(ResultFormat.CSV).fieldsFor(RecordType.STANCE));
    assertThat(ResultWriter.of(ResultFormat.TABLE).width(20)).isNotNull();
    assertThatThrownBy(() -> ResultWriter.of(ResultFormat.TABLE).width(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table needs a width of at least 20 columns, not 19");
  }
}

package org.policyset.core.diagnostic;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rationale and examples of every rule. Each JSON example is a complete dataset document; a test
 * validates it (with a manifest beside it) and checks that the failing one breaks the rule and the
 * passing one yields no finding at all.
 */
final class RuleDocs {
  private RuleDocs() {}

  private static final String CN =
      "\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}],";
  private static final String TOPIC =
      "\"topics\": [{\"id\": \"gaza-ceasefire\", \"name\": \"Ceasefire in Gaza\"}],";
  private static final String SOURCE = "\"sources\": [{\"id\": \"seed\","
      + " \"title\": \"South-South security cooperation\", \"kind\": \"commentary\"}],";
  private static final String STANCE_HEAD = "{\"id\": \"cn-gaza-ceasefire\", \"holders\": [\"cn\"],"
      + " \"topic\": \"gaza-ceasefire\", \"position\": \"calls-for\",\n"
      + "   \"statement\": \"China calls for a ceasefire in Gaza.\", ";
  private static final String CITE = "\n   \"sources\": [{\"source\": \"seed\"}]}";

  private static final Map<Rule, RuleDocumentation> DOCS = new EnumMap<>(Rule.class);

  private static void doc(Rule rule, String rationale, String failing, String passing) {
    DOCS.put(rule, new RuleDocumentation(rationale, failing.strip(), passing.strip()));
  }

  /** Returns a document of the given top-level members, each indented, separated by commas. */
  private static String document(String... members) {
    StringBuilder sb = new StringBuilder("{\n");
    for (int i = 0; i < members.length; i++) {
      String m = members[i].strip();
      if (m.endsWith(",")) {
        m = m.substring(0, m.length() - 1);
      }
      sb.append(m.lines().map(l -> "  " + l).collect(Collectors.joining("\n")));
      sb.append(i < members.length - 1 ? ",\n" : "\n");
    }
    return sb.append('}').toString();
  }

  private static String stances(String... stances) {
    return "\"stances\": [\n  " + String.join(",\n  ", stances) + "\n]";
  }

  static {
    doc(Rule.UNREADABLE_INPUT,
        "A path that does not exist or cannot be read means nothing was checked; policyset says so and "
            + "exits with 3 instead of passing an empty dataset.",
        """
        $ policyset validate -- dat/
        dat
          -        error   PS001 no such file or folder  [unreadable-input]
        """,
        """
        $ policyset validate -- data/
        ✔ data: 4 files, 57 records checked: no errors, no warnings
        """);
    doc(Rule.NO_DATASET_FILES,
        "A folder without .json, .jsonl or .ndjson files is almost always the wrong folder; validating "
            + "nothing must not look like success.",
        """
        $ ls docs/
        README.md
        $ policyset validate -- docs/
        """,
        """
        $ ls data/
        manifest.json  stances.json
        $ policyset validate -- data/
        """);
    doc(Rule.MALFORMED_JSON,
        "policyset reads strict RFC 8259 JSON so that every tool reads the same data: no comments, no "
            + "trailing commas, no single quotes.",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza",}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.INVALID_ENCODING,
        "JSON exchanged between systems must be UTF-8 (RFC 8259, section 8.1); a file saved in "
            + "Windows-1252 or Latin-1 reads differently on every machine.",
        """
        A file saved as Windows-1252: the 'ô' of "Côte d'Ivoire" is the single byte F4.
        """,
        """
        The same file saved as UTF-8: the 'ô' is the two bytes C3 B4.
        """);
    doc(Rule.BYTE_ORDER_MARK,
        "RFC 8259 forbids a byte order mark before a JSON text; many parsers reject it or read it as part "
            + "of the first key.",
        """
        EF BB BF 7B 22 74 6F 70 69 63 73 22 ...   (a file saved as "UTF-8 with BOM")
        """,
        """
        7B 22 74 6F 70 69 63 73 22 ...            (the same file saved as UTF-8)
        """);
    doc(Rule.TRAILING_CONTENT,
        "A .json file holds exactly one JSON document; anything after it is usually a merge accident "
            + "that other parsers silently drop.",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        {"topics": [{"id": "two-state-solution", "name": "Two-state solution"}]}
        """,
        """
        {"topics": [
          {"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"},
          {"id": "two-state-solution", "name": "Two-state solution"}
        ]}
        """);
    doc(Rule.LIMIT_EXCEEDED,
        "Limits on nesting depth, string, number and file size keep validation fast and safe on "
            + "untrusted input; no real dataset comes near them.",
        """
        A value nested 65 arrays deep: [[[[[ … ]]]]] (the limit is 64).
        """,
        """
        Records nested a few levels deep, as every policyset record is.
        """);
    doc(Rule.NOT_A_DOCUMENT,
        "A .json dataset file is one object whose keys are sections, and a .jsonl line one object with a "
            + "$type; without them nothing says what the records are.",
        """
        [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.UNKNOWN_SECTION,
        "A misspelt section would otherwise be skipped, and its records never checked or loaded.",
        """
        {"topic": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.UNKNOWN_PROPERTY,
        "Records reject properties their type does not define, so that a misspelt key is caught instead "
            + "of its value being silently dropped. The fields it makes look missing are not reported "
            + "again (use --all to see them).",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza",
                     "descripton": "A halt to the fighting in Gaza."}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza",
                     "description": "A halt to the fighting in Gaza."}]}
        """);
    doc(Rule.WRONG_TYPE,
        "Each field has one JSON type; a string where a list belongs is read differently by different "
            + "tools, so policyset never coerces.",
        """
        {"actors": [
          {"id": "brics", "name": "BRICS", "kind": "grouping"},
          {"id": "cn", "name": "China", "kind": "state", "memberOf": "brics"}
        ]}
        """,
        """
        {"actors": [
          {"id": "brics", "name": "BRICS", "kind": "grouping"},
          {"id": "cn", "name": "China", "kind": "state", "memberOf": ["brics"]}
        ]}
        """);
    doc(Rule.MISSING_FIELD,
        "Required fields carry the meaning of a record: a topic without a name, or a stance without a "
            + "holder or a date, says nothing a reader can check.",
        """
        {"topics": [{"id": "gaza-ceasefire"}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.INVALID_ID,
        "Ids are lowercase slugs so that references are easy to type, compare and diff, and "
            + "'Gaza_Ceasefire' and 'gaza-ceasefire' cannot both exist.",
        """
        {"topics": [{"id": "Gaza_Ceasefire", "name": "Ceasefire in Gaza"}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.INVALID_DATE,
        "Dates are YYYY, YYYY-MM or YYYY-MM-DD naming a real day, so that date logic and date filters "
            + "work; '2025-09-31' or '12/09/2025' cannot be compared.",
        document(SOURCE, """
              "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-31",
                          "type": "observance", "sources": [{"source": "seed"}]}]"""),
        document(SOURCE, """
              "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                          "type": "observance", "sources": [{"source": "seed"}]}]"""));
    doc(Rule.INVALID_ENUM,
        "Closed vocabularies (actor kinds, event types, positions) make records comparable; a free "
            + "spelling such as 'country' would split one kind in two.",
        """
        {"actors": [{"id": "cn", "name": "China", "kind": "country"}]}
        """,
        """
        {"actors": [{"id": "cn", "name": "China", "kind": "state"}]}
        """);
    doc(Rule.INVALID_VALUE,
        "Text must not be blank or padded with spaces, URLs must be absolute http(s) URLs and lengths "
            + "are bounded: such values are nearly always editing accidents.",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": " Ceasefire in Gaza "}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.UNPAIRED_SURROGATE,
        "JSON can escape half of a UTF-16 surrogate pair on its own, but that is no character: UTF-8 "
            + "cannot encode it, so a tool that writes the text again replaces it with '?' or U+FFFD, "
            + "fails, or rejects the file (I-JSON, RFC 7493, forbids it). policyset reports it instead "
            + "of changing the data.",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza \\ud83c"}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza \\ud83c\\udf3f"}]}
        """);
    doc(Rule.DUPLICATE_KEY,
        "JSON parsers disagree about duplicate keys (the first wins, the last wins, or an error), so "
            + "policyset refuses to guess which value was meant.",
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Gaza", "name": "Ceasefire in Gaza"}]}
        """,
        """
        {"topics": [{"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"}]}
        """);
    doc(Rule.MISSING_MANIFEST,
        "The manifest names the dataset, its version and its licence; without it a user cannot tell "
            + "what they hold or whether they may reuse it.",
        """
        data/stances.json   {"stances": [ … ]}
        data/topics.json    {"topics": [ … ]}
                            (no file of the folder declares a manifest)
        """,
        """
        data/manifest.json  {"manifest": {"id": "south-south-security", "title": "South-South security cooperation",
                                          "version": "1.0.0", "license": "CC-BY-4.0", "schemaVersion": "1"}}
        data/stances.json   {"stances": [ … ]}
        """);
    doc(Rule.DUPLICATE_MANIFEST,
        "One dataset has one name, version and licence; two manifests contradict each other or will "
            + "after the next edit.",
        """
        data/manifest.json  {"manifest": {"id": "south-south-security", … }}
        data/extra.json     {"manifest": {"id": "south-south-security-2", … }, "topics": [ … ]}
        """,
        """
        data/manifest.json  {"manifest": {"id": "south-south-security", … }}
        data/extra.json     {"topics": [ … ]}
        """);
    doc(Rule.DUPLICATE_ID,
        "An id names exactly one record of its type; with two, references are ambiguous and a merge "
            + "would lose one of them.",
        """
        {"topics": [
          {"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"},
          {"id": "gaza-ceasefire", "name": "Two-state solution"}
        ]}
        """,
        """
        {"topics": [
          {"id": "gaza-ceasefire", "name": "Ceasefire in Gaza"},
          {"id": "two-state-solution", "name": "Two-state solution"}
        ]}
        """);
    doc(Rule.DANGLING_REFERENCE,
        "A reference that names no record is a typo or a missing record; either way the claim cannot "
            + "be followed. The hint suggests the nearest existing id.",
        document(CN, TOPIC, SOURCE, stances(STANCE_HEAD.replace("\"gaza-ceasefire\", \"position\"",
            "\"gaza-cesefire\", \"position\"") + "\"date\": \"2023\"," + CITE)),
        document(CN, TOPIC, SOURCE, stances(STANCE_HEAD
            + "\"date\": \"2023\"," + CITE)));
    doc(Rule.REFERENCE_CYCLE,
        "Topic parents, memberships and supersessions describe hierarchies and history; a cycle has no "
            + "root, and makes 'in effect' undefined.",
        """
        {"topics": [
          {"id": "middle-east", "name": "Middle East", "parent": "gaza-ceasefire"},
          {"id": "gaza-ceasefire", "name": "Ceasefire in Gaza", "parent": "middle-east"}
        ]}
        """,
        """
        {"topics": [
          {"id": "middle-east", "name": "Middle East"},
          {"id": "gaza-ceasefire", "name": "Ceasefire in Gaza", "parent": "middle-east"}
        ]}
        """);
    String event = """
          "events": [{"id": "resolution-2735", "title": "Security Council resolution 2735", "date": "2024-06-10",
                      "type": "resolution", "sources": [{"source": "seed"}]}],""";
    String welcomes = "{\"id\": \"cn-welcomes-2735\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"welcomes\",\n   \"statement\": \"China welcomes resolution 2735.\",";
    doc(Rule.RESPONDS_TO_LATER_EVENT,
        "A stance cannot respond to something that had not happened yet; usually one of the two dates "
            + "is wrong, or the stance responds to another event. Partial dates compare as ranges.",
        document(CN, TOPIC, SOURCE, event, stances(welcomes
            + " \"date\": \"2024-05\", \"respondsTo\": \"resolution-2735\"," + CITE)),
        document(CN, TOPIC, SOURCE, event, stances(welcomes
            + " \"date\": \"2024-06\", \"respondsTo\": \"resolution-2735\"," + CITE)));
    doc(Rule.UNTIL_BEFORE_DATE,
        "A stance is in effect from its date until its 'until'; an end before the beginning is a typo "
            + "that would make the stance never in effect.",
        document(CN, TOPIC, SOURCE, stances(STANCE_HEAD
            + "\"date\": \"2024\", \"until\": \"2023\"," + CITE)),
        document(CN, TOPIC, SOURCE, stances(STANCE_HEAD
            + "\"date\": \"2024\", \"until\": \"2025\"," + CITE)));
    String early = "{\"id\": \"cn-gaza-2023\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"calls-for\",\n   \"statement\": \"China calls for a ceasefire.\", \"date\": \"2023\",";
    String late = "{\"id\": \"cn-gaza-2024\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"calls-for\",\n   \"statement\": \"China calls for a lasting ceasefire.\", \"date\": \"2024\",";
    doc(Rule.SUPERSEDES_LATER_STANCE,
        "Supersession runs forward in time: a stance can replace an earlier stance, never a later one. "
            + "The two ends are usually swapped.",
        document(CN, TOPIC, SOURCE, stances(early + " \"supersedes\": [\"cn-gaza-2024\"]," + CITE,
            late + CITE)),
        document(CN, TOPIC, SOURCE, stances(early + CITE,
            late + " \"supersedes\": [\"cn-gaza-2023\"]," + CITE)));
    String supports = "{\"id\": \"cn-two-states-2023\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"supports\",\n   \"statement\": \"China supports a ceasefire.\", \"date\": \"2023\",";
    String opposes = "{\"id\": \"cn-two-states-2024\", \"holders\": [\"cn\"], \"topic\": \"gaza-ceasefire\","
        + " \"position\": \"opposes\",\n   \"statement\": \"China opposes the ceasefire plan.\", \"date\": \"2024\",";
    doc(Rule.CONFLICTING_STANCES,
        "One holder holding opposite positions on one topic at the same time is either a change of "
            + "position (say so with 'supersedes' or 'until') or a data error. A warning: it fails only "
            + "with --strict.",
        document(CN, TOPIC, SOURCE, stances(supports + CITE, opposes + CITE)),
        document(CN, TOPIC, SOURCE, stances(supports + CITE,
            opposes + " \"supersedes\": [\"cn-two-states-2023\"]," + CITE)));
    doc(Rule.MISSING_CITATION,
        "Every claim is tied to a source so that a reader can check it; stances must cite one by their "
            + "shape, events and principles by this rule.",
        """
        {"events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                     "type": "observance"}]}
        """,
        document(SOURCE, """
              "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                          "type": "observance", "sources": [{"source": "seed"}]}]"""));
    String textSource = """
          "sources": [{"id": "seed", "title": "South-South security cooperation", "kind": "commentary",
                       "text": "%s"}],""";
    String quoted = """
          "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                      "type": "observance",
                      "sources": [{"source": "seed", "quote": "%s"}]}]""";
    doc(Rule.QUOTE_NOT_FOUND,
        "A quote is evidence only if it is verbatim. policyset looks for it in the source's archived "
            + "text (here seed.txt: \"Throughout the years of war on the Gaza Strip, China has been "
            + "insisting on the need for a ceasefire.\"), forgiving only white space, quote marks, "
            + "dashes and ellipses.",
        document(String.format(textSource, "seed.txt"),
            String.format(quoted, "China has always demanded an immediate ceasefire.")),
        document(String.format(textSource, "seed.txt"),
            String.format(quoted, "China has been insisting on the need for a ceasefire.")));
    String cited = """
          "events": [{"id": "global-south-day-2025", "title": "Global South Day 2025", "date": "2025-09-12",
                      "type": "observance", "sources": [{"source": "seed"}]}]""";
    doc(Rule.SOURCE_TEXT_UNREADABLE,
        "An archived text is what quotes are checked against; a missing or non-UTF-8 file means no "
            + "quote of the source was checked. The path is relative to the file declaring the source.",
        document(String.format(textSource, "texts/missing.txt"), cited),
        document(String.format(textSource, "seed.txt"), cited));
    doc(Rule.UNUSED_SOURCE,
        "A source nobody cites is either left over from a removed record or the citation was forgotten. "
            + "A warning: it fails only with --strict.",
        document(SOURCE),
        document(SOURCE, cited));
    doc(Rule.INVALID_SUPPRESSION,
        "A suppression hides a real finding, so it must say why that is acceptable, for the next "
            + "reviewer; one without a reason, or naming an unknown rule or no target, suppresses "
            + "nothing.",
        """
        .policyset-suppressions.json
        {"suppressions": [{"rule": "PS404", "record": "source:seed"}]}
        """,
        """
        .policyset-suppressions.json
        {"suppressions": [{"rule": "PS404", "record": "source:seed",
                           "reason": "cited by the stances of the next release"}]}
        """);
    doc(Rule.UNUSED_SUPPRESSION,
        "A suppression that matches nothing is stale (the problem was fixed, or the record renamed) and "
            + "would silently hide a new finding later. A warning: it fails only with --strict.",
        """
        .policyset-suppressions.json   (source 'seed' is cited, so PS404 never fires for it)
        {"suppressions": [{"rule": "PS404", "record": "source:seed", "reason": "not cited yet"}]}
        """,
        """
        .policyset-suppressions.json
        {"suppressions": []}
        """);
  }

  static RuleDocumentation of(Rule rule) {
    RuleDocumentation d = DOCS.get(rule);
    if (d == null) {
      throw new IllegalStateException("rule " + rule.code() + " has no documentation");
    }
    return d;
  }
}

package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;

/** A missing or null field that takes one of a few values is reported with the values it takes. */
class EnumFieldHintsTest {

  static Finding only(String json, Rule rule) {
    ValidationReport report = DatasetValidator.create().validate("data.json",
        json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, SourceTextProvider.none());
    return report.findings().stream().filter(f -> f.rule() == rule).findFirst()
        .orElseThrow(() -> new AssertionError(report.findings().toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"position\": null,"})
  void aMissingPositionListsThePositions(String position) {
    String json = """
        {"actors": [{"id": "cn", "name": "China", "kind": "state"}],
         "topics": [{"id": "gaza", "name": "Gaza"}],
         "stances": [{"id": "s-1", "holders": ["cn"], "topic": "gaza", %s
                      "statement": "A stance.", "date": "2023", "sources": [{"source": "seed"}]}],
         "sources": [{"id": "seed", "title": "Commentary", "kind": "commentary"}]}
        """.formatted(position);
    Finding f = only(json, Rule.MISSING_FIELD);
    assertThat(f.message()).isEqualTo("required field 'position' is missing");
    assertThat(f.hint()).isEqualTo("add 'position', one of: supports, opposes, welcomes, rejects,"
        + " condemns, calls-for, commits-to, affirms, neutral");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"kind\": null,"})
  void aMissingActorKindListsTheKinds(String kind) {
    Finding f = only("{\"actors\": [{\"id\": \"cn\", %s \"name\": \"China\"}]}".formatted(kind),
        Rule.MISSING_FIELD);
    assertThat(f.hint()).startsWith("add 'kind', one of: state, ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"name\": null,"})
  void aMissingTextFieldNamesNoValues(String name) {
    Finding f = only("{\"actors\": [{\"id\": \"cn\", %s \"kind\": \"state\"}]}".formatted(name),
        Rule.MISSING_FIELD);
    assertThat(f.hint()).isEqualTo("add 'name'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"kind\": \"country\""})
  void anInvalidValueListsTheAllowedOnes(String kind) {
    Finding f = only("{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", %s}]}".formatted(kind),
        Rule.INVALID_ENUM);
    assertThat(f.hint()).contains("allowed: state, ");
  }
}

package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.report.JunitReport;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JUnit XML of {@code validate --format junit} for every fixture, checked against the two
 * schemas CI systems hold JUnit reports to, vendored in {@code src/test/resources/junit/} (see its
 * NOTICE): Apache Ant's {@code JUnit.xsd} and the Jenkins xUnit plugin's JUnit schema. Also: one
 * test case per finding, counts that agree with the test cases and with the JSON report, and no raw
 * line break inside an attribute.
 */
class JunitReportSchemaTest {

  private static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "fixtures");
  private static final Schema ANT = schema("/junit/ant-junit.xsd");
  private static final Schema JENKINS = schema("/junit/jenkins-xunit-junit-10.xsd");
  private static final Pattern TAG_ACROSS_LINES = Pattern.compile("<[^>]*\n");

  @TempDir
  Path dir;

  static Schema schema(String resource) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      URL url = JunitReportSchemaTest.class.getResource(resource);
      assertThat(url).as(resource).isNotNull();
      return f.newSchema(url);
    } catch (Exception e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** Validates against both schemas; returns the problems, empty when both accept it. */
  static List<String> problems(String xml) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Schema> s : Map.of("Ant JUnit.xsd", ANT, "Jenkins xUnit junit-10.xsd", JENKINS)
        .entrySet()) {
      try {
        s.getValue().newValidator().validate(new StreamSource(new StringReader(xml)));
      } catch (Exception e) {
        problems.add(s.getKey() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private Path copy(Path fixture) throws Exception {
    Path copy = dir.resolve(fixture.getFileName().toString());
    try (Stream<Path> s = Files.walk(fixture)) {
      for (Path p : s.toList()) {
        Path target = copy.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!(p.getFileName().toString().equals("expected.json") && p.getParent().equals(fixture))) {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  @TestFactory
  Stream<DynamicTest> theJunitReportOfEveryFixtureIsValidAgainstBothSchemas() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(FIXTURES)) {
      fixtures = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(40);
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Path data = copy(f);
      List<String> args = new ArrayList<>(List.of("validate", "--color=never"));
      Path suppressions = data.resolve(Suppressions.DEFAULT_FILE_NAME);
      if (Files.exists(suppressions)) {
        args.addAll(List.of("--suppressions", suppressions.toString()));
      }
      args.add(data.toString());
      List<String> json = new ArrayList<>(args);
      json.add(2, "--format=json");
      args.add(2, "--format=junit");
      Cli junit = Cli.run(args.toArray(String[]::new));
      JsonNode report = JsonMapper.builder().build().readTree(Cli.run(json.toArray(String[]::new)).out());
      String xml = junit.out();
      assertThat(problems(xml)).as("%s:\n%s", f.getFileName(), xml).isEmpty();
      assertThat(TAG_ACROSS_LINES.matcher(xml).find()).as("a raw line break in a tag").isFalse();
      Document doc = parse(xml);
      Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
      NodeList cases = doc.getElementsByTagName("testcase");
      int findings = report.at("/findings").size();
      int clean = 0;
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        assertThat(c.getElementsByTagName("failure").getLength()).as("failures of one test case")
            .isLessThanOrEqualTo(1);
        if (c.getAttribute("name").equals("no findings")) {
          clean++;
        }
      }
      assertThat(cases.getLength()).as("one test case per finding, one per clean file")
          .isEqualTo(findings + clean);
      assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
      assertThat(suite.getAttribute("failures"))
          .isEqualTo(String.valueOf(doc.getElementsByTagName("failure").getLength()))
          .isEqualTo(report.at("/summary/errors").asString());
      if (findings == 0) {
        assertThat(clean).as("every file of a valid dataset is a passing test case")
            .isEqualTo(report.at("/files").size());
      }
    }));
  }

  @Test
  void lineBreaksAndMarkupInMessagesAndFileNamesSurviveAsTheyWere() throws Exception {
    String file = "data/odd \"name\"\n<x>.json";
    Finding a = Finding.of(Rule.UNKNOWN_PROPERTY, new Location(file, 3, 5), "unknown property 'a\nb' & <c>")
        .withRecord("topic:t").withPointer("/topics/0/a\nb").withHint("remove it\nor rename it");
    Finding b = Finding.of(Rule.INVALID_ID, new Location(file, 3, 9), "'X' is not a slug").withRecord("topic:t");
    Finding w = Finding.of(Rule.UNUSED_SOURCE, new Location(file, 9, 1), "unused");
    ValidationReport report = new ValidationReport(List.of(a, b, w), List.of(), Map.of(), 0, true);
    String xml = new JunitReport(Instant.parse("2026-01-02T03:04:05.678Z")).render(report);
    assertThat(problems(xml)).as(xml).isEmpty();
    assertThat(TAG_ACROSS_LINES.matcher(xml).find()).as("a raw line break in a tag:\n%s", xml).isFalse();
    assertThat(xml).contains("timestamp=\"2026-01-02T03:04:05\"").contains("hostname=\"localhost\"");
    Document doc = parse(xml);
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo(file);
    assertThat(first.getAttribute("name")).isEqualTo("PS203 unknown-property at 3:5 topic:t /topics/0/a\nb");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("PS203 unknown-property: unknown property 'a\nb' & <c>");
    assertThat(failure.getTextContent()).contains("hint: remove it\nor rename it");
    assertThat(((Element) cases.item(2)).getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("PS404");
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
  }
}

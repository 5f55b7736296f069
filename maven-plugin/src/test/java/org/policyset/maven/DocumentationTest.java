package org.policyset.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's "In a Maven build" section says what the plugin is: its POM snippet names this
 * plugin, its goal and only parameters the goal has, and its table lists every parameter a user
 * can set with the user property Maven reads it from, as the plugin descriptor that Maven itself
 * reads ({@code META-INF/maven/plugin.xml}, generated from the annotations) says.
 */
class DocumentationTest {
  static String section;
  static Document descriptor;

  @BeforeAll
  static void read() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = Pattern.compile("(?s)\n## In a Maven build\n(.*?)\n## ").matcher(readme);
    assertThat(m.find()).as("README.md has the section 'In a Maven build'").isTrue();
    section = m.group(1);
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF", "maven",
        "plugin.xml"))) {
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  /** The parameters a user sets, with the expression Maven fills each from. */
  static Map<String, String> descriptorParameters() {
    Map<String, String> editable = new LinkedHashMap<>();
    NodeList params = descriptor.getElementsByTagName("parameter");
    for (int i = 0; i < params.getLength(); i++) {
      Element p = (Element) params.item(i);
      if (text(p, "editable").equals("true")) {
        editable.put(text(p, "name"), "");
      }
    }
    Element config = (Element) descriptor.getElementsByTagName("configuration").item(0);
    for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && editable.containsKey(e.getTagName())) {
        editable.put(e.getTagName(), e.getTextContent().trim());
      }
    }
    return editable;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  @Test
  void theSnippetNamesThisPluginItsGoalAndOnlyParametersItHas() throws Exception {
    Matcher m = Pattern.compile("(?s)```xml\n(.*?)```").matcher(section);
    assertThat(m.find()).as("an xml block").isTrue();
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(m.group(1))));
    Element plugin = (Element) pom.getElementsByTagName("plugin").item(0);
    assertThat(text(plugin, "groupId")).isEqualTo(text(descriptor.getDocumentElement(), "groupId"));
    assertThat(text(plugin, "artifactId")).isEqualTo(text(descriptor.getDocumentElement(), "artifactId"));
    assertThat(text(plugin, "version")).isEqualTo(PluginVersion.get());
    assertThat(text(plugin, "goal")).isEqualTo(text(descriptor.getDocumentElement(), "goal"))
        .isEqualTo("validate");
    Element config = (Element) plugin.getElementsByTagName("configuration").item(0);
    List<String> used = new ArrayList<>();
    for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        used.add(e.getTagName());
      }
    }
    assertThat(used).isNotEmpty().isSubsetOf(descriptorParameters().keySet());
  }

  @Test
  void theTableListsEveryParameterWithItsUserProperty() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| (`[^|]+`) \\| (`[^|]+`) \\|").matcher(section);
    while (row.find()) {
      String[] names = row.group(1).replace("`", "").split(", ");
      String[] properties = row.group(2).replace("`", "").split(", ");
      assertThat(properties).as("one property per parameter in " + row.group()).hasSameSizeAs(names);
      for (int i = 0; i < names.length; i++) {
        documented.put(names[i], "${" + properties[i] + "}");
      }
    }
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(descriptorParameters());
  }
}

package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * bom/pom.xml (which has no parent, so that importing it brings no test libraries) stays in step
 * with the build: it manages every published module at the project's version, the
 * jackson-annotations version the build resolves, and carries the project's coordinates.
 */
class BomTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Document root = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    assertThat(text(bom, "version")).as("the BOM's version").isEqualTo(text(root, "version"));

    List<String> published = new ArrayList<>();
    for (Element module : children(child(root.getDocumentElement(), "modules"), "module")) {
      Document pom = read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      String packaging = text(pom, "packaging");
      if (packaging == null || !packaging.equals("pom")) {
        published.add(text(pom, "artifactId"));
      }
    }
    assertThat(published).as("published modules").contains("policyset-core", "policyset-dataset");

    Map<String, String> managed = managed(bom);
    for (String artifact : published) {
      assertThat(managed).as("bom/pom.xml manages org.policyset:" + artifact)
          .containsEntry("org.policyset:" + artifact, "${project.version}");
    }
    assertThat(managed.keySet().stream().filter(k -> k.startsWith("org.policyset:")).toList())
        .as("the BOM names only modules that exist and are published")
        .containsExactlyInAnyOrderElementsOf(published.stream().map(a -> "org.policyset:" + a).toList());
  }

  @Test
  void theBomPinsTheJacksonAnnotationsTheBuildResolves() throws Exception {
    Document root = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    String version = property(bom, "jackson.annotations.version");
    assertThat(managed(bom)).containsEntry("com.fasterxml.jackson.core:jackson-annotations",
        "${jackson.annotations.version}");
    assertThat(property(root, "jackson.annotations.version")).as("../pom.xml and bom/pom.xml agree")
        .isEqualTo(version);
    assertThat(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .as("the jackson-annotations jar the build tests with")
        .endsWith("/jackson-annotations-" + version + ".jar");
    // Jackson 3 needs JsonSerializeAs (2.21 and later).
    Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
  }

  @Test
  void theBomCarriesTheProjectsCoordinates() throws Exception {
    Document root = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("bom/pom.xml"));
    for (String path : List.of("url", "scm/url", "scm/connection", "scm/developerConnection",
        "issueManagement/url", "licenses/license/name", "licenses/license/url")) {
      assertThat(at(bom, path)).as(path).isNotBlank().isEqualTo(at(root, path));
    }
  }

  private static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(Files.newInputStream(pom));
  }

  private static Map<String, String> managed(Document pom) {
    Map<String, String> out = new LinkedHashMap<>();
    Element dm = child(pom.getDocumentElement(), "dependencyManagement");
    for (Element d : children(child(dm, "dependencies"), "dependency")) {
      out.put(child(d, "groupId").getTextContent() + ":" + child(d, "artifactId").getTextContent(),
          child(d, "version").getTextContent());
    }
    return out;
  }

  private static String property(Document pom, String name) {
    Element p = child(child(pom.getDocumentElement(), "properties"), name);
    return p == null ? null : p.getTextContent().trim();
  }

  private static String text(Document pom, String name) {
    Element e = child(pom.getDocumentElement(), name);
    return e == null ? null : e.getTextContent().trim();
  }

  private static String at(Document pom, String path) {
    Element e = pom.getDocumentElement();
    for (String step : path.split("/")) {
      e = e == null ? null : child(e, step);
    }
    return e == null ? null : e.getTextContent().trim();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }
}

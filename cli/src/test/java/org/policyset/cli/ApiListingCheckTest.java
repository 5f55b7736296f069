package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API check itself: a library compiled twice, with one signature changed in between, gives two
 * listings whose comparison names the removed and the added signature, and nothing else; changes
 * that are not API (private members, package-private types, method bodies) leave the listing as it
 * was.
 */
class ApiListingCheckTest {

  private static final String WIDGET = """
      package lib;
      public class Widget implements Comparable<Widget> {
        public static final int MAX = 3;
        protected String name;
        public Widget(String name) { this.name = name; }
        public void resize(int width) { }
        public <T extends Number> java.util.List<T> sizes(java.util.Map<String, T> by) { return null; }
        public int compareTo(Widget other) { return 0; }
        private void secret() { }
        public static final class Part { public Part() { } }
        protected interface Listener { void changed(Widget w) throws java.io.IOException; }
      }
      """;

  private static final String HELPER = """
      package lib;
      class Helper { public void help() { } }
      """;

  @TempDir
  Path temp;

  @Test
  void aChangedSignatureIsNamedAsRemovedAndAdded() throws Exception {
    String before = listing("before", Map.of("lib/Widget.java", WIDGET));
    String after = listing("after", Map.of("lib/Widget.java",
        WIDGET.replace("public void resize(int width)", "public void resize(long width)")));

    ApiListing.Difference difference = ApiListing.compare(before, after);

    assertThat(difference.removed()).containsExactly("lib.Widget: public void resize(int)");
    assertThat(difference.added()).containsExactly("lib.Widget: public void resize(long)");
    assertThat(difference.describe()).isEqualTo("""
        removed or changed (1):
          - lib.Widget: public void resize(int)
        added or changed (1):
          + lib.Widget: public void resize(long)
        """);
  }

  @Test
  void theListingHasEveryKindOfApiMember() throws Exception {
    String listing = listing("kinds", Map.of("lib/Widget.java", WIDGET, "lib/Helper.java", HELPER));

    assertThat(listing).isEqualTo("""

        lib
          Widget
            public class Widget implements Comparable<lib.Widget>
            protected String name
            public <T extends Number> java.util.List<T> sizes(java.util.Map<String, T>)
            public Widget(String)
            public int compareTo(lib.Widget)
            public static final int MAX
            public void resize(int)
          Widget.Listener
            protected abstract static interface Widget.Listener
            public abstract void changed(lib.Widget) throws java.io.IOException
          Widget.Part
            public static final class Widget.Part
            public Widget.Part()
        """);
  }

  @Test
  void changesThatAreNotApiLeaveTheListingAlone() throws Exception {
    String before = listing("same-before", Map.of("lib/Widget.java", WIDGET, "lib/Helper.java", HELPER));
    String after = listing("same-after", Map.of(
        "lib/Widget.java", WIDGET.replace("private void secret() { }",
            "private void secret() { }\n  private int other(long x) { return 1; }\n  void pkg() { }")
            .replace("public void resize(int width) { }", "public void resize(int width) { secret(); }"),
        "lib/Helper.java", HELPER.replace("public void help() { }", "public void help(int x) { }")));

    assertThat(ApiListing.compare(before, after).isEmpty()).isTrue();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aRemovedTypeIsNamedWithEveryMember() throws Exception {
    String before = listing("type-before", Map.of("lib/Widget.java", WIDGET));
    String after = listing("type-after", Map.of("lib/Widget.java",
        WIDGET.replace("public static final class Part { public Part() { } }", "")));

    ApiListing.Difference difference = ApiListing.compare(before, after);

    assertThat(difference.removed()).containsExactly(
        "lib.Widget.Part: public static final class Widget.Part",
        "lib.Widget.Part: public Widget.Part()");
    assertThat(difference.added()).isEmpty();
  }

  @Test
  void headerCommentsAndBlankLinesAreNotApi() throws Exception {
    String listing = listing("header", Map.of("lib/Widget.java", WIDGET));
    assertThat(ApiListing.compare(ApiListing.header("lib", "the lib") + listing, listing).isEmpty())
        .isTrue();
  }

  /** Compiles the sources into a folder of its own and lists the API of the classes. */
  private String listing(String name, Map<String, String> sources) throws IOException {
    Path src = temp.resolve(name).resolve("src");
    Path classes = temp.resolve(name).resolve("classes");
    Files.createDirectories(classes);
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
    for (String file : sources.keySet()) {
      args.add(src.resolve(file).toString());
    }
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ApiListingCheckTest.class.getClassLoader())) {
      return ApiListing.of(classes, loader);
    }
  }
}

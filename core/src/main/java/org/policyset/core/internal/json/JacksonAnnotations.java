package org.policyset.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Checks, before the first mapper is built, that the {@code jackson-annotations} on the class path
 * or module path is one Jackson 3 runs with. Jackson 3 still uses the Jackson 2 annotations
 * artifact ({@code com.fasterxml.jackson.core:jackson-annotations}) and needs 2.21 or later for
 * {@code JsonSerializeAs}; a project whose Jackson 2 is managed by a Jackson 2 BOM gets that BOM's
 * older version, and every read would fail with a {@link NoClassDefFoundError} deep inside
 * Jackson. This says what is wrong and what to do instead.
 */
public final class JacksonAnnotations {

  /** A class of jackson-annotations 2.21 that Jackson 3.3 loads on every read. */
  static final String REQUIRED_CLASS = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  /** The first jackson-annotations version that has {@link #REQUIRED_CLASS}. */
  static final String MINIMUM = "2.21";

  /** The version policyset is built and tested with; kept in step with the POMs by a test. */
  static final String TESTED = "2.23";

  private static final String ANY_ANNOTATION = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String POM_PROPERTIES =
      "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";

  private static volatile boolean checked;

  private JacksonAnnotations() {}

  /**
   * Checks once per class loader that jackson-annotations is recent enough.
   *
   * @throws IllegalStateException if it is too old, naming the version found, the version needed
   *     and the two ways to fix the build
   */
  public static void check() {
    if (!checked) {
      check(JacksonAnnotations::present, JacksonAnnotations::found);
      checked = true;
    }
  }

  /** The check itself, with the class lookup and the version found as seams for tests. */
  static void check(Predicate<String> present, Supplier<String> found) {
    if (!present.test(REQUIRED_CLASS)) {
      throw new IllegalStateException(message(found.get()));
    }
  }

  static String message(String found) {
    return "policyset needs com.fasterxml.jackson.core:jackson-annotations " + MINIMUM
        + " or later (Jackson 3 uses its JsonSerializeAs; policyset is tested with " + TESTED
        + "), but " + found + " is on the class path, usually because a Jackson 2 BOM "
        + "(com.fasterxml.jackson:jackson-bom, as Spring Boot imports) manages it. Fix the build: "
        + "import org.policyset:policyset-bom in <dependencyManagement> before the Jackson 2 BOM "
        + "(Maven keeps the first import that manages an artifact), or declare "
        + "com.fasterxml.jackson.core:jackson-annotations " + TESTED
        + " yourself (in <dependencyManagement> or as a dependency).";
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, JacksonAnnotations.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Describes the jackson-annotations that was loaded: its version and where it came from. */
  static String found() {
    Class<?> annotation;
    try {
      annotation = Class.forName(ANY_ANNOTATION, false, JacksonAnnotations.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return "no jackson-annotations";
    }
    String version = annotation.getPackage().getImplementationVersion();
    if (version == null) {
      try (InputStream in = annotation.getResourceAsStream(POM_PROPERTIES)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          version = p.getProperty("version");
        }
      } catch (IOException e) {
        version = null;
      }
    }
    String where = "";
    CodeSource source = annotation.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location != null) {
      where = " (" + location + ")";
    }
    return "jackson-annotations " + (version == null ? "of an unknown version" : version) + where;
  }
}

package org.policyset.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, read from its class files: every public or protected type of
 * the packages it exports (all its packages when it has no module descriptor), with its supertypes
 * and every public or protected constructor, method and field, as {@link Class#toGenericString()}
 * and its kin print them. Grouped by package and type, sorted, so that two listings differ exactly
 * where a signature was added, removed or changed.
 *
 * <pre>
 * org.policyset.core.diagnostic
 *   Finding
 *     public final record Finding
 *     public Finding(org.policyset.core.diagnostic.Rule, ...)
 *     public String hint()
 * </pre>
 *
 * <p>{@link #compare} names what a change added and removed; {@code ApiListingTest} checks each
 * module's committed listing ({@code MODULE/api/ARTIFACT.api}) against its classes.
 */
final class ApiListing {
  private ApiListing() {}

  /** The comment that heads a listing file; lines starting with '#' are not part of the API. */
  static String header(String artifact, String scope) {
    return "# The public API of " + artifact + ", read from its class files: every public and\n"
        + "# protected type, constructor, method and field of\n"
        + "#   " + scope + ".\n"
        + "# ApiListingTest (cli) fails the build when the classes differ from this file. After a\n"
        + "# deliberate change, regenerate it and say so in CHANGELOG.md:\n"
        + "#   " + ApiListingTest.REGENERATE + "\n";
  }

  /**
   * Lists the API of the classes in {@code location} (a folder of class files or a jar), loading
   * them with {@code loader} without initializing them.
   *
   * @param location where the module's classes are
   * @param loader a class loader that sees them and their dependencies
   * @return the listing, without a header
   */
  static String of(Path location, ClassLoader loader) throws IOException {
    if (Files.isDirectory(location)) {
      return list(location, loader);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return list(jar.getPath("/"), loader);
    }
  }

  /** The folder or jar a class was loaded from. */
  static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String list(Path root, ClassLoader loader) throws IOException {
    Set<String> exported = null;
    Path descriptor = root.resolve("module-info.class");
    if (Files.isRegularFile(descriptor)) {
      try (InputStream in = Files.newInputStream(descriptor)) {
        exported = ModuleDescriptor.read(in).exports().stream()
            .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
      }
    }
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/")
              && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
    Map<String, Map<String, List<String>>> packages = new TreeMap<>();
    for (String name : names) {
      String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
      if (exported != null && !exported.contains(pkg)) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + name + " to list its API", e);
      }
      if (!isApi(type)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      lines.add(declaration(type));
      lines.addAll(members(type));
      String simple = name.substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('$', '.');
      packages.computeIfAbsent(pkg, p -> new TreeMap<>()).put(simple, lines);
    }
    StringBuilder out = new StringBuilder();
    packages.forEach((pkg, types) -> {
      out.append('\n').append(pkg).append('\n');
      types.forEach((type, members) -> {
        out.append("  ").append(type).append('\n');
        members.forEach(m -> out.append("    ").append(m).append('\n'));
      });
    });
    return out.toString();
  }

  /** A public top-level type, or a public or protected member type of an API type. */
  static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    int m = type.getModifiers();
    Class<?> outer = type.getDeclaringClass();
    if (outer == null) {
      return Modifier.isPublic(m);
    }
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && isApi(outer);
  }

  private static String declaration(Class<?> type) {
    // Newer JDKs print 'sealed' and 'non-sealed'; 17 does not. 'permits' below says it for all.
    StringBuilder sb = new StringBuilder(readable(type.toGenericString()
        .replace("non-sealed ", "").replace("sealed ", "")
        .replace(type.getName(), simpleName(type))));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      sb.append(" extends ").append(readable(superclass.getTypeName()));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      sb.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
          .map(t -> readable(t.getTypeName())).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      sb.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(c -> readable(c.getTypeName())).sorted().collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  private static Set<String> members(Class<?> type) {
    Set<String> out = new TreeSet<>();
    String own = type.getName();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        out.add(readable(c.toGenericString().replace(own + "(", simpleName(type) + "(")));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add(readable(m.toGenericString().replace(own + "." + m.getName() + "(", m.getName() + "(")));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        String s = f.toGenericString();
        out.add(readable(s.substring(0, s.length() - (own + "." + f.getName()).length()) + f.getName()));
      }
    }
    return out;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static final Pattern JAVA_LANG = Pattern.compile("\\bjava\\.lang\\.([A-Z]\\w*)\\b(?!\\.)");

  /** The name of a type as written in source, without its package: {@code Outer.Inner}. */
  static String simpleName(Class<?> type) {
    String binary = type.getName();
    return binary.substring(binary.lastIndexOf('.') + 1).replace('$', '.');
  }

  /**
   * A signature as written in source: nested types as {@code Outer.Inner}, and the types of
   * {@code java.lang} without their package ({@code String}); every other type keeps its package.
   */
  static String readable(String signature) {
    return JAVA_LANG.matcher(signature.replace('$', '.')).replaceAll("$1");
  }

  /** What changed between two listings. */
  record Difference(List<String> removed, List<String> added) {
    boolean isEmpty() {
      return removed.isEmpty() && added.isEmpty();
    }

    /** The change, one signature a line, each with its package and type. */
    String describe() {
      StringBuilder sb = new StringBuilder();
      if (!removed.isEmpty()) {
        sb.append("removed or changed (").append(removed.size()).append("):\n");
        removed.forEach(r -> sb.append("  - ").append(r).append('\n'));
      }
      if (!added.isEmpty()) {
        sb.append("added or changed (").append(added.size()).append("):\n");
        added.forEach(a -> sb.append("  + ").append(a).append('\n'));
      }
      return sb.toString();
    }
  }

  /**
   * Compares two listings line by line, each line taken with its package and type, ignoring the
   * header comments and blank lines.
   *
   * @param expected the committed listing
   * @param actual the listing of the classes
   * @return what the classes removed from and added to the committed listing
   */
  static Difference compare(String expected, String actual) {
    List<String> was = qualified(expected);
    List<String> is = qualified(actual);
    List<String> removed = new ArrayList<>(was);
    removed.removeAll(new TreeSet<>(is));
    List<String> added = new ArrayList<>(is);
    added.removeAll(new TreeSet<>(was));
    return new Difference(removed, added);
  }

  /** Each line of a type prefixed with its package and type: {@code pkg.Type: member}. */
  private static List<String> qualified(String listing) {
    List<String> out = new ArrayList<>();
    String pkg = "";
    String type = "";
    for (String line : listing.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("    ")) {
        out.add(pkg + "." + type + ": " + line.strip());
      } else if (line.startsWith("  ")) {
        type = line.strip();
      } else {
        pkg = line.strip();
      }
    }
    return out;
  }
}

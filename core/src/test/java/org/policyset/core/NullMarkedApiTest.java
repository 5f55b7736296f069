package org.policyset.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;

/**
 * The public API is null-marked: every package the module exports carries {@code @NullMarked}, so
 * that Kotlin, IDEs and checkers read a parameter or return type without {@code @Nullable} as
 * non-null. A new exported package without it fails here, naming the package and its public types.
 */
class NullMarkedApiTest {

  private static final Module CORE = Dataset.class.getModule();

  @Test
  void everyExportedPackageIsNullMarked() {
    ModuleDescriptor descriptor = CORE.getDescriptor();
    assertThat(descriptor).as("core runs as a named module in its tests").isNotNull();
    Set<String> exported = new TreeSet<>();
    descriptor.exports().forEach(e -> exported.add(e.source()));
    assertThat(exported).contains("org.policyset.core.model", "org.policyset.core.query");

    List<String> unmarked = new ArrayList<>();
    for (String pkg : exported) {
      if (!nullMarked(pkg)) {
        unmarked.add(pkg + " " + publicTypes(pkg));
      }
    }
    assertThat(unmarked).as("exported packages without @NullMarked (add it to package-info.java)")
        .isEmpty();
  }

  @Test
  void everyPublicTypeOfTheApiIsInANullMarkedPackage() throws IOException {
    List<String> unmarked = new ArrayList<>();
    int checked = 0;
    for (String pkg : CORE.getDescriptor().packages()) {
      if (!CORE.isExported(pkg)) {
        continue;
      }
      for (Class<?> type : publicTypes(pkg)) {
        checked++;
        if (!type.getPackage().isAnnotationPresent(NullMarked.class)) {
          unmarked.add(type.getName());
        }
      }
    }
    assertThat(checked).as("public types found").isGreaterThan(100);
    assertThat(unmarked).isEmpty();
  }

  /** Whether the package's {@code package-info} carries {@code @NullMarked}. */
  private static boolean nullMarked(String pkg) {
    try {
      return Class.forName(pkg + ".package-info", false, Dataset.class.getClassLoader())
          .getPackage().isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false; // no package-info.java
    }
  }

  /** The public top-level and member types of a package, from the module's class files. */
  private static List<Class<?>> publicTypes(String pkg) {
    ResolvedModule module = CORE.getLayer().configuration().findModule(CORE.getName()).orElseThrow();
    String folder = pkg.replace('.', '/') + "/";
    List<Class<?>> types = new ArrayList<>();
    try (ModuleReader reader = module.reference().open(); Stream<String> names = reader.list()) {
      for (String name : names.filter(n -> n.startsWith(folder) && n.endsWith(".class")
          && n.indexOf('/', folder.length()) < 0 && !n.endsWith("package-info.class")).toList()) {
        Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
            Dataset.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          types.add(c);
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("cannot list the classes of " + pkg, e);
    }
    return types;
  }
}

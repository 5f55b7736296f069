package org.policyset.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A jackson-annotations older than 2.21 (a Jackson 2 BOM's, say) is reported as what it is, with
 * the two fixes, instead of a NoClassDefFoundError on the first read. The consumer project of
 * examples/consumer shows it for real under com.fasterxml.jackson:jackson-bom 2.18.
 */
class JacksonAnnotationsTest {

  @Test
  void aMissingJsonSerializeAsNamesTheVersionFoundWhatIsNeededAndBothFixes() {
    List<String> asked = new ArrayList<>();
    assertThatThrownBy(() -> JacksonAnnotations.check(name -> {
      asked.add(name);
      return false;
    }, () -> "jackson-annotations 2.18.2 (file:/m2/jackson-annotations-2.18.2.jar)"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs com.fasterxml.jackson.core:jackson-annotations 2.21 or later")
        .hasMessageContaining("but jackson-annotations 2.18.2 (file:/m2/jackson-annotations-2.18.2.jar)"
            + " is on the class path")
        .hasMessageContaining("com.fasterxml.jackson:jackson-bom")
        .hasMessageContaining("import org.policyset:policyset-bom in <dependencyManagement> before "
            + "the Jackson 2 BOM")
        .hasMessageContaining("declare com.fasterxml.jackson.core:jackson-annotations 2.23");
    assertThat(asked).containsExactly("com.fasterxml.jackson.annotation.JsonSerializeAs");
  }

  @Test
  void thePresentClassPasses() {
    assertThatCode(() -> JacksonAnnotations.check(name -> true, () -> "unused"))
        .doesNotThrowAnyException();
    assertThatCode(JacksonAnnotations::check).doesNotThrowAnyException();
    assertThatCode(Json::mapper).doesNotThrowAnyException();
  }

  @Test
  void theVersionNamedAsTestedIsTheOneTheBuildResolves() throws Exception {
    // The build's jackson-annotations holds the class the check looks for ...
    Class.forName(JacksonAnnotations.REQUIRED_CLASS);
    // ... and is the version the message recommends (the POMs pin it: jackson.annotations.version).
    assertThat(JacksonAnnotations.found())
        .startsWith("jackson-annotations " + JacksonAnnotations.TESTED + " (")
        .contains("jackson-annotations-" + JacksonAnnotations.TESTED + ".jar");
  }
}

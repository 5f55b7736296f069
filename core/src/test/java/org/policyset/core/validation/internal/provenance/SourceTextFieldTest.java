package org.policyset.core.validation.internal.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Source;
import org.policyset.core.read.internal.shape.BeanValidation;

class SourceTextFieldTest {

  @Test
  void aUsableTextFieldIsExactlyOneThatPassesTheConstraintsOfSourceText() {
    Validator v = BeanValidation.validator();
    for (String text : List.of("texts/seed.txt", "seed.txt", "a b/c.txt", "", " ", "../x", "a/../x",
        "/abs", "C:\\x", "x?", "x|y", "a".repeat(500), "a".repeat(501), "texts/./seed.txt", "..x/y",
        "x/..")) {
      boolean valid = v.validateValue(Source.class, "text", text).isEmpty();
      assertThat(SourceTextField.usable(text)).as("'%s'", text).isEqualTo(valid);
    }
  }
}

package org.policyset.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlsBidiAndSeparatorsAreEscapedAndOtherTextIsKept() {
    assertThat(TerminalText.escape("plain – “text” 中文 ✔")).isEqualTo("plain – “text” 中文 ✔");
    assertThat(TerminalText.escape("a\nb\rc\td\u001b[2Ke")).isEqualTo("a\\nb\\rc\\td\\e[2Ke");
    assertThat(TerminalText.escape("\u0007\u007f\u009b\u202e\u2066\u2069\u200f\u061c\u2028\u2029"))
        .isEqualTo("\\u0007\\u007F\\u009B\\u202E\\u2066\\u2069\\u200F\\u061C\\u2028\\u2029");
    assertThat(TerminalText.escape(null)).isNull();
  }
}

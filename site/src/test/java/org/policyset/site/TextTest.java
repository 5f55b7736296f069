package org.policyset.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.site.internal.Text;

/** What a record's text may become on a page: links only to the web, controls shown, not sent. */
class TextTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " https://example.org/",
      "data:text/html,<script>alert(1)</script>", "https://example.org/\"onmouseover=\"alert(1)",
      "https://example.org/<script>", "//example.org/", "file:///etc/passwd", "https:/no-host",
      "vbscript:msgbox", "https://exa mple.org/", "https://example.org/\u001b[31m", "../index.html"})
  void onlyWebAddressesBecomeLinks(String url) {
    assertThat(Text.safeLink(url)).isNull();
  }

  @Test
  void webAddressesStayAsTheyAre() {
    assertThat(Text.safeLink("https://example.org/a?b=1&c=2#d")).isEqualTo("https://example.org/a?b=1&c=2#d");
    assertThat(Text.safeLink("HTTP://example.org/")).isEqualTo("HTTP://example.org/");
  }

  @Test
  void controlCharactersBecomeVisibleSymbols() {
    assertThat(Text.clean("a\u001b[31mb\u0007c\u007fd\u0085e\u202ef\ud800g\tok\n"))
        .isEqualTo("a\u241b[31mb\u2407c\u2421d\ufffde\ufffdf\ufffdg\tok\n");
    String plain = "nothing to clean: \ud83d\ude00 é";
    assertThat(Text.clean(plain)).isSameAs(plain);
  }

  @Test
  void jsonAndXmlEscapeWhatWouldEndTheirContext() {
    assertThat(Text.json("</script><!-- \"q\" \\ \u2028 & \u001b"))
        .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\\"q\\\" \\\\ \\u2028 \\u0026 \u241b\"");
    assertThat(Text.xml("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }
}

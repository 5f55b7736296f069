package org.policyset.site.internal;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a record's text may become on a page. Every string a template writes passes through
 * {@link #clean} (by {@link CleanHtmlOutput}), and every string drawn into SVG or written into the
 * search index too: terminal controls and other control characters become visible symbols, never
 * raw bytes a browser, a terminal or a copy-paste would act on.
 */
public final class Text {
  private Text() {}

  /**
   * Returns the text with each control character but tab, line feed and carriage return shown as
   * its Unicode control picture (U+2400…), DEL as ␡, C1 controls and unpaired surrogates as U+FFFD,
   * and the bidirectional overrides and isolates (which can make text read backwards) as U+FFFD.
   *
   * @param s the text
   * @return the cleaned text (the same instance when nothing changes)
   */
  public static String clean(String s) {
    int i = 0;
    while (i < s.length() && ok(s, i)) {
      i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ok(s, i)) {
        b.append(c);
        if (Character.isHighSurrogate(c)) {
          b.append(s.charAt(++i));
        }
      } else if (c < 0x20) {
        b.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        b.append('\u2421');
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }

  private static boolean ok(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7f && c <= 0x9f) {
      return false;
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return !Character.isLowSurrogate(c);
  }

  /**
   * Returns the URL when it may be a link: an absolute {@code http} or {@code https} URL with a
   * host, and nothing else ({@code javascript:}, {@code data:}, relative or malformed URLs are
   * shown as text only).
   *
   * @param url a source's url, or null
   * @return the url to link to, or null if it must not be a link
   */
  public static @Nullable String safeLink(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    if (!u.equals(url) || u.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '"' || c == '<'
        || c == '>' || c == '\\' || c == '`')) {
      return null;
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null || uri.getHost().isEmpty()) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? u : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * Returns the text quoted as a JSON string, with {@code <}, {@code >}, {@code &} and the line
   * separators escaped too, so that it is safe anywhere in a script file.
   *
   * @param s the text (cleaned first)
   * @return the JSON string literal
   */
  public static String json(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length() + 2).append('"');
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Returns the text escaped for XML character data and attribute values (SVG).
   *
   * @param s the text (cleaned first)
   * @return the escaped text
   */
  public static String xml(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length() + 16);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}

package org.policyset.core.internal.text;

import java.util.Locale;

/**
 * English counts and articles for messages that count or name things: {@code count(1, "actor")}
 * is "1 actor", {@code count(2, "entry")} "2 entries", {@code article("actor")} "an actor", so
 * that no message reads "1 actors" or "a actor".
 */
public final class Plural {
  private Plural() {}

  /** {@return {@code n} and the noun, plural unless {@code n} is one: "1 quote", "3 quotes"} */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : plural(noun));
  }

  /** {@return the regular English plural of {@code noun}: "entries", "matches", "actors"} */
  public static String plural(String noun) {
    if (noun.isEmpty()) {
      return noun;
    }
    String lower = noun.toLowerCase(Locale.ROOT);
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /**
   * {@return the noun with its indefinite article: "an actor", "a topic", "an event", "a URL"
   * (by sound for the few words where the letter misleads: "a unique", "a one-off", "an hour")}
   */
  public static String article(String noun) {
    return (anBefore(noun) ? "an " : "a ") + noun;
  }

  private static boolean anBefore(String noun) {
    if (noun.isEmpty()) {
      return false;
    }
    String lower = noun.toLowerCase(Locale.ROOT);
    if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu")
        || lower.startsWith("one") || lower.startsWith("eu") || lower.startsWith("url")
        || lower.startsWith("utf")) {
      return false;
    }
    if (lower.startsWith("hour") || lower.startsWith("honest")) {
      return true;
    }
    return "aeiou".indexOf(lower.charAt(0)) >= 0;
  }
}

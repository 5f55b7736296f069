package org.policyset.core.internal.json;

import org.jspecify.annotations.Nullable;

/** JSON pointer (RFC 6901) helpers. */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns {@code parent/token} with the token escaped. */
  public static String child(String parent, String token) {
    return parent + "/" + escape(token);
  }

  /** Returns {@code parent/index}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Returns the parent pointer, or null for the root. */
  public static @Nullable String parent(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /** Returns the last reference token, unescaped, or the empty string for the root. */
  public static String last(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}

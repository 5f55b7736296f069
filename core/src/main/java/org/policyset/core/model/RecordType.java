package org.policyset.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The record types of a dataset, each with the name of its section in a dataset document.
 *
 * @since 0.1.0
 */
public enum RecordType {
  /** {@link Actor}s, section {@code actors}. */
  ACTOR("actor", "actors", Actor.class),
  /** {@link Topic}s, section {@code topics}. */
  TOPIC("topic", "topics", Topic.class),
  /** {@link Principle}s, section {@code principles}. */
  PRINCIPLE("principle", "principles", Principle.class),
  /** {@link Event}s, section {@code events}. */
  EVENT("event", "events", Event.class),
  /** {@link Stance}s, section {@code stances}. */
  STANCE("stance", "stances", Stance.class),
  /** {@link Source}s, section {@code sources}. */
  SOURCE("source", "sources", Source.class);

  private final String singular;
  private final String section;
  private final Class<? extends PolicyRecord> javaType;

  RecordType(String singular, String section, Class<? extends PolicyRecord> javaType) {
    this.singular = singular;
    this.section = section;
    this.javaType = javaType;
  }

  /**
   * {@return the singular name, such as {@code stance}; it is also the {@code $type} in JSON Lines}
   */
  public String singular() {
    return singular;
  }

  /** {@return the section name in a dataset document, such as {@code stances}} */
  public String section() {
    return section;
  }

  /** {@return the Java record class} */
  public Class<? extends PolicyRecord> javaType() {
    return javaType;
  }

  /**
   * Returns the type whose section name is {@code section}.
   *
   * @param section a section name such as {@code stances}
   * @return the type, or null if there is none
   */
  public static @Nullable RecordType forSection(String section) {
    for (RecordType t : values()) {
      if (t.section.equals(section)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Returns the type whose singular name is {@code name}.
   *
   * @param name a singular name such as {@code stance}
   * @return the type, or null if there is none
   */
  public static @Nullable RecordType forSingular(String name) {
    for (RecordType t : values()) {
      if (t.singular.equals(name)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return singular;
  }
}

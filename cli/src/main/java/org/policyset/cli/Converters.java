package org.policyset.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters and completion candidates for the domain's types. */
final class Converters {
  private Converters() {}

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  static final class PartialDateConverter implements ITypeConverter<PartialDate> {
    @Override
    public PartialDate convert(String value) {
      try {
        return PartialDate.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A stance position such as {@code calls-for}. */
  static final class EdtfDateConverter implements ITypeConverter<org.policyset.core.model.EdtfDate> {
    @Override
    public org.policyset.core.model.EdtfDate convert(String value) {
      try {
        return org.policyset.core.model.EdtfDate.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class EdtfIntervalConverter implements ITypeConverter<org.policyset.core.model.EdtfInterval> {
    @Override
    public org.policyset.core.model.EdtfInterval convert(String value) {
      try {
        return org.policyset.core.model.EdtfInterval.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class AttributionConverter implements ITypeConverter<org.policyset.core.model.Attribution> {
    @Override
    public org.policyset.core.model.Attribution convert(String value) {
      try {
        return org.policyset.core.model.Attribution.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class StrengthConverter implements ITypeConverter<org.policyset.core.model.Strength> {
    @Override
    public org.policyset.core.model.Strength convert(String value) {
      try {
        return org.policyset.core.model.Strength.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class PositionConverter implements ITypeConverter<Position> {
    @Override
    public Position convert(String value) {
      try {
        return Position.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An event type such as {@code position-paper}. */
  static final class EventTypeConverter implements ITypeConverter<EventType> {
    @Override
    public EventType convert(String value) {
      try {
        return EventType.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A stance attribution such as {@code reported} (schema version 2). */
  /** The attributions, for help and completion. */
  static final class AttributionCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> all = new ArrayList<>();
      for (Attribution a : Attribution.values()) {
        all.add(a.value());
      }
      return all.iterator();
    }
  }

  /** The positions, for help and completion. */
  static final class PositionCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> all = new ArrayList<>();
      for (Position p : Position.values()) {
        all.add(p.value());
      }
      return all.iterator();
    }
  }

  /** The event types, for help and completion. */
  static final class EventTypeCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> all = new ArrayList<>();
      for (EventType t : EventType.values()) {
        all.add(t.value());
      }
      return all.iterator();
    }
  }
}

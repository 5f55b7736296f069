package org.policyset.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a size such as {@code 200MB}, {@code 16GiB} or {@code 1048576}: a whole number of bytes,
 * optionally with a unit, KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024).
 */
final class ByteSize implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("([0-9]+)\\s*([kmgt]i?b?|b)?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size such as 500MB, 16GiB or "
          + "1048576 (bytes)");
    }
    String unit = m.group(2) == null ? "b" : m.group(2);
    boolean binary = unit.length() == 1 && !unit.equals("b") || unit.contains("i");
    long base = binary ? 1024 : 1000;
    int power = switch (unit.charAt(0)) {
      case 'k' -> 1;
      case 'm' -> 2;
      case 'g' -> 3;
      case 't' -> 4;
      default -> 0;
    };
    try {
      long n = Long.parseLong(m.group(1));
      for (int i = 0; i < power; i++) {
        n = Math.multiplyExact(n, base);
      }
      return n;
    } catch (ArithmeticException | NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
  }
}

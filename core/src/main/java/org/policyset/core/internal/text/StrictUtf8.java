package org.policyset.core.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 encoding that refuses what no UTF-8 text can hold (an unpaired surrogate) instead of
 * writing a replacement character, as {@link String#getBytes} would: a string built in code is
 * then reported, not silently changed.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Returns the UTF-8 bytes of {@code text}.
   *
   * @throws CharacterCodingException if it holds an unpaired surrogate
   */
  public static byte[] encode(String text) throws CharacterCodingException {
    ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    return bytes;
  }
}

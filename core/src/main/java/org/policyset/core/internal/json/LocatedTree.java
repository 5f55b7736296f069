package org.policyset.core.internal.json;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.FieldLocator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON value read from a parser together with the location of each of its members: object members
 * are located at their key, array elements at their first token.
 */
public final class LocatedTree implements FieldLocator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode node;
  private final Location root;
  private final String file;
  /**
   * The line and column of every member and element, two ints each, in document order (a value's
   * entry precedes those inside it); a pointer is resolved by walking the tree, so no map of
   * pointers or location objects is built for the many records whose locations are never asked for.
   */
  private int[] positions;
  /** For each entry, how many entries lie inside its value. */
  private int[] sizes;

  private LocatedTree(JsonNode node, Location root, String file, int[] positions, int[] sizes) {
    this.node = node;
    this.root = root;
    this.file = file;
    this.positions = positions;
    this.sizes = sizes;
  }

  /** Returns the value. */
  public JsonNode node() {
    return node;
  }

  /** Returns where the value starts. */
  public Location root() {
    return root;
  }

  /**
   * Removes a member of the root object, with its locations, and returns its value; null if the
   * root has no such member.
   */
  public @Nullable JsonNode removeRootMember(String name) {
    if (!(node instanceof ObjectNode obj) || !obj.has(name)) {
      return null;
    }
    int e = find(obj, -1, Pointers.escape(name));
    int n = 1 + sizes[e];
    int[] p = new int[positions.length - 2 * n];
    System.arraycopy(positions, 0, p, 0, 2 * e);
    System.arraycopy(positions, 2 * (e + n), p, 2 * e, positions.length - 2 * (e + n));
    int[] z = new int[sizes.length - n];
    System.arraycopy(sizes, 0, z, 0, e);
    System.arraycopy(sizes, e + n, z, e, sizes.length - (e + n));
    positions = p;
    sizes = z;
    return obj.remove(name);
  }

  @Override
  public Location locate(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.charAt(0) != '/') {
      return root;
    }
    JsonNode current = node;
    int entry = -1;
    int at = 1;
    while (true) {
      int slash = pointer.indexOf('/', at);
      String token = pointer.substring(at, slash < 0 ? pointer.length() : slash);
      int child = find(current, entry, token);
      if (child < 0) {
        break;
      }
      entry = child;
      current = current.isObject() ? current.get(unescape(token)) : current.get(Integer.parseInt(token));
      if (slash < 0) {
        break;
      }
      at = slash + 1;
    }
    return entry < 0 ? root : new Location(file, positions[2 * entry], positions[2 * entry + 1]);
  }

  /** Returns the entry of the member or element {@code token} of a value, or -1 if it has none. */
  private int find(JsonNode value, int entry, String token) {
    int e = entry + 1;
    if (value.isObject()) {
      String name = unescape(token);
      for (Map.Entry<String, JsonNode> m : value.properties()) {
        if (m.getKey().equals(name)) {
          return e;
        }
        e += 1 + sizes[e];
      }
      return -1;
    }
    if (value.isArray()) {
      int index = index(token);
      if (index < 0 || index >= value.size()) {
        return -1;
      }
      for (int i = 0; i < index; i++) {
        e += 1 + sizes[e];
      }
      return e;
    }
    return -1;
  }

  private static int index(String token) {
    int n = token.length();
    if (n == 0 || n > 9 || (n > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Reads the value whose first token is the parser's current token.
   *
   * @param parser positioned on the value's first token
   * @param file how findings name the file
   * @param lineOffset added to the parser's line numbers (for JSON Lines, the line's number less one)
   * @param filePointer the JSON pointer of the value in its file, for duplicate-key findings
   * @param findings receives duplicate-key findings
   * @param maxValues the most members and elements the value may hold, at any depth
   * @return the located value
   * @throws StreamConstraintsException if the value holds more than {@code maxValues} values
   */
  public static LocatedTree read(JsonParser parser, String file, int lineOffset, String filePointer,
      Consumer<Finding> findings, int maxValues) {
    return read(parser, file, lineOffset, 0, filePointer, findings, maxValues);
  }

  /**
   * Reads the value whose first token is the parser's current token, from a parser that reads only
   * a slice of a file.
   *
   * @param parser positioned on the value's first token
   * @param file how findings name the file
   * @param lineOffset added to the parser's line numbers (the slice's first line, less one)
   * @param columnOffset added to the parser's columns on its first line (the slice's first column,
   *     less one)
   * @param filePointer the JSON pointer of the value in its file, for duplicate-key findings
   * @param findings receives duplicate-key findings
   * @param maxValues the most members and elements the value may hold, at any depth
   * @return the located value
   * @throws StreamConstraintsException if the value holds more than {@code maxValues} values
   */
  public static LocatedTree read(JsonParser parser, String file, int lineOffset, int columnOffset,
      String filePointer, Consumer<Finding> findings, int maxValues) {
    Builder b = new Builder(parser, file, lineOffset, columnOffset, filePointer, findings, maxValues);
    TokenStreamLocation l = parser.currentTokenLocation();
    Location root = new Location(file, l.getLineNr() + lineOffset, b.column(l));
    JsonNode node = b.value("", -1);
    return new LocatedTree(node, root, file, Arrays.copyOf(b.positions, 2 * b.count),
        Arrays.copyOf(b.sizes, b.count));
  }

  private static final class Builder {
    final JsonParser parser;
    final String file;
    final int lineOffset;
    final int columnOffset;
    final String filePointer;
    final Consumer<Finding> findings;
    int[] positions = new int[128];
    int[] sizes = new int[64];
    int count;
    final int maxValues;

    Builder(JsonParser parser, String file, int lineOffset, int columnOffset, String filePointer,
        Consumer<Finding> findings, int maxValues) {
      this.maxValues = maxValues;
      this.parser = parser;
      this.file = file;
      this.lineOffset = lineOffset;
      this.columnOffset = columnOffset;
      this.filePointer = filePointer;
      this.findings = findings;
    }

    int column(TokenStreamLocation l) {
      return l.getLineNr() == 1 ? l.getColumnNr() + columnOffset : l.getColumnNr();
    }

    /** Adds an entry at the current token and returns it. */
    int enter() {
      if (count >= maxValues) {
        // Every value costs a node and a location: a limit bounds the memory of one record.
        throw new StreamConstraintsException("Record value count (" + (count + 1)
            + ") exceeds the maximum allowed (" + maxValues + ")", parser.currentTokenLocation());
      }
      if (count == sizes.length) {
        sizes = Arrays.copyOf(sizes, count * 2);
        positions = Arrays.copyOf(positions, count * 4);
      }
      TokenStreamLocation l = parser.currentTokenLocation();
      positions[2 * count] = l.getLineNr() + lineOffset;
      positions[2 * count + 1] = column(l);
      return count++;
    }

    void leave(int entry) {
      sizes[entry] = count - entry - 1;
    }

    /** Reads the value at the current token; {@code entry} is its own entry (-1 for the root). */
    JsonNode value(String pointer, int entry) {
      JsonToken t = parser.currentToken();
      switch (t) {
        case START_OBJECT: {
          ObjectNode obj = NODES.objectNode();
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            unpaired(name, Pointers.child(pointer, name), "key");
            if (obj.has(name)) {
              TokenStreamLocation l = parser.currentTokenLocation();
              Location keyLocation = new Location(file, l.getLineNr() + lineOffset, column(l));
              Location first = firstLocation(obj, entry, name);
              String childPointer = Pointers.child(pointer, name);
              parser.nextToken();
              findings.accept(Finding.of(Rule.DUPLICATE_KEY, keyLocation,
                      "key '" + name + "' appears twice in one object")
                  .withPointer(filePointer + childPointer)
                  .withHint("remove one of the two; the first stands at " + first)
                  .withRelated(first == null ? java.util.List.of() : java.util.List.of(first)));
              parser.skipChildren();
              continue;
            }
            int child = enter();
            parser.nextToken();
            JsonToken vt = parser.currentToken();
            obj.set(name, vt == JsonToken.START_OBJECT || vt == JsonToken.START_ARRAY
                ? value(Pointers.child(pointer, name), child) : scalar(vt, Pointers.child(pointer, name)));
            leave(child);
          }
          return obj;
        }
        case START_ARRAY: {
          ArrayNode arr = NODES.arrayNode();
          int i = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            int child = enter();
            JsonToken vt = parser.currentToken();
            arr.add(vt == JsonToken.START_OBJECT || vt == JsonToken.START_ARRAY
                ? value(Pointers.child(pointer, i), child) : scalar(vt, Pointers.child(pointer, i)));
            i++;
            leave(child);
          }
          return arr;
        }
        default:
          return scalar(t, pointer);
      }
    }

    /**
     * Reports a string or key that holds half of a surrogate pair: JSON can escape one
     * ({@code "\\ud800"}), but it is no character, UTF-8 cannot hold it, and every tool downstream
     * would change or reject it.
     */
    void unpaired(String text, String pointer, String what) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        TokenStreamLocation l = parser.currentTokenLocation();
        findings.accept(Finding.of(Rule.UNPAIRED_SURROGATE,
                new Location(file, l.getLineNr() + lineOffset, column(l)),
                String.format(java.util.Locale.ROOT, "the %s holds \\u%04x, half of a UTF-16 surrogate "
                    + "pair without its other half (at character %d): it is no character", what,
                    (int) c, i + 1))
            .withPointer(filePointer + pointer)
            .withHint(Character.isHighSurrogate(c)
                ? "follow it with its low half (\\udc00 to \\udfff) or remove it; an emoji or other "
                    + "character outside the BMP can also be written as itself in UTF-8"
                : "put its high half (\\ud800 to \\udbff) before it or remove it"));
        return;
      }
    }

    /** Returns where the member {@code name} already read into {@code obj} stands. */
    @Nullable Location firstLocation(ObjectNode obj, int entry, String name) {
      int e = entry + 1;
      for (Map.Entry<String, JsonNode> m : obj.properties()) {
        if (m.getKey().equals(name)) {
          return new Location(file, positions[2 * e], positions[2 * e + 1]);
        }
        e += 1 + sizes[e];
      }
      return null;
    }

    JsonNode scalar(JsonToken t, String pointer) {
      switch (t) {
        case VALUE_STRING:
          String text = parser.getString();
          unpaired(text, pointer, "string");
          return NODES.stringNode(text);
        case VALUE_NUMBER_INT:
          return NODES.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + t);
      }
    }
  }
}

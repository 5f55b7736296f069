package org.policyset.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.policyset.core.io.FieldLocator;
import org.policyset.core.validation.Finding;
import org.policyset.core.validation.Location;
import org.policyset.core.validation.Rule;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
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
  private final Map<String, Location> locations;
  private final Location root;

  private LocatedTree(JsonNode node, Map<String, Location> locations, Location root) {
    this.node = node;
    this.locations = locations;
    this.root = root;
  }

  /** Returns the value. */
  public JsonNode node() {
    return node;
  }

  /** Returns where the value starts. */
  public Location root() {
    return root;
  }

  @Override
  public Location locate(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (p != null && !p.isEmpty()) {
      Location l = locations.get(p);
      if (l != null) {
        return l;
      }
      p = Pointers.parent(p);
    }
    return root;
  }

  /**
   * Reads the value whose first token is the parser's current token.
   *
   * @param parser positioned on the value's first token
   * @param file how findings name the file
   * @param lineOffset added to the parser's line numbers (for JSON Lines, the line's number less one)
   * @param filePointer the JSON pointer of the value in its file, for duplicate-key findings
   * @param findings receives duplicate-key findings
   * @return the located value
   */
  public static LocatedTree read(JsonParser parser, String file, int lineOffset, String filePointer,
      Consumer<Finding> findings) {
    Builder b = new Builder(parser, file, lineOffset, filePointer, findings);
    Location root = b.here();
    JsonNode node = b.value("");
    return new LocatedTree(node, b.locations, root);
  }

  private static final class Builder {
    final JsonParser parser;
    final String file;
    final int lineOffset;
    final String filePointer;
    final Consumer<Finding> findings;
    final Map<String, Location> locations = new HashMap<>();

    Builder(JsonParser parser, String file, int lineOffset, String filePointer,
        Consumer<Finding> findings) {
      this.parser = parser;
      this.file = file;
      this.lineOffset = lineOffset;
      this.filePointer = filePointer;
      this.findings = findings;
    }

    Location here() {
      TokenStreamLocation l = parser.currentTokenLocation();
      return new Location(file, l.getLineNr() + lineOffset, l.getColumnNr());
    }

    JsonNode value(String pointer) {
      JsonToken t = parser.currentToken();
      switch (t) {
        case START_OBJECT: {
          ObjectNode obj = NODES.objectNode();
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String childPointer = Pointers.child(pointer, name);
            Location keyLocation = here();
            parser.nextToken();
            if (obj.has(name)) {
              Location first = locations.get(childPointer);
              findings.accept(Finding.of(Rule.DUPLICATE_KEY, keyLocation,
                      "key '" + name + "' appears twice in one object")
                  .withPointer(filePointer + childPointer)
                  .withHint("remove one of the two; the first stands at " + first)
                  .withRelated(first == null ? null : java.util.List.of(first)));
              parser.skipChildren();
              continue;
            }
            locations.put(childPointer, keyLocation);
            obj.set(name, value(childPointer));
          }
          return obj;
        }
        case START_ARRAY: {
          ArrayNode arr = NODES.arrayNode();
          int i = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            String childPointer = Pointers.child(pointer, i++);
            locations.put(childPointer, here());
            arr.add(value(childPointer));
          }
          return arr;
        }
        case VALUE_STRING:
          return NODES.stringNode(parser.getString());
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

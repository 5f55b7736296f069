package org.policyset.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small datasets for the tests, written into a folder: a manifest, one file of actors, topics,
 * principles, events and sources, and one of stances. The same records as the integration tests'
 * projects under {@code src/it}.
 */
final class TestDatasets {
  private TestDatasets() {}

  static final String MANIFEST = """
      {
        "manifest": {
          "id": "plugin-test",
          "title": "policyset Maven plugin test",
          "version": "1.0.0",
          "license": "CC-BY-4.0",
          "schemaVersion": "1"
        }
      }
      """;

  /** Actors, topics, principles, events and sources; {@code kind} is the actor's kind. */
  static String records(String kind, String extraSource) {
    return """
        {
          "actors": [
            {
              "id": "cn",
              "name": "China",
              "kind": "%s"
            }
          ],
          "topics": [
            {
              "id": "gaza-ceasefire",
              "name": "Ceasefire in Gaza"
            }
          ],
          "principles": [
            {
              "id": "non-interference",
              "name": "Non-interference",
              "sources": [
                {
                  "source": "seed-commentary"
                }
              ]
            }
          ],
          "events": [
            {
              "id": "global-south-day-2025",
              "title": "Global South Day 2025",
              "date": "2025-09-12",
              "type": "observance",
              "actors": [
                {
                  "actor": "cn",
                  "role": "participant"
                }
              ],
              "topics": [
                "gaza-ceasefire"
              ],
              "sources": [
                {
                  "source": "seed-commentary",
                  "locator": "para. 2"
                }
              ]
            }
          ],
          "sources": [%s
            {
              "id": "seed-commentary",
              "title": "South-South security cooperation under Chinese support",
              "kind": "commentary"
            }
          ]
        }
        """.formatted(kind, extraSource == null ? "" : """

            {
              "id": "%s",
              "title": "A source no record cites",
              "kind": "commentary"
            },""".formatted(extraSource));
  }

  /** One stance of China about {@code topic}. */
  static String stances(String topic) {
    return """
        {
          "stances": [
            {
              "id": "cn-gaza-ceasefire",
              "holders": [
                "cn"
              ],
              "topic": "%s",
              "position": "calls-for",
              "statement": "China calls for a ceasefire in Gaza.",
              "date": "2023",
              "principles": [
                "non-interference"
              ],
              "sources": [
                {
                  "source": "seed-commentary",
                  "quote": "Throughout the years of war on the Gaza Strip, China has been insisting on the need for a ceasefire.",
                  "locator": "para. 3"
                }
              ]
            }
          ]
        }
        """.formatted(topic.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u001b", "\\u001b")
            .replace("\n", "\\n"));
  }

  /** A valid dataset in {@code folder}. */
  static Path valid(Path folder) throws IOException {
    return write(folder, "state", null, "gaza-ceasefire");
  }

  /** A dataset with an actor kind that is none (PS208) and a dangling topic (PS302). */
  static Path broken(Path folder) throws IOException {
    return write(folder, "country", null, "two-state-solution");
  }

  /** A dataset whose only finding is a warning: a source no record cites (PS404). */
  static Path withWarning(Path folder) throws IOException {
    return write(folder, "state", "unused-commentary", "gaza-ceasefire");
  }

  static Path write(Path folder, String kind, String extraSource, String topic) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("manifest.json"), MANIFEST);
    Files.writeString(folder.resolve("records.json"), records(kind, extraSource));
    Files.writeString(folder.resolve("stances.json"), stances(topic));
    return folder;
  }
}

package org.policyset.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, as Maven wrote it into {@code version.properties}; reports name it. */
final class PluginVersion {
  private PluginVersion() {}

  static String get() {
    Properties p = new Properties();
    try (InputStream in = PluginVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}

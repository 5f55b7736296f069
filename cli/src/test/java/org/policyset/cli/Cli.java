package org.policyset.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process, capturing what it prints. */
record Cli(int exit, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(exit, out.toString(), err.toString());
  }
}

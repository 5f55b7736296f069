package org.policyset.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs in a child JVM under {@link NoNetworkSecurityManager}: first proves that the manager stops
 * every way of reaching the network (a socket, a channel, a name lookup, an HTTP client), then runs
 * each command given (commands separated by {@code ---}) and prints its exit code, and finally
 * every network permission that was asked for.
 */
public final class NoNetworkRun {
  private NoNetworkRun() {}

  /**
   * Runs the checks and the commands.
   *
   * @param args commands, separated by {@code ---}
   */
  @SuppressWarnings("removal")
  public static void main(String[] args) {
    if (!(System.getSecurityManager() instanceof NoNetworkSecurityManager)) {
      System.out.println("NO-SECURITY-MANAGER");
      return;
    }
    probe("socket", () -> new Socket().connect(new InetSocketAddress("127.0.0.1", 9), 1000));
    probe("channel", () -> SocketChannel.open(new InetSocketAddress("127.0.0.1", 9)).close());
    probe("lookup", () -> InetAddress.getByName("example.org"));
    probe("http", () -> HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
        HttpResponse.BodyHandlers.discarding()));
    probe("url", () -> URI.create("https://json-schema.org/draft/2020-12/schema").toURL()
        .openStream().close());
    int before = NoNetworkSecurityManager.DENIED.size();
    List<String> command = new ArrayList<>();
    for (String a : args) {
      if (a.equals("---")) {
        runCommand(command);
        command.clear();
      } else {
        command.add(a);
      }
    }
    runCommand(command);
    List<String> denied = NoNetworkSecurityManager.DENIED;
    for (String d : denied.subList(before, denied.size())) {
      System.out.println("DENIED " + d);
    }
    System.out.println("END");
  }

  private interface Attempt {
    void run() throws Exception;
  }

  private static void probe(String name, Attempt attempt) {
    try {
      attempt.run();
      System.out.println("PROBE " + name + " REACHED-NETWORK");
    } catch (SecurityException e) {
      System.out.println("PROBE " + name + " REFUSED");
    } catch (Exception e) {
      Throwable c = e;
      while (c != null && !(c instanceof SecurityException)) {
        c = c.getCause();
      }
      System.out.println("PROBE " + name + (c != null ? " REFUSED" : " FAILED-OTHERWISE " + e));
    }
  }

  private static void runCommand(List<String> command) {
    if (command.isEmpty()) {
      return;
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
    System.out.println("EXIT " + exit + " " + String.join(" ", command));
    if (!err.toString().isEmpty()) {
      System.out.println("STDERR " + err.toString().replace('\n', ' '));
    }
  }
}

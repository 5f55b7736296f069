package org.policyset.site.internal;

import java.util.List;

/** The site's navigation: the name of each entry and the page it opens, from the site's root. */
public final class Nav {
  private Nav() {}

  /** Each entry as {name, href}. */
  public static final List<String[]> ENTRIES = List.of(
      new String[] {"Overview", "index.html"},
      new String[] {"Timeline", "timeline.html"},
      new String[] {"Stance matrix", "matrix.html"},
      new String[] {"Principle map", "principles.html"},
      new String[] {"Actors", "list/actors-1.html"},
      new String[] {"Topics", "list/topics-1.html"},
      new String[] {"Principles", "list/principles-1.html"},
      new String[] {"Events", "list/events-1.html"},
      new String[] {"Stances", "list/stances-1.html"},
      new String[] {"Sources", "list/sources-1.html"},
      new String[] {"Search", "search.html"});
}

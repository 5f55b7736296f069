package org.policyset.site.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;

/**
 * Draws the principle map: each principle a node on a circle (in the order given), each relation
 * an edge styled by its kind — tension-with red and dashed, reconciled-by green, part-of an arrow
 * to the whole, related-to grey and dotted — and each node linked to the principle's page.
 */
final class PrincipleMapSvg {
  static final int WIDTH = 960;

  private PrincipleMapSvg() {}

  /**
   * Draws the principles.
   *
   * @param principles the principles to draw
   * @param stances the number of stances invoking each, by id
   * @param href the page of each, by id
   */
  static String draw(List<Principle> principles, Map<String, Integer> stances, Map<String, String> href) {
    int count = principles.size();
    int height = Math.max(560, Math.min(960, 320 + count * 10));
    double cx = WIDTH / 2.0;
    double cy = height / 2.0;
    double radius = Math.min(cx - 210, cy - 40);   // room for the labels beside the circle
    Map<String, double[]> at = new HashMap<>();
    for (int i = 0; i < count; i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, count);
      at.put(principles.get(i).id(), new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a), a});
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"principle-map\" role=\"group\" ")
        .append("aria-labelledby=\"map-title\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">\n")
        .append("<title id=\"map-title\">").append(count).append(" principles and their relations</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\" markerWidth=\"8\" ")
        .append("markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" class=\"arrow\"/>")
        .append("</marker></defs>\n<g class=\"edges\">\n");
    for (Principle p : principles) {
      for (PrincipleRelation r : p.relations()) {
        double[] a = at.get(p.id());
        double[] b = at.get(r.principle());
        if (a == null || b == null) {
          continue;
        }
        String kind = r.kind().value();
        s.append("<line class=\"edge ").append(kind).append("\" x1=\"").append(TimelineSvg.n(a[0]))
            .append("\" y1=\"").append(TimelineSvg.n(a[1])).append("\" x2=\"").append(TimelineSvg.n(b[0]))
            .append("\" y2=\"").append(TimelineSvg.n(b[1])).append('"')
            .append(kind.equals("part-of") ? " marker-end=\"url(#arrow)\"" : "").append("><title>")
            .append(Text.xml(p.name() + " " + kind + " " + nameOf(principles, r.principle())))
            .append("</title></line>\n");
      }
    }
    s.append("</g>\n<g class=\"nodes\">\n");
    for (Principle p : principles) {
      double[] a = java.util.Objects.requireNonNull(at.get(p.id()));
      int n = stances.getOrDefault(p.id(), 0);
      double r = 6 + Math.min(10, Math.sqrt(n) * 2);
      boolean right = Math.cos(a[2]) >= -1e-9;
      double lx = a[0] + Math.cos(a[2]) * (r + 6);
      double ly = a[1] + Math.sin(a[2]) * (r + 6) + 4;
      s.append("<a href=\"").append(Text.xml(href.getOrDefault(p.id(), ""))).append("\"><circle class=\"node\" cx=\"")
          .append(TimelineSvg.n(a[0])).append("\" cy=\"").append(TimelineSvg.n(a[1])).append("\" r=\"")
          .append(TimelineSvg.n(r)).append("\"/><text class=\"label\" x=\"").append(TimelineSvg.n(lx))
          .append("\" y=\"").append(TimelineSvg.n(ly)).append("\" text-anchor=\"")
          .append(right ? "start" : "end").append("\">").append(Text.xml(shorten(p.name())))
          .append("</text><title>").append(Text.xml(p.name() + ": invoked by " + n + " stance"
              + (n == 1 ? "" : "s"))).append("</title></a>\n");
    }
    return s.append("</g>\n</svg>").toString();
  }

  private static String nameOf(List<Principle> principles, String id) {
    for (Principle p : principles) {
      if (p.id().equals(id)) {
        return p.name();
      }
    }
    return id;
  }

  private static String shorten(String name) {
    return name.length() <= 28 ? name : name.substring(0, 27).strip() + "…";
  }
}

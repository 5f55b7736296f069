package org.policyset.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.site.internal.Views.Cite;
import org.policyset.site.internal.Views.Group;
import org.policyset.site.internal.Views.Part;
import org.policyset.site.internal.Views.Row;

/**
 * The page of each record: its fields, its citations (each linked to the quote in the source's
 * archived text when the quote is found there), and every record that points at it. A source's page
 * shows its archived text, paragraph by paragraph, with the quotes of the records citing it
 * highlighted and linked back.
 */
final class RecordPages {
  /** Links listed per group on a page; the rest are counted. */
  static final int MAX_LINKS = 200;
  static final String ROOT = "../";

  private final SiteIndex index;
  private final String dataset;
  /** Where each quote lies in its source's text: paragraph numbers by "type:id#citation". */
  private final Map<String, Integer> quoteAt;

  RecordPages(SiteIndex index, String dataset, Map<String, Integer> quoteAt) {
    this.index = index;
    this.dataset = dataset;
    this.quoteAt = quoteAt;
  }

  static String citationKey(PolicyRecord r, int i) {
    return r.recordType().singular() + ":" + r.id() + "#" + i;
  }

  Views.RecordPage page(PolicyRecord r, List<Views.Paragraph> text, @Nullable String textNote) {
    RecordType type = r.recordType();
    List<Row> fields = new ArrayList<>();
    List<Group> related = new ArrayList<>();
    if (r instanceof Actor a) {
      fields.add(row("Kind", a.kind().value()));
      related.add(group("Stances held", index.pointingAt(type, a.id()), Stance.class));
      related.add(group("Events taken part in", index.pointingAt(type, a.id()), Event.class));
    } else if (r instanceof Topic t) {
      if (t.parent() != null) {
        fields.add(new Row("Part of", List.of(index.link(RecordType.TOPIC, t.parent(), ROOT))));
      }
      opt(fields, "Description", t.description());
      related.add(group("Stances on this topic", index.pointingAt(type, t.id()), Stance.class));
      related.add(group("Narrower topics", index.pointingAt(type, t.id()), Topic.class));
    } else if (r instanceof Principle p) {
      opt(fields, "Description", p.description());
      List<Part> rel = new ArrayList<>();
      for (PrincipleRelation pr : p.relations()) {
        rel.add(Part.text(pr.kind().value() + ":"));
        rel.add(index.link(RecordType.PRINCIPLE, pr.principle(), ROOT));
      }
      if (!rel.isEmpty()) {
        fields.add(new Row("Relations", rel));
      }
      related.add(group("Invoked by stances", index.pointingAt(type, p.id()), Stance.class));
      related.add(group("Principles relating to this one", index.pointingAt(type, p.id()), Principle.class));
    } else if (r instanceof Event e) {
      fields.add(row("Date", SiteWriter.dateOf(e)));
      fields.add(row("Type", e.type().value()));
      List<Part> actors = new ArrayList<>();
      for (Participant pa : e.actors()) {
        actors.add(index.link(RecordType.ACTOR, pa.actor(), ROOT));
        actors.add(Part.text("(" + pa.role().value() + ")"));
      }
      if (!actors.isEmpty()) {
        fields.add(new Row("Actors", actors));
      }
      opt(fields, "Location", e.location());
      opt(fields, "Summary", e.summary());
      related.add(group("Stances responding to it", index.pointingAt(type, e.id()), Stance.class));
    } else if (r instanceof Stance s) {
      fields.add(new Row("Held by", s.holders().stream().map(h -> index.link(RecordType.ACTOR, h, ROOT)).toList()));
      fields.add(new Row("Topic", List.of(index.link(RecordType.TOPIC, s.topic(), ROOT))));
      fields.add(new Row("Position", List.of(new Part(s.position().value(), null, "pos p-" + s.position().value()))));
      fields.add(row("Attributed", s.attribution() != null ? s.attribution().value()
          + (s.reportedBy().isEmpty() ? "" : " by " + String.join(", ", s.reportedBy()))
          : index.reported(s) ? "reported by others (news, commentary or academic sources only)"
          : "in the holders' own word (an official statement or UN document)"));
      fields.add(row("Date", SiteWriter.dateOf(s)));
      if (s.inEffect() != null) {
        fields.add(row("In effect", s.inEffect().toString()));
      }
      if (s.until() != null) {
        fields.add(row("Until", s.until().toString()));
      }
      if (s.respondsTo() != null) {
        fields.add(new Row("Responds to", List.of(index.link(RecordType.EVENT, s.respondsTo(), ROOT))));
      }
      if (!s.principles().isEmpty()) {
        fields.add(new Row("Invokes", s.principles().stream().map(p -> index.link(RecordType.PRINCIPLE, p, ROOT)).toList()));
      }
      if (!s.supersedes().isEmpty()) {
        fields.add(new Row("Supersedes", s.supersedes().stream().map(p -> index.link(RecordType.STANCE, p, ROOT)).toList()));
      }
      related.add(group("Superseded by", index.pointingAt(type, s.id()), Stance.class));
    } else if (r instanceof Source s) {
      fields.add(row("Kind", s.kind().value()));
      opt(fields, "Author", s.author());
      opt(fields, "Publisher", s.publisher());
      if (s.published() != null) {
        fields.add(row("Published", s.published().toString()));
      }
      opt(fields, "Symbol", s.symbol());
      if (s.url() != null) {
        String safe = Text.safeLink(s.url());
        fields.add(new Row("URL", List.of(safe != null ? new Part(s.url(), safe, "external")
            : new Part(s.url() + " (not a web address; not linked)", null, "unsafe"))));
      }
      related.add(group("Cited by", index.pointingAt(type, s.id()), PolicyRecord.class));
    }
    related.removeIf(g -> g.links().isEmpty());
    List<Cite> cites = new ArrayList<>();
    List<Citation> citations = r.citations();
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      Integer para = quoteAt.get(citationKey(r, i));
      String at = para == null || index.find(RecordType.SOURCE, c.source()) == null ? null
          : ROOT + SiteIndex.path(RecordType.SOURCE, c.source()) + "#para-" + para;
      cites.add(new Cite(index.link(RecordType.SOURCE, c.source(), ROOT), c.quote(), c.locator(), at));
    }
    if (r instanceof Principle p) {
      for (PrincipleRelation pr : p.relations()) {
        for (Citation c : pr.sources()) {
          cites.add(new Cite(index.link(RecordType.SOURCE, c.source(), ROOT), c.quote(),
              c.locator() == null ? pr.kind().value() + " " + pr.principle()
                  : c.locator() + " (" + pr.kind().value() + " " + pr.principle() + ")", null));
        }
      }
    }
    String heading = SiteIndex.label(r);
    String typeName = type.singular();
    Views.Page page = new Views.Page(shortTitle(heading), ROOT,
        Character.toUpperCase(type.section().charAt(0)) + type.section().substring(1), dataset);
    return new Views.RecordPage(page, typeName, r.id(), heading, fields, cites, related, text, textNote);
  }

  private Group group(String heading, List<PolicyRecord> from, Class<?> kind) {
    List<Part> links = new ArrayList<>();
    int more = 0;
    for (PolicyRecord p : from) {
      if (kind.isInstance(p)) {
        if (links.size() < MAX_LINKS) {
          links.add(Part.link(shortTitle(SiteIndex.label(p)),
              ROOT + SiteIndex.path(p.recordType(), p.id())));
        } else {
          more++;
        }
      }
    }
    return new Group(heading, links, more);
  }

  static String shortTitle(String s) {
    return s.length() <= 90 ? s : s.substring(0, 89).strip() + "…";
  }

  private static Row row(String label, String value) {
    return new Row(label, List.of(Part.text(value)));
  }

  private static void opt(List<Row> fields, String label, @Nullable String value) {
    if (value != null) {
      fields.add(row(label, value));
    }
  }
}

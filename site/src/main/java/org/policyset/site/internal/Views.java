package org.policyset.site.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models the templates render: plain data, every string raw (templates escape). */
public final class Views {
  private Views() {}

  /**
   * What every page has: its title, the way back to the site's root, and which part it is.
   *
   * @param title the page title
   * @param root the relative path to the site's root ({@code ""} or {@code "../"})
   * @param current the navigation entry this page belongs to
   * @param dataset the dataset's title
   */
  public record Page(String title, String root, String current, String dataset) {}

  /**
   * A piece of text, a link when {@code href} is set.
   *
   * @param text the text
   * @param href where it links, relative, or null
   * @param cls a CSS class, or null
   */
  public record Part(String text, @Nullable String href, @Nullable String cls) {
    /** {@return plain text} @param text the text */
    public static Part text(String text) {
      return new Part(text, null, null);
    }

    /** {@return a link} @param text the text @param href where it links */
    public static Part link(String text, String href) {
      return new Part(text, href, null);
    }
  }

  /**
   * A labelled value of a record page.
   *
   * @param label the label
   * @param parts the value
   */
  public record Row(String label, List<Part> parts) {}

  /**
   * A titled list of links (the records that point at a record, …).
   *
   * @param heading the heading
   * @param links the links
   * @param more how many were left out
   */
  public record Group(String heading, List<Part> links, int more) {}

  /**
   * A citation as a record page shows it.
   *
   * @param source the cited source, linked to its page
   * @param quote the quote, or null
   * @param locator the locator, or null
   * @param at a link to the quote in the archived text, or null
   */
  public record Cite(Part source, @Nullable String quote, @Nullable String locator, @Nullable String at) {}

  /**
   * A piece of a paragraph of archived text, highlighted when it is quoted.
   *
   * @param text the text
   * @param quoted whether a record quotes it
   */
  public record Segment(String text, boolean quoted) {}

  /**
   * A paragraph (a line) of an archived text.
   *
   * @param number its number, from 1
   * @param segments its text
   * @param quotedBy the records quoting it
   */
  public record Paragraph(int number, List<Segment> segments, List<Part> quotedBy) {}

  /**
   * A record's page.
   *
   * @param page the page
   * @param type the record type's singular name
   * @param id the id
   * @param heading the heading
   * @param fields the record's fields
   * @param citations its citations
   * @param related the records linked to it
   * @param text the archived text (sources only), or null
   * @param textNote why there is no text, or null
   */
  public record RecordPage(Page page, String type, String id, String heading, List<Row> fields,
      List<Cite> citations, List<Group> related, List<Paragraph> text, @Nullable String textNote) {}

  /**
   * A legend entry of a chart.
   *
   * @param cls the CSS class of its swatch
   * @param label what it means
   */
  public record Legend(String cls, String label) {}

  /**
   * A chart page: the SVG, its legend and the same data as a table.
   *
   * @param page the page
   * @param heading the heading
   * @param intro what the chart shows
   * @param svg the SVG, drawn and escaped by the site's code
   * @param legend the legend
   * @param columns the table's column headings
   * @param rows the table's rows
   * @param note what the chart leaves out, or null
   * @param filters the actors and topics the timeline can be filtered by (empty for none)
   */
  public record Chart(Page page, String heading, String intro, String svg, List<Legend> legend,
      List<String> columns, List<List<Part>> rows, @Nullable String note, List<List<Part>> filters) {}

  /**
   * One position in a cell of the stance matrix.
   *
   * @param position the position
   * @param href the stance's page
   * @param reported whether the holder's position is reported by others rather than its own word
   * @param title the stance's statement
   */
  public record Entry(String position, String href, boolean reported, String title) {}

  /**
   * A row of the stance matrix.
   *
   * @param actor the actor
   * @param cells the positions per topic
   */
  public record MatrixRow(Part actor, List<List<Entry>> cells) {}

  /**
   * The stance matrix.
   *
   * @param page the page
   * @param topics the column headings
   * @param rows the rows
   * @param legend the positions shown
   * @param note what is left out, or null
   */
  public record Matrix(Page page, List<Part> topics, List<MatrixRow> rows, List<Legend> legend,
      @Nullable String note) {}

  /**
   * A paginated list of records.
   *
   * @param page the page
   * @param heading the heading
   * @param columns the column headings
   * @param rows the rows
   * @param pages links to every page of the list
   * @param number this page's number, from 1
   */
  public record Listing(Page page, String heading, List<String> columns, List<List<Part>> rows,
      List<Part> pages, int number) {}

  /**
   * A titled table of the overview.
   *
   * @param heading the heading
   * @param columns the column headings
   * @param rows the rows
   * @param note a note under the table, or null
   */
  public record Table(String heading, List<String> columns, List<List<Part>> rows, @Nullable String note) {}

  /**
   * The overview.
   *
   * @param page the page
   * @param manifest the manifest's fields
   * @param tables the counts and changes
   */
  public record Overview(Page page, List<Row> manifest, List<Table> tables) {}
}

package org.policyset.site.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import org.jspecify.annotations.Nullable;

/**
 * jte's context-aware HTML escaping, with every string first {@linkplain Text#clean cleaned}: no
 * template can write a record's control characters into a page.
 */
final class CleanHtmlOutput extends OwaspHtmlTemplateOutput {
  CleanHtmlOutput(TemplateOutput out) {
    super(out);
  }

  @Override
  public void writeUserContent(@Nullable String value) {
    super.writeUserContent(value == null ? null : Text.clean(value));
  }
}

package org.policyset.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help whose synopsis shows the read-limit options ({@link LimitsMixin}) as one
 * {@value #LIMITS} instead of nine options: they are listed in full, each with its default, under
 * their own heading below. Everything else is picocli's help as it is.
 */
final class ShortSynopsisHelp extends CommandLine.Help {

  /** What the synopsis shows for the read limits. */
  static final String LIMITS = "[--max-LIMIT=N...]";

  ShortSynopsisHelp(CommandSpec spec, ColorScheme scheme) {
    super(spec, scheme);
  }

  @Override
  protected Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done,
      Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
    List<ArgSpec> skipped = new ArrayList<>(done);
    boolean limits = false;
    for (ArgGroupSpec group : commandSpec().argGroups()) {
      if (LimitsMixin.HEADING.equals(group.heading())) {
        skipped.addAll(group.allOptionsNested());
        limits = true;
      }
    }
    Text text = super.createDetailedSynopsisOptionsText(skipped, optionSort, clusterBooleanOptions);
    return limits ? text.concat(" ").concat(colorScheme().optionText(LIMITS)) : text;
  }
}

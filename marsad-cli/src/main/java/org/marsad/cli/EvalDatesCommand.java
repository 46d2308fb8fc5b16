package org.marsad.cli;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.eval.ArticleReport.Capability;
import picocli.CommandLine.Command;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Score dates (found: text overlaps; right: ISO value equal). Same rules as shared/tools/score_articles.py.")
final class EvalDatesCommand extends ArticleEvalCommand {
    @Override
    Set<Capability> capabilities() {
        return EnumSet.of(Capability.DATES);
    }
}

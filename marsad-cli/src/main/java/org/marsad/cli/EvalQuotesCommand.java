package org.marsad.cli;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.eval.ArticleReport.Capability;
import picocli.CommandLine.Command;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quotes and their speakers (found: content overlaps half; attributed: speaker matches). Same rules as shared/tools/score_articles.py.")
final class EvalQuotesCommand extends ArticleEvalCommand {
    @Override
    Set<Capability> capabilities() {
        return EnumSet.of(Capability.QUOTES);
    }
}

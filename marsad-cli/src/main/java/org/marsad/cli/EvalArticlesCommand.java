package org.marsad.cli;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.eval.ArticleReport.Capability;
import picocli.CommandLine.Command;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Score quotes, dates and entities at once, with the same rules and output lines as "
                + "shared/tools/score_articles.py, then a breakdown by kind.")
final class EvalArticlesCommand extends ArticleEvalCommand {
    @Override
    Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }
}

package org.marsad.cli;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.eval.ArticleReport.Capability;
import picocli.CommandLine.Command;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Score document-level entities (type and one mention match). Same rules as shared/tools/score_articles.py.")
final class EvalEntitiesCommand extends ArticleEvalCommand {
    @Override
    Set<Capability> capabilities() {
        return EnumSet.of(Capability.ENTITIES);
    }
}

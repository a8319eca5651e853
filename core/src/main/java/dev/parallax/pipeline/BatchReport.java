package dev.parallax.pipeline;

import dev.parallax.model.Problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the pipeline over a batch of inputs did.
 *
 * @param files          input files read
 * @param documents      documents found in them (a feed or WARC holds many)
 * @param added          articles newly stored
 * @param alreadyStored  articles that were stored already (re-ingest of the same content)
 * @param duplicates     newly stored articles linked as near-duplicates of an earlier one
 * @param articleIds     ids of every article of this batch, in input order, each once
 * @param problems       inputs or documents that could not be used
 */
public record BatchReport(int files, int documents, int added, int alreadyStored, int duplicates,
                          List<String> articleIds, List<Problem> problems) {

    public BatchReport {
        articleIds = List.copyOf(articleIds);
        problems = List.copyOf(problems);
    }

    /** Problems counted by reason, in reason order. */
    public Map<String, Integer> problemsByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Problem p : problems) {
            counts.merge(p.reason(), 1, Integer::sum);
        }
        return counts;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}

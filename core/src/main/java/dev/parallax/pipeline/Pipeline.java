package dev.parallax.pipeline;

import dev.parallax.archive.Archive;
import dev.parallax.clean.CleanResult;
import dev.parallax.clean.Cleaner;
import dev.parallax.identify.ArticleIds;
import dev.parallax.identify.Fingerprint;
import dev.parallax.ingest.DocumentSink;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.Article;
import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place the stages are wired: ingest → clean → identify → archive. Used alike by the
 * CLI, the server and cluster jobs. Readable top to bottom in {@link #run}.
 *
 * <p>Articles are stored in batches of {@link #COMMIT_EVERY} and at the end of every input file,
 * each batch atomically, so killing the process loses at most the batch under way.
 */
public final class Pipeline {
    public static final int COMMIT_EVERY = 200;

    private final Ingestor ingestor;
    private final Cleaner cleaner;
    private final Archive archive;

    public Pipeline(Ingestor ingestor, Cleaner cleaner, Archive archive) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /** Reads, cleans, identifies and stores every article of the inputs. Never throws for bad input. */
    public BatchReport run(List<Path> inputs, ProgressListener progress) {
        Run run = new Run(progress);
        List<Path> files = ingestor.expand(inputs, run::problem);
        progress.started(files.size());
        for (Path file : files) {
            int before = run.documents;
            ingestor.read(file, run);
            run.flush();
            progress.fileDone(file, run.documents - before);
        }
        BatchReport report = new BatchReport(files.size(), run.documents, run.added, run.alreadyStored,
                run.duplicates, new ArrayList<>(run.batchIds), run.problems);
        progress.finished(report);
        return report;
    }

    /** Cleans and identifies one document without storing it (the {@code extract} command). */
    public CleanResult clean(SourceDocument document) {
        CleanResult result = cleaner.clean(document);
        if (result instanceof CleanResult.Cleaned cleaned) {
            Article a = cleaned.article();
            return CleanResult.cleaned(a.withIdentity(ArticleIds.idOf(a), null));
        }
        return result;
    }

    /** The state of one run: a document sink that cleans, identifies and buffers articles for the archive. */
    private final class Run implements DocumentSink {
        private final ProgressListener progress;
        private final Map<String, Archive.Entry> pending = new LinkedHashMap<>();
        private final Set<String> batchIds = new LinkedHashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private int documents;
        private int added;
        private int alreadyStored;
        private int duplicates;

        Run(ProgressListener progress) {
            this.progress = progress;
        }

        @Override
        public void accept(SourceDocument document) {
            documents++;
            CleanResult result = clean(document);
            if (result instanceof CleanResult.Rejected rejected) {
                problem(rejected.problem());
                return;
            }
            Article article = ((CleanResult.Cleaned) result).article();
            String id = article.id();
            if (!batchIds.add(id)) {
                return; // the same content twice in one batch
            }
            if (!archive.existing(List.of(id)).isEmpty()) {
                alreadyStored++;
                return;
            }
            Fingerprint fingerprint = Fingerprint.of(article.body());
            String duplicateOf = fingerprint == null ? null : nearDuplicateOf(fingerprint).orElse(null);
            if (duplicateOf != null) {
                duplicates++;
            }
            pending.put(id, new Archive.Entry(article.withIdentity(id, duplicateOf), fingerprint));
            if (pending.size() >= COMMIT_EVERY) {
                flush();
            }
        }

        private Optional<String> nearDuplicateOf(Fingerprint fingerprint) {
            for (Archive.Entry entry : pending.values()) {
                if (entry.fingerprint() != null && entry.fingerprint().isNear(fingerprint)) {
                    String earlier = entry.article().duplicateOf();
                    return Optional.of(earlier != null ? earlier : entry.article().id());
                }
            }
            return archive.nearDuplicateOf(fingerprint);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
            progress.problem(problem);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            added += archive.putAll(pending.values()).size();
            pending.clear();
        }
    }
}

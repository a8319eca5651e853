package dev.parallax.cli;

import dev.parallax.model.Problem;
import dev.parallax.pipeline.BatchReport;
import dev.parallax.pipeline.ProgressListener;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A progress bar on standard error for batches that take more than a moment, one line per
 * problem as it happens, and nothing else. The bar is drawn only on a terminal, and only once
 * the batch has run for {@link #DELAY_MS}.
 */
final class ProgressBar implements ProgressListener {
    private static final long DELAY_MS = 700;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int files;
    private int done;
    private int documents;
    private int problems;
    private boolean drawn;
    private long lastDraw;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressBar onStandardError() {
        return new ProgressBar(System.err, System.console() != null);
    }

    @Override
    public void started(int fileCount) {
        this.files = fileCount;
    }

    @Override
    public void fileDone(Path file, int docs) {
        done++;
        documents += docs;
        draw(false);
    }

    @Override
    public void problem(Problem problem) {
        clear();
        err.println("parallax: skipped " + problem.toLine());
        problems++;
        draw(true);
    }

    @Override
    public void finished(BatchReport report) {
        clear();
    }

    @Override
    public void stageStarted(String stage, int total) {
        if (stage.equals("understand") && total > 0) {
            clear();
            err.println("parallax: understanding " + total + " article" + (total == 1 ? "" : "s")
                    + " (entities, quotes, dates; the language models take about half a minute to load)...");
        }
    }

    @Override
    public void stageProgress(String stage, int doneCount, int total) {
        if (!terminal) {
            return;
        }
        int filled = (int) ((long) WIDTH * doneCount / Math.max(1, total));
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + doneCount + "/" + total + " " + stage + "  ");
        err.flush();
        drawn = true;
    }

    @Override
    public void stageFinished(String stage) {
        clear();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!terminal || files == 0 || (now - start) / 1_000_000 < DELAY_MS) {
            return;
        }
        if (!force && drawn && (now - lastDraw) / 1_000_000 < 100 && done < files) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / files);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        err.print("\r[" + bar + "] " + done + "/" + files + " files, " + documents + " documents"
                + (problems > 0 ? ", " + problems + " problems" : "") + "  ");
        err.flush();
        drawn = true;
        lastDraw = now;
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 70) + "\r");
            err.flush();
            drawn = false;
        }
    }

    /** The closing summary: files, documents, articles, duplicates, problems by reason. */
    static String summary(BatchReport r) {
        StringBuilder s = new StringBuilder();
        s.append("Read ").append(r.files()).append(r.files() == 1 ? " file, " : " files, ")
                .append(r.documents()).append(r.documents() == 1 ? " document: " : " documents: ")
                .append(r.added()).append(" new article").append(r.added() == 1 ? "" : "s");
        if (r.duplicates() > 0) {
            s.append(" (").append(r.duplicates()).append(" linked as near-duplicate")
                    .append(r.duplicates() == 1 ? "" : "s").append(')');
        }
        s.append(", ").append(r.alreadyStored()).append(" already stored");
        if (r.hasProblems()) {
            s.append("; ").append(r.problems().size()).append(" failed (");
            StringBuilder reasons = new StringBuilder();
            r.problemsByReason().forEach((reason, n) ->
                    reasons.append(reasons.length() == 0 ? "" : ", ").append(n).append(' ').append(reason));
            s.append(reasons).append(')');
        }
        return s.append('.').toString();
    }
}

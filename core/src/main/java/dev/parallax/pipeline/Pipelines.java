package dev.parallax.pipeline;

import dev.parallax.archive.Archive;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.ContentCleaner;
import dev.parallax.clean.html.HtmlExtractor;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.clean.text.PlainTextCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;

/** Named presets of the pipeline. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The cleaner every preset uses: plain text and HTML, with the built-in outlet directory. */
    public static Cleaner standardCleaner() {
        OutletDirectory outlets = OutletDirectory.builtIn();
        return new ContentCleaner(new PlainTextCleaner(outlets), new HtmlExtractor(outlets));
    }

    /** The standard pipeline over the given archive. */
    public static Pipeline standard(Archive archive, IngestOptions options) {
        return new Pipeline(new Ingestor(options), standardCleaner(), archive);
    }
}

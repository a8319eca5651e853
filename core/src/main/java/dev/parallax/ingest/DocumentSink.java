package dev.parallax.ingest;

import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

/** Receives what ingest reads: documents, and problems with inputs that could not be read. */
public interface DocumentSink {
    void accept(SourceDocument document);

    void problem(Problem problem);
}

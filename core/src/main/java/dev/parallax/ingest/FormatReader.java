package dev.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input of one format (already decompressed) into documents. A reader never throws for
 * bad content: it reports a {@link dev.parallax.model.Problem} to the sink for each unusable
 * record and goes on with the rest. {@link IOException} is for the stream itself failing
 * (a truncated gzip, say); the caller reports it as a problem of the whole input.
 */
public interface FormatReader {
    InputFormat format();

    /**
     * @param source the input's name as the user gave it, used in every document and problem
     * @param in     the decompressed content; the reader does not close it
     */
    void read(String source, InputStream in, DocumentSink sink) throws IOException;
}

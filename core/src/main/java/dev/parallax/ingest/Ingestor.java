package dev.parallax.ingest;

import dev.parallax.model.Problem;
import dev.parallax.model.SourceDocument;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.util.stream.Stream;

/**
 * Reads input paths into documents: expands directories (recursively, in a stable order),
 * decompresses gzip (told by its magic bytes, not the file name; concatenated members, as in a
 * per-record {@code .warc.gz}, are read through), detects each file's format from its content
 * ({@link FormatDetector}) and hands it to the {@link FormatReader} for that format. Text with a
 * UTF-16 byte-order mark is re-encoded as UTF-8 first. Nothing is ever held in memory beyond one
 * document ({@link IngestOptions#maxDocumentBytes()}): WARC and JSON Lines files are streamed.
 * Thread-safe.
 */
public final class Ingestor {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final IngestOptions options;
    private final Map<InputFormat, FormatReader> readers;

    public Ingestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        Map<InputFormat, FormatReader> byFormat = new EnumMap<>(InputFormat.class);
        for (FormatReader reader : List.of(new TextReader(options), new HtmlReader(options), new FeedReader(options),
                new WarcFileReader(options), new JsonLinesReader(options))) {
            byFormat.put(reader.format(), reader);
        }
        this.readers = byFormat;
    }

    public Ingestor() {
        this(IngestOptions.DEFAULTS);
    }

    /**
     * The files the given paths name, directories expanded recursively and sorted, hidden files
     * skipped. A path that does not exist is reported to {@code problems}.
     */
    public List<Path> expand(List<Path> paths, java.util.function.Consumer<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.accept(new Problem(path.toString(), "unreadable", "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.accept(new Problem(path.toString(), "missing", "no such file or directory"));
            }
        }
        return files;
    }

    /**
     * Reads one file into the sink. Never throws for bad input: every failure becomes a problem
     * (reasons {@code empty}, {@code binary}, {@code encoding}, {@code truncated}, {@code corrupt},
     * {@code too-large}, {@code unreadable}, {@code missing}, {@code malformed}, {@code unsupported}),
     * and documents delivered before a failure stay delivered. An exception the sink itself throws
     * is the caller's and passes through unchanged.
     */
    public void read(Path file, DocumentSink sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        String source = file.toString();
        Guarded guarded = new Guarded(sink);
        try {
            readFile(file, source, guarded);
        } catch (Guarded.SinkFailure failure) {
            throw failure.getCause();
        } catch (IOException e) {
            guarded.problem(problemOf(source, e));
        } catch (UncheckedIOException e) {
            guarded.problem(problemOf(source, e.getCause()));
        } catch (RuntimeException e) {
            // a library failing on input it should have rejected cleanly: still only this file's problem
            guarded.problem(new Problem(source, "malformed", "cannot read: " + Inputs.oneLine(e)));
        }
    }

    private void readFile(Path file, String source, DocumentSink sink) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            sink.problem(new Problem(source, "empty", "0 bytes"));
            return;
        }
        try (InputStream raw = Files.newInputStream(file); InputStream decompressed = decompressed(raw)) {
            boolean gzip = decompressed instanceof Gunzipped;
            InputStream content = decompressed;
            Head head = Head.of(content, FormatDetector.SNIFF_BYTES);
            if (Charsets.bomLength(head.bytes()) == 2) {
                content = utf16AsUtf8(source, content, sink);
                if (content == null) {
                    return;
                }
                head = Head.of(content, FormatDetector.SNIFF_BYTES);
            }
            FormatDetector.Detection detection = FormatDetector.detect(head.bytes(), head.complete());
            if (!detection.accepted()) {
                sink.problem(new Problem(source, detection.reason(), (gzip ? "gzip of " : "") + detection.detail()));
                return;
            }
            InputFormat format = detection.format();
            boolean oneDocument = format == InputFormat.TEXT || format == InputFormat.HTML || format == InputFormat.FEED;
            if (oneDocument && !gzip && size > options.maxDocumentBytes()) {
                String what = "a " + Inputs.size(size) + " " + format.name().toLowerCase(Locale.ROOT) + " file";
                sink.problem(new Problem(source, "too-large", Inputs.overLimit(what, options.maxDocumentBytes())));
                return;
            }
            readers.get(format).read(source, content, sink);
        }
    }

    /** The file's content, gunzipped when it starts with the gzip magic bytes; mark is supported. */
    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_BYTES);
        byte[] magic = Head.of(buffered, 2).bytes();
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        return gzip ? new Gunzipped(buffered) : buffered;
    }

    /** Gunzipped content (all members of a multi-member gzip), buffered. */
    private static final class Gunzipped extends BufferedInputStream {
        Gunzipped(InputStream compressed) throws IOException {
            super(new GZIPInputStream(compressed, BUFFER_BYTES), BUFFER_BYTES);
        }
    }

    /** The problem an I/O failure means for the file being read. */
    private static Problem problemOf(String source, IOException e) {
        if (e instanceof EOFException) {
            return new Problem(source, "truncated", "the file ends too early: " + Inputs.oneLine(e));
        }
        if (e instanceof ZipException) {
            return new Problem(source, "corrupt", "gzip data is damaged: " + Inputs.oneLine(e));
        }
        if (e instanceof NoSuchFileException) {
            return new Problem(source, "missing", "no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return new Problem(source, "unreadable", "permission denied");
        }
        return new Problem(source, "unreadable", Inputs.oneLine(e));
    }

    /**
     * The first bytes of an input, and whether they are all of it. A gzip cut short within them
     * still gives the bytes before the cut (the reader meets the cut again and reports it once
     * the documents before it are delivered).
     */
    private record Head(byte[] bytes, boolean complete) {
        static Head of(InputStream in, int n) throws IOException {
            in.mark(n);
            byte[] head = new byte[n];
            int filled = 0;
            boolean ended = false;
            try {
                while (filled < n) {
                    int read = in.read(head, filled, n - filled);
                    if (read < 0) {
                        ended = true;
                        break;
                    }
                    filled += read;
                }
            } catch (EOFException cut) {
                if (filled == 0) {
                    throw cut;
                }
            }
            in.reset();
            return new Head(Arrays.copyOf(head, filled), ended);
        }
    }

    /** A UTF-16 text (it has a byte-order mark) re-encoded as UTF-8, or null after a too-large problem. */
    private InputStream utf16AsUtf8(String source, InputStream content, DocumentSink sink) throws IOException {
        byte[] bytes = Inputs.readAtMost(content, options.maxDocumentBytes());
        if (bytes == null) {
            sink.problem(new Problem(source, "too-large", Inputs.overLimit("the UTF-16 text", options.maxDocumentBytes())));
            return null;
        }
        String text = Charsets.decode(bytes, 2, Charsets.fromBom(bytes).orElseThrow());
        return new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Delivers to the caller's sink, marking what the sink throws so that it is not taken for bad input. */
    private static final class Guarded implements DocumentSink {
        private final DocumentSink sink;

        Guarded(DocumentSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(SourceDocument document) {
            try {
                sink.accept(document);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void problem(Problem problem) {
            try {
                sink.problem(problem);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        /** A failure of the caller's sink, carried through the readers unchanged. */
        static final class SinkFailure extends RuntimeException {
            SinkFailure(RuntimeException cause) {
                super(cause);
            }

            @Override
            public synchronized RuntimeException getCause() {
                return (RuntimeException) super.getCause();
            }
        }
    }

    public IngestOptions options() {
        return options;
    }
}

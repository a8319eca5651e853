package dev.parallax.cli;

import dev.parallax.export.ExportDocument;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --out FILE} and {@code --format} options of the commands that print an export ({@code analyze}, {@code extract}). */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the export here (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or markdown (default: markdown for a .md --out, else json).")
    Outputs.Format format;

    void write(ExportDocument doc) {
        Outputs.write(doc, format, out);
    }

    /** " Wrote FILE." for a summary line, or nothing when the export went to standard output. */
    String wrote() {
        return out == null ? "" : " Wrote " + out + ".";
    }
}

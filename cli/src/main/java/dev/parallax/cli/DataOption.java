package dev.parallax.cli;

import dev.parallax.store.sqlite.SqliteArchive;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option shared by every command that touches the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data directory holding the store (default: ${DEFAULT-VALUE} in the working directory).")
    Path dir;

    SqliteArchive open() {
        return SqliteArchive.open(dir);
    }
}

package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchNlpCommandTest {
    @Test
    void missingBasilDataExitsThree(@TempDir Path empty) {
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("bench", "nlp", "--data-dir", empty.toString()));
    }

    @Test
    void basilFolderWithoutArticlesExitsThree(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("basil").resolve("articles"));
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("bench", "nlp", "--data-dir", dir.toString()));
    }

    @Test
    void zeroArticlesIsAUsageError(@TempDir Path empty) {
        assertEquals(Parallax.EXIT_USAGE, Parallax.run("bench", "nlp", "--articles", "0", "--data-dir", empty.toString()));
    }

    @Test
    void unknownPresetIsAUsageError(@TempDir Path empty) {
        assertEquals(Parallax.EXIT_USAGE, Parallax.run("bench", "nlp", "--nlp", "names", "--data-dir", empty.toString()));
    }
}

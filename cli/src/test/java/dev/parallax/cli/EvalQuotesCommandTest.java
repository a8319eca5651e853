package dev.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EvalQuotesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void missingDataDirectoryExitsWithThree() {
        assertEquals(Parallax.EXIT_FATAL, Parallax.run("eval", "quotes", "--split", "dev", "--data-dir",
                tmp.resolve("nowhere").toString()));
    }

    @Test
    void unknownSplitIsAUsageError() {
        assertEquals(Parallax.EXIT_USAGE, Parallax.run("eval", "quotes", "--split", "final"));
    }

    @Test
    void dataDirectoryMayBeTheSharedDataOrPolnearItself() throws Exception {
        Path polnear = Files.createDirectories(tmp.resolve("data/polnear/data/dev"));
        assertEquals(tmp.resolve("data/polnear"), EvalQuotesCommand.resolveDataDir(tmp.resolve("data")));
        assertEquals(tmp.resolve("data/polnear"), EvalQuotesCommand.resolveDataDir(polnear.getParent().getParent()));
        assertNull(EvalQuotesCommand.resolveDataDir(tmp.resolve("empty")));
    }
}

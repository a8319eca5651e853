package dev.parallax.cli;

import dev.parallax.eval.time.DateEstimateScores;
import dev.parallax.eval.time.TimeEvaluation;
import dev.parallax.eval.time.TimexScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalTimeCommandTest {
    @Test
    void missingDataDirectoryExitsThree(@TempDir Path empty) {
        assertEquals(Parallax.EXIT_FATAL,
                Parallax.run("eval", "time", "--dataset", "tempeval3", "--data-dir", empty.toString()));
    }

    @Test
    void unknownDatasetIsAUsageError(@TempDir Path empty) {
        assertEquals(Parallax.EXIT_USAGE,
                Parallax.run("eval", "time", "--dataset", "timebank9", "--data-dir", empty.toString()));
    }

    @Test
    void jsonCarriesOurFiguresAndASuTimeObject() {
        TimexScores ours = new TimexScores(10, 10, 8, 9, 9, 8);
        TimexScores sutime = new TimexScores(10, 12, 6, 9, 8, 6);
        String json = EvalTimeCommand.json(new TimeEvaluation.Report(TimeEvaluation.Split.test, 2, ours, sutime,
                new DateEstimateScores(2, 1, 1, 1, 1)));
        assertTrue(json.startsWith("{") && json.endsWith("}"));
        assertTrue(json.contains("\"strictF1\":0.8"), json);
        assertTrue(json.contains("\"relaxedF1\":0.9"), json);
        assertTrue(json.contains("\"valueF1\":0.8"), json);
        assertTrue(json.contains("\"sutime\":{"), json);
    }
}

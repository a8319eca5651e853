package dev.parallax.statements;

import dev.parallax.model.DiffOp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordDiffTest {
    @Test
    void insertedWordShowsAsInsertBetweenEqualRuns() {
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "an"), new DiffOp(DiffOp.Kind.INSERT, "utterly"),
                        new DiffOp(DiffOp.Kind.EQUAL, "unacceptable step")),
                WordDiff.diff("an unacceptable step", "an utterly unacceptable step"));
    }

    @Test
    void caseAndPunctuationDoNotCountAsChanges() {
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "this step is Unacceptable")),
                WordDiff.diff("This step is unacceptable.", "this step is Unacceptable"));
    }

    @Test
    void replacedWordIsADeleteThenAnInsert() {
        assertEquals(List.of(new DiffOp(DiffOp.Kind.EQUAL, "a"), new DiffOp(DiffOp.Kind.DELETE, "grave"),
                        new DiffOp(DiffOp.Kind.INSERT, "serious"), new DiffOp(DiffOp.Kind.EQUAL, "mistake")),
                WordDiff.diff("a grave mistake", "a serious mistake"));
    }

    @Test
    void emptyTextsGiveNoRuns() {
        assertEquals(List.of(), WordDiff.diff("", "  "));
        assertEquals(List.of(new DiffOp(DiffOp.Kind.DELETE, "gone")), WordDiff.diff("gone", ""));
    }
}

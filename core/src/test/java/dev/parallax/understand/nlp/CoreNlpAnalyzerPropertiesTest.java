package dev.parallax.understand.nlp;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoreNlpAnalyzerPropertiesTest {
    @Test
    void fastRunsOnlyThePersonOrganizationLocationModel() {
        Properties fast = CoreNlpAnalyzer.properties(NlpOptions.FAST);
        assertEquals(CoreNlpAnalyzer.THREE_CLASS_MODEL, fast.getProperty("ner.model"));
        assertEquals("tokenize,ssplit,pos,lemma,ner", fast.getProperty("annotators"));
        assertEquals("false", fast.getProperty("ner.applyFineGrained"));
        assertEquals("true", fast.getProperty("ner.buildEntityMentions"));
    }

    @Test
    void entitiesKeepsCoreNlpsDefaultModelsNumbersAndTimes() {
        Properties full = CoreNlpAnalyzer.properties(NlpOptions.ENTITIES);
        assertNull(full.getProperty("ner.model"));
        assertNull(full.getProperty("ner.applyNumericClassifiers"));
        assertNull(full.getProperty("ner.useSUTime"));
        assertEquals("false", full.getProperty("ner.applyFineGrained"));
        assertEquals("tokenize,ssplit,pos,lemma,ner", full.getProperty("annotators"));
    }

    @Test
    void fastTurnsSuTimeAndNumericClassifiersOff() {
        Properties p = CoreNlpAnalyzer.properties(NlpOptions.FAST);
        assertEquals(CoreNlpAnalyzer.THREE_CLASS_MODEL, p.getProperty("ner.model"));
        assertEquals("false", p.getProperty("ner.useSUTime"));
        assertEquals("false", p.getProperty("ner.applyNumericClassifiers"));
    }

    @Test
    void threeModelsWithoutNumbersAndTimesKeepsTheDefaultModels() {
        Properties p = CoreNlpAnalyzer.properties(new NlpOptions(true, true, false, NlpOptions.EntityModels.ALL, false));
        assertNull(p.getProperty("ner.model"));
        assertEquals("false", p.getProperty("ner.useSUTime"));
    }

    @Test
    void coreNlpDefaultAppliesFineGrainedClasses() {
        Properties p = CoreNlpAnalyzer.properties(NlpOptions.CORENLP_DEFAULT);
        assertEquals("true", p.getProperty("ner.applyFineGrained"));
        assertNull(p.getProperty("ner.model"));
    }

    @Test
    void tokensOnlyHasNoEntityProperties() {
        Properties p = CoreNlpAnalyzer.properties(NlpOptions.TOKENS);
        assertEquals("tokenize,ssplit", p.getProperty("annotators"));
        assertFalse(p.stringPropertyNames().stream().anyMatch(k -> k.startsWith("ner.")));
    }

    @Test
    void missingModelsIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> new NlpOptions(true, true, false, null, true));
    }
}

package dev.parallax.understand.nlp;

/**
 * Typed options of the language analyzer: what it computes. Named presets; CoreNLP's property
 * strings never leave {@link CoreNlpAnalyzer}.
 *
 * @param partsOfSpeech tag and lemmatise tokens
 * @param entities      named entities (needs parts of speech)
 * @param fineGrained   fine-grained entity classes (TITLE, NATIONALITY, …): slower
 * @param models        which statistical entity models run (ignored without entities)
 * @param numbersAndTimes numbers, money, percentages, and dates and times found and resolved by SUTime
 *                      (ignored without entities); without it, time expressions come from Parallax's own rules only
 */
public record NlpOptions(boolean partsOfSpeech, boolean entities, boolean fineGrained, EntityModels models,
                         boolean numbersAndTimes) {
    /** The statistical entity taggers to run. */
    public enum EntityModels {
        /** CoreNLP's three CRF models in turn (3, 4 and 7 classes: adds MISC, DATE, TIME, MONEY, PERCENT tags). */
        ALL,
        /** Only the PERSON / ORGANIZATION / LOCATION model: one CRF pass instead of three. */
        PERSON_ORGANIZATION_LOCATION
    }

    /** Tokens and sentences only. */
    public static final NlpOptions TOKENS = new NlpOptions(false, false, false);
    /** Tokens, parts of speech, lemmas, CoreNLP's three entity models, numbers and SUTime's times. */
    public static final NlpOptions ENTITIES = new NlpOptions(true, true, false);
    /**
     * Only the PERSON / ORGANIZATION / LOCATION model, no numeric classifiers and no SUTime: what the
     * understand stage uses. Time expressions come from Parallax's own rules alone, and tokens carry no DATE,
     * TIME, MONEY, PERCENT or MISC tags. About 4 times the articles per second of {@link #CORENLP_DEFAULT} on one
     * thread (docs/evaluation-nlp.md).
     */
    public static final NlpOptions FAST = new NlpOptions(true, true, false, EntityModels.PERSON_ORGANIZATION_LOCATION,
            false);
    /** CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner}, fine-grained classes included: the baseline for benchmarks. */
    public static final NlpOptions CORENLP_DEFAULT = new NlpOptions(true, true, true);

    public NlpOptions {
        if (entities && !partsOfSpeech) {
            throw new IllegalArgumentException("entities need parts of speech");
        }
        if (models == null) {
            throw new IllegalArgumentException("models must not be null");
        }
    }

    /** All entity models, numbers and times: CoreNLP's own defaults for the rest. */
    public NlpOptions(boolean partsOfSpeech, boolean entities, boolean fineGrained) {
        this(partsOfSpeech, entities, fineGrained, EntityModels.ALL, true);
    }
}

package dev.parallax.understand.nlp;

/**
 * Typed options of the language analyzer: what it computes. Named presets; CoreNLP's property
 * strings never leave {@link CoreNlpAnalyzer}.
 *
 * @param partsOfSpeech tag and lemmatise tokens
 * @param entities      named entities (needs parts of speech); also finds and resolves time expressions (SUTime)
 * @param fineGrained   fine-grained entity classes (TITLE, NATIONALITY, …): slower
 */
public record NlpOptions(boolean partsOfSpeech, boolean entities, boolean fineGrained) {
    /** Tokens and sentences only. */
    public static final NlpOptions TOKENS = new NlpOptions(false, false, false);
    /** Tokens, parts of speech, lemmas, entities and times: what the understand stage uses. */
    public static final NlpOptions ENTITIES = new NlpOptions(true, true, false);
    /** CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner}, fine-grained classes included: the baseline for benchmarks. */
    public static final NlpOptions CORENLP_DEFAULT = new NlpOptions(true, true, true);

    public NlpOptions {
        if (entities && !partsOfSpeech) {
            throw new IllegalArgumentException("entities need parts of speech");
        }
    }
}

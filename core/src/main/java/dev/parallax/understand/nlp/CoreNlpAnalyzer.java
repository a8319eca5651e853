package dev.parallax.understand.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one adapter to Stanford CoreNLP: builds a pipeline from typed {@link NlpOptions} and turns
 * its annotations into Parallax's own {@link NlpParagraph} values. No CoreNLP type leaves this class.
 *
 * <p>Building one loads the models (about 1 GB of heap with entities); build one per worker thread
 * and reuse it.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {
    /** CoreNLP's PERSON / ORGANIZATION / LOCATION model (the first of its three default models). */
    static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer(NlpOptions options) {
        this.pipeline = new StanfordCoreNLP(properties(options));
    }

    static Properties properties(NlpOptions options) {
        Properties p = new Properties();
        StringBuilder annotators = new StringBuilder("tokenize,ssplit");
        if (options.partsOfSpeech()) {
            annotators.append(",pos,lemma");
        }
        if (options.entities()) {
            annotators.append(",ner");
            p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrained()));
            p.setProperty("ner.buildEntityMentions", "true");
            if (options.models() == NlpOptions.EntityModels.PERSON_ORGANIZATION_LOCATION) {
                p.setProperty("ner.model", THREE_CLASS_MODEL);
            }
            if (!options.numbersAndTimes()) {
                p.setProperty("ner.applyNumericClassifiers", "false");
                p.setProperty("ner.useSUTime", "false");
            }
        }
        p.setProperty("annotators", annotators.toString());
        p.setProperty("tokenize.language", "en");
        return p;
    }

    @Override
    public NlpParagraph analyze(String paragraph, LocalDate referenceDate) {
        Annotation annotation = new Annotation(paragraph);
        if (referenceDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        pipeline.annotate(annotation);
        List<NlpSentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<NlpToken> tokens = new ArrayList<>();
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new NlpToken(t.word(), t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner(),
                        t.beginPosition(), t.endPosition()));
            }
            List<NlpMention> mentions = new ArrayList<>();
            List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (found != null) {
                for (CoreMap m : found) {
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    mentions.add(new NlpMention(m.get(CoreAnnotations.TextAnnotation.class),
                            m.get(CoreAnnotations.EntityTypeAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                            timex == null ? null : timex.timexType(),
                            timex == null ? null : timex.value()));
                }
            }
            sentences.add(new NlpSentence(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, mentions));
        }
        return new NlpParagraph(paragraph, sentences);
    }
}

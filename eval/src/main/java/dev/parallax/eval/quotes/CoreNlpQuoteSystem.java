package dev.parallax.eval.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The reference: CoreNLP's own QuoteAnnotator with quote attribution, run as CoreNLP documents it
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}, {@code quote.attributeQuotes=true}) on the
 * whole article, coref with CoreNLP's fastneural model (the quickest English one). With {@code useCoref} false
 * coref is left out and so is attribution ({@code quote.attributeQuotes=false}: it needs coref chains), for
 * machines where coref is too slow; speakers are then not scored. Content is
 * each top-level quotation; the source is the mention CoreNLP attributes it to, the speaker its canonical
 * speaker. This is a benchmark reference, so it uses CoreNLP directly, outside Parallax's adapter.
 */
public final class CoreNlpQuoteSystem implements AttributionSystem {
    private final StanfordCoreNLP pipeline;
    private final boolean useCoref;

    public CoreNlpQuoteSystem(boolean useCoref) {
        this.useCoref = useCoref;
        Properties p = new Properties();
        p.setProperty("annotators", useCoref ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"
                : "tokenize,ssplit,pos,lemma,ner,depparse,quote");
        p.setProperty("tokenize.language", "en");
        p.setProperty("quote.attributeQuotes", "true");
        if (useCoref) {
            p.setProperty("coref.algorithm", "fastneural"); // the quickest of CoreNLP's English coref models
        } else {
            p.setProperty("quote.attributeQuotes", "false"); // attribution cannot run without coref chains
        }
        this.pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public String name() {
        return useCoref ? "corenlp-quote" : "corenlp-quote-nocoref";
    }

    @Override
    public List<Attribution> attribute(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Attribution> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            CharSpans source = null;
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mb != null && me != null && tokens != null && mb >= 0 && me < tokens.size()) {
                source = new CharSpans(text, List.of(new int[] {tokens.get(mb).beginPosition(),
                        tokens.get(me).endPosition()}));
            }
            String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
            }
            out.add(new Attribution(new CharSpans(text, List.of(new int[] {begin, end})), source, speaker));
        }
        return out;
    }
}

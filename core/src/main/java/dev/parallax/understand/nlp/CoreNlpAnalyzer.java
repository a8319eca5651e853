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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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

    /** Tokens and sentences. */
    private final StanfordCoreNLP splitter;
    /** Tags, lemmas and entities over the repaired sentences; null when only tokens are wanted. */
    private final StanfordCoreNLP tagger;

    public CoreNlpAnalyzer(NlpOptions options) {
        Properties all = properties(options);
        Properties split = (Properties) all.clone();
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(split);
        String rest = all.getProperty("annotators").replaceFirst("^tokenize,ssplit,?", "");
        if (rest.isEmpty()) {
            this.tagger = null;
        } else {
            Properties tag = (Properties) all.clone();
            tag.setProperty("annotators", rest);
            tag.setProperty("enforceRequirements", "false"); // the splitter has run: tokens and sentences are there
            this.tagger = new StanfordCoreNLP(tag);
        }
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
        splitter.annotate(annotation);
        joinFalseSplits(annotation, paragraph);
        pluralPossessives(annotation, paragraph);
        if (tagger != null) {
            tagger.annotate(annotation);
        }
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
            compoundsReadAsVerbs(tokens);
            capitalsReadAsVerbs(tokens);
            namesAfterThe(tokens, mentions, paragraph);
            companiesReadAsPeople(tokens, mentions, paragraph);
            sentences.add(new NlpSentence(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, mentions));
        }
        return new NlpParagraph(paragraph, sentences);
    }

    /** Noun compounds whose first word the tagger reads as a verb ("think/VBP tank"), by that word. */
    private static final Map<String, Set<String>> VERB_FIRST_COMPOUNDS = Map.of(
            "think", Set.of("tank", "tanks"),
            "talk", Set.of("show", "shows", "radio"));

    /**
     * Mends noun compounds the tagger splits into a verb and a noun ("the Council on Energy, Environment and Water
     * think tank told CBS News", "a talk show host"): the first word becomes a noun, so the phrase is one.
     */
    static void compoundsReadAsVerbs(List<NlpToken> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            NlpToken t = tokens.get(i);
            Set<String> seconds = VERB_FIRST_COMPOUNDS.get(t.word().toLowerCase(Locale.ROOT));
            String before = i > 0 ? tokens.get(i - 1).tag() : null;
            // not "Many analysts think tanks will not change the war": after a subject or an auxiliary, a verb
            boolean verbAfterSubject = before != null && (before.equals("PRP") || before.equals("NNS")
                    || before.equals("NNPS") || before.equals("MD") || before.equals("TO") || before.equals("RB"));
            if (seconds != null && t.tag() != null && t.tag().startsWith("VB") && !verbAfterSubject
                    && seconds.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                tokens.set(i, new NlpToken(t.word(), "NN", t.word().toLowerCase(Locale.ROOT), t.ner(), t.begin(),
                        t.end()));
            }
        }
    }

    /** Tags of what may follow a name but not open a verb's object: a preposition, "that", "and", "'s". */
    private static final Set<String> NO_OBJECT_TAGS = Set.of("IN", "CC", "WDT", "POS");

    /**
     * Mends a name written in capitals that the tagger reads as the word it spells ("confirmed to WIRED/VBN
     * that", "spoke with VOGUE/VB about"): in a sentence written in lower case, a word of three or more capitals
     * tagged as a verb right after a preposition becomes a proper noun. After "to" it must not take an object of
     * its own ("to STOP the vote" is shouting), so only a full stop, a comma, a preposition, "that" or a
     * conjunction may follow it ("have to VOTE!" stays a verb).
     */
    static void capitalsReadAsVerbs(List<NlpToken> tokens) {
        int words = 0;
        int lower = 0;
        for (NlpToken t : tokens) {
            if (t.word().chars().anyMatch(Character::isLetter)) {
                words++;
                lower += t.word().equals(t.word().toUpperCase(Locale.ROOT)) ? 0 : 1;
            }
        }
        if (2 * lower < words) {
            return; // a headline or a line in capitals: every word is written so
        }
        for (int i = 1; i < tokens.size(); i++) {
            NlpToken t = tokens.get(i);
            String before = tokens.get(i - 1).tag();
            if (t.tag() == null || !t.tag().startsWith("VB") || !isCapitals(t.word())
                    || !"IN".equals(before) && !"TO".equals(before)) {
                continue;
            }
            NlpToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean noObject = next == null || next.tag() != null && NO_OBJECT_TAGS.contains(next.tag())
                    || next.word().equals(".") || next.word().equals(",");
            if (!tokens.get(i - 1).word().equalsIgnoreCase("to") || noObject) {
                tokens.set(i, new NlpToken(t.word(), "NNP", t.word(), t.ner(), t.begin(), t.end()));
            }
        }
    }

    /** A word of three or more letters, all capitals ("WIRED", "TIME"). */
    private static boolean isCapitals(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Mends a person CoreNLP finds in a title: "according to The Hill" gives the person "Hill". People are not
     * written with a capitalised "The" before their name, publications and bodies are ("The Hill", "The
     * Atlantic"), so a singular person's name right after "The" becomes an organisation's, with the article in
     * it ("The Hill"). Plural names ("The Clintons") stay people; a nickname such as "The Donald" is taken for a
     * body too, a rare loss.
     */
    static void namesAfterThe(List<NlpToken> tokens, List<NlpMention> mentions, String text) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!"PERSON".equals(tokens.get(i).ner()) || !tokens.get(i - 1).word().equals("The")) {
                continue;
            }
            int end = i;
            while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
                end++;
            }
            if ("NNPS".equals(tokens.get(end - 1).tag())) {
                continue;
            }
            asOrganisation(tokens, mentions, text, i - 1, i, end);
            i = end;
        }
    }

    /**
     * Tokens from..end-1 become an organisation's, and the person mention starting at token {@code person} becomes
     * an organisation mention starting at token {@code from} (which may take in a "The" before it).
     */
    private static void asOrganisation(List<NlpToken> tokens, List<NlpMention> mentions, String text, int from,
                                       int person, int end) {
        for (int k = from; k < end; k++) {
            NlpToken t = tokens.get(k);
            tokens.set(k, new NlpToken(t.word(), t.tag(), t.lemma(), "ORGANIZATION", t.begin(), t.end()));
        }
        int begin = tokens.get(from).begin();
        int first = tokens.get(person).begin();
        for (int m = 0; m < mentions.size(); m++) {
            NlpMention n = mentions.get(m);
            if ("PERSON".equals(n.type()) && n.begin() == first) {
                mentions.set(m, new NlpMention(text.substring(begin, n.end()), "ORGANIZATION", begin, n.end(),
                        null, null));
            }
        }
    }

    /** Last words of a company's name that no person's name ends in ("Dick Clark Productions", "Acme Inc."). */
    private static final Set<String> COMPANY_ENDINGS = Set.of("Productions", "Records", "Studios", "Entertainment",
            "Enterprises", "Industries", "Holdings", "Inc.", "Inc", "Corp.", "Corp", "LLC", "Ltd", "Ltd.", "Co.",
            "Foundation", "Institute", "Associates", "Partners", "Publishing", "Pictures", "Films", "Ventures",
            "Airlines", "Motors", "Technologies", "Laboratories", "Group", "Agency", "Bank");

    /**
     * Mends a company CoreNLP takes for a person because its name starts with one ("Dick Clark Productions",
     * "Ford Motors"): a person's name never ends in "Productions", "Records" or "Inc.", so the run and its mention
     * become an organisation's.
     */
    static void companiesReadAsPeople(List<NlpToken> tokens, List<NlpMention> mentions, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!"PERSON".equals(tokens.get(i).ner())) {
                continue;
            }
            int end = i;
            while (end < tokens.size() && "PERSON".equals(tokens.get(end).ner())) {
                end++;
            }
            if (end - i >= 2 && COMPANY_ENDINGS.contains(tokens.get(end - 1).word())) {
                asOrganisation(tokens, mentions, text, i, i, end);
            }
            i = end;
        }
    }

    /**
     * Mends the curly apostrophe of a plural possessive ("Sanders’ Senate office", "the councillors’ plan"), which
     * the tokenizer leaves as a closing quotation mark (it reads the straight "Sanders' office" right): the tagger
     * then cuts the noun phrase and reads the next noun as a verb. A right single mark glued to a word ending in
     * "s", then a space and a word, with no left single mark open before it in the paragraph, becomes the straight
     * apostrophe (its offsets stay, so the text is unchanged). This runs before tagging.
     */
    static void pluralPossessives(Annotation annotation, String text) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        int open = 0; // left single marks still open, over the paragraph: a quotation may run over sentences
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                String original = text.substring(t.beginPosition(), t.endPosition());
                if (original.equals("\u2018")) {
                    open++;
                } else if (original.equals("\u2019") && i > 0 && i + 1 < tokens.size()) {
                    CoreLabel before = tokens.get(i - 1);
                    CoreLabel after = tokens.get(i + 1);
                    boolean possessive = open == 0 && before.endPosition() == t.beginPosition()
                            && before.word().matches(".*[sS]") && after.beginPosition() > t.endPosition()
                            && Character.isLetterOrDigit(text.charAt(after.beginPosition()));
                    if (possessive) {
                        t.setWord("'");
                        t.setValue("'");
                    } else {
                        open = Math.max(0, open - 1);
                    }
                }
            }
        }
    }

    /**
     * Mends sentences the splitter ended at an abbreviation it does not know: "Sen. Lindsey Graham, R-S.C., said"
     * comes out as "… R-S.C ." and ", said …", because the tokenizer cuts the full stop off "R-S.C." (also
     * "R-N.C.", "D-N.H."). When a sentence ends in a full stop (perhaps then closing brackets) glued to a
     * dotted capitalised word, and the next one opens with a comma, semicolon, colon or closing bracket or a
     * lower-case word, the stop goes back onto its word and the two sentences are one. This runs before
     * tagging, so the tagger sees the whole clause.
     */
    private static void joinFalseSplits(Annotation annotation, String text) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        List<CoreMap> out = new ArrayList<>();
        boolean changed = false;
        for (CoreMap next : sentences) {
            CoreMap previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && isFalseSplit(previous, next)) {
                List<CoreLabel> tokens = new ArrayList<>(previous.get(CoreAnnotations.TokensAnnotation.class));
                int k = stopIndex(tokens);
                List<CoreLabel> brackets = new ArrayList<>(tokens.subList(k + 1, tokens.size()));
                tokens.subList(k + 1, tokens.size()).clear();
                CoreLabel stop = tokens.remove(tokens.size() - 1);
                CoreLabel word = tokens.remove(tokens.size() - 1);
                CoreLabel fused = new CoreLabel(word);
                String written = text.substring(word.beginPosition(), stop.endPosition());
                fused.setWord(written);
                fused.setValue(written);
                fused.setOriginalText(written);
                fused.setEndPosition(stop.endPosition());
                fused.setAfter(stop.after());
                tokens.add(fused);
                tokens.addAll(brackets);
                tokens.addAll(next.get(CoreAnnotations.TokensAnnotation.class));
                int begin = previous.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                Annotation joined = new Annotation(text.substring(begin, end));
                joined.set(CoreAnnotations.TokensAnnotation.class, tokens);
                joined.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                joined.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                out.set(out.size() - 1, joined);
                changed = true;
            } else {
                out.add(next);
            }
        }
        if (!changed) {
            return;
        }
        List<CoreLabel> all = new ArrayList<>();
        for (int s = 0; s < out.size(); s++) {
            CoreMap sentence = out.get(s);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setIndex(t + 1);
                tokens.get(t).setSentIndex(s);
            }
            all.addAll(tokens);
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    /** The last token before closing brackets ("(R-S.C.)" ends "… R-S.C . )"). */
    private static int stopIndex(List<CoreLabel> tokens) {
        int k = tokens.size() - 1;
        while (k > 0 && (")".equals(tokens.get(k).word()) || "-RRB-".equals(tokens.get(k).word()))) {
            k--;
        }
        return k;
    }

    private static boolean isFalseSplit(CoreMap previous, CoreMap next) {
        List<CoreLabel> a = previous.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> b = next.get(CoreAnnotations.TokensAnnotation.class);
        int k = stopIndex(a);
        if (k < 1 || b.isEmpty()) {
            return false;
        }
        CoreLabel stop = a.get(k);
        CoreLabel word = a.get(k - 1);
        if (!".".equals(stop.word()) || word.endPosition() != stop.beginPosition() || !word.word().contains(".")
                || !Character.isUpperCase(word.word().charAt(0))) {
            return false; // only a stop glued to a dotted capitalised abbreviation ("R-S.C", "N.H")
        }
        String first = b.get(0).word();
        return first.equals(",") || first.equals(";") || first.equals(":") || first.equals(")")
                || first.equals("-RRB-") || Character.isLowerCase(first.charAt(0));
    }
}

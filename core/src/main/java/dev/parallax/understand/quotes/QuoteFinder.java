package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.time.TimeMarks;
import dev.parallax.understand.nlp.NlpSentence;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds who said what in an article's analysed body paragraphs (tokens with parts of speech and entity
 * tags). Patterns, per sentence, in this order:
 * <ol>
 *   <li>a name and a colon opening a paragraph ({@code PENCE: Well, …}), see {@link DirectQuotes};</li>
 *   <li>trailing attribution: {@code "…," she said.} / {@code …, X said.} / {@code "…," said X, a spokeswoman.}
 *       (only cues that invert take their speaker after them), with the quote it closes (which may start
 *       sentences or paragraphs earlier, or end just before a sentence the splitter cut after {@code ?”}) and,
 *       when the attribution breaks a quote ({@code "It is," she said, "unacceptable."}), the part after it;
 *       also {@code Added Gibbs: "…"} ({@link DirectQuotes});</li>
 *   <li>{@code according to X, …} and {@code …, according to X} ({@link ReportedSpeech});</li>
 *   <li>a subject before a cue verb: {@code X said (that) …}, {@code X told reporters …},
 *       {@code X said in a statement: "…"}, stance verbs ({@code X believes that …}) with a clause after them;
 *       a participle after a comma ({@code …, adding that …}) goes to the sentence's speaker, and one opening
 *       the sentence ({@code Calling the plan "a gamble," X told …}) to the main clause's subject
 *       ({@link ReportedSpeech}, subjects found by {@link SpeakerPhrases}, ends by {@link ContentBoundaries});</li>
 *   <li>quotations left over (four words or more, or a whole sentence) go to the latest speaker of the
 *       last two paragraphs, without a cue ({@link DirectQuotes}).</li>
 * </ol>
 * Speakers are resolved across the article by {@link SpeakerResolver}. Stateless between calls and
 * thread-safe.
 */
public final class QuoteFinder {
    private final CueLexicon lexicon;
    private final boolean stance;

    /** The standard lexicon, stance verbs included. */
    public QuoteFinder() {
        this(CueLexicon.standard(), true);
    }

    /**
     * @param lexicon the cue verbs
     * @param stance  whether stance verbs ("believes that", "wants to") count as attribution cues
     */
    public QuoteFinder(CueLexicon lexicon, boolean stance) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.stance = stance;
    }

    /** The quotes in these paragraphs (one article's body, in order), in reading order. */
    public List<FoundQuote> find(List<NlpParagraph> paragraphs) {
        return find(paragraphs, null);
    }

    /**
     * As {@link #find(List)}, for an article of a known outlet: the outlet's short name in its own pages ("the
     * Post reported" in the Saren Daily Post) resolves to the outlet.
     *
     * @param outlet the publishing outlet's name, or null
     */
    public List<FoundQuote> find(List<NlpParagraph> paragraphs, String outlet) {
        // times as the time stage reads them ("on Thursday evening", "two days after"): adverbials, never speakers
        return findInMarked(TimeMarks.mark(paragraphs), outlet);
    }

    /**
     * As {@link #find(List, String)}, for paragraphs whose time tokens are already tagged ({@link TimeMarks}):
     * the caller that found the article's time expressions marks them, and the rules do not run again.
     */
    public List<FoundQuote> findInMarked(List<NlpParagraph> marked, String outlet) {
        ArticleReading rd = new ArticleReading(marked, lexicon, stance);
        if (outlet != null && !outlet.isBlank()) {
            rd.resolver.knowOrganisation(outlet.strip());
        }
        return new Run(rd).find();
    }

    /** One call: reads the article sentence by sentence and keeps what the patterns find. */
    private static final class Run {
        private final ArticleReading rd;
        private final ContentBoundaries bounds;
        private final DirectQuotes quotes;
        private final ReportedSpeech speech;

        Run(ArticleReading rd) {
            this.rd = rd;
            SpeakerPhrases phrases = new SpeakerPhrases(rd);
            this.bounds = new ContentBoundaries(rd);
            this.quotes = new DirectQuotes(rd, phrases, bounds);
            this.speech = new ReportedSpeech(rd, phrases, bounds);
        }

        List<FoundQuote> find() {
            for (rd.p = 0; rd.p < rd.paragraphs.size(); rd.p++) {
                rd.text = rd.paragraphs.get(rd.p).text();
                for (NlpSentence s : rd.paragraphs.get(rd.p).sentences()) {
                    readSentence(s);
                }
            }
            quotes.leftovers();
            namedLater();
            rd.found.sort(Comparator.comparingInt((FoundQuote q) -> q.first().paragraph())
                    .thenComparingInt(q -> q.first().start()));
            return List.copyOf(rd.found);
        }

        /**
         * "…, in what the judge called “…”" in the lede and "Judge Miriam Achebe" further down: a quote left with a
         * definite description gets the one person the article later names with that title.
         */
        private void namedLater() {
            for (int i = 0; i < rd.found.size(); i++) {
                FoundQuote q = rd.found.get(i);
                if (q.speakerName() == null && q.speakerDescription() != null) {
                    String name = rd.resolver.soleNamedHolder(q.speakerDescription());
                    if (name != null) {
                        rd.found.set(i, new FoundQuote(q.content(), q.text(), name, q.speakerDescription(),
                                q.speakerMention(), q.cue(), q.direct()));
                    }
                }
            }
        }

        private void readSentence(NlpSentence s) {
            rd.toks = s.tokens();
            boolean first = s == rd.paragraphs.get(rd.p).sentences().get(0);
            if (first) {
                rd.toks = rd.toks.subList(ArticleReading.datelineEnd(rd.toks), rd.toks.size());
            }
            if (rd.toks.isEmpty()) {
                return;
            }
            rd.toks = TitleCase.withCuesRead(rd.toks, rd.lexicon); // "Sanders Says He Will Stay"
            rd.toks = NameReadings.withNamesRead(rd.toks, rd.lexicon); // "Small, who attended the rally, said"
            rd.inQ = new int[rd.toks.size()];
            rd.covered = new boolean[rd.toks.size()];
            rd.sentenceSpeaker = null;
            for (int i = 0; i < rd.toks.size(); i++) {
                rd.inQ[i] = rd.regionAt(rd.toks.get(i).begin());
            }
            rd.resolver.observeSentence(rd.p, rd.text, rd.toks, s.mentions(), offset -> rd.regionAt(offset) >= 0);
            int foundBefore = rd.found.size();
            if (first) {
                accept(quotes.colonLead());
            }
            for (int c = 0; c < rd.toks.size(); c++) {
                if (rd.isCandidateCue(c)) {
                    accept(quotes.trailing(c));
                } else if (quotes.misreadOpeningCue(c)) {
                    accept(quotes.invertedOpening(c));
                }
            }
            for (int c = 0; c < rd.toks.size(); c++) {
                if (rd.covered[c] || rd.inQ[c] >= 0) {
                    continue;
                }
                if (speech.isAccordingTo(c)) {
                    accept(speech.accordingTo(c));
                } else if (speech.isInSurvey(c)) {
                    accept(speech.inSurvey(c));
                } else if (speech.isNominalCue(c)) {
                    accept(speech.nominalCue(c));
                } else if (speech.impersonalComplement(c) >= 0) {
                    // "The House is expected to pass the bill": no one says so, and the cues and quotations in it
                    // ("Trump reportedly wants a boxer", "a bill that critics say …") are still read
                    accept(speech.impersonal(c), false);
                } else if (rd.isCandidateCue(c) && !rd.namesAThing(c)) {
                    Attribution a = speech.participle(c);
                    if (a == null) {
                        a = speech.askedOpening(c);
                    }
                    if (a == null) {
                        a = speech.passiveQuestion(c);
                    }
                    if (a == null) {
                        a = speech.openingParticiple(c);
                    }
                    accept(a != null ? a : speech.subject(c));
                }
            }
            if (rd.found.size() == foundBefore) {
                accept(speech.colonIntroduction()); // "Mr Gunness disagreed with the minister:" and a quotation
            }
        }

        /**
         * The quotations that lie wholly in a content's pieces: the content itself, or a quoted phrase of a reported
         * content ('said “this will be a challenge” for the party'), which is then no quotation of its own, unless
         * an attribution of its own follows it.
         */
        private Set<Integer> groupsWithin(List<Span> content, int cueOffset) {
            Set<Integer> inside = new HashSet<>();
            Set<Integer> outside = new HashSet<>();
            for (QuotedRegion r : rd.regions) {
                boolean whole = false;
                boolean within = false;
                for (Span piece : content) {
                    whole |= piece.paragraph() == r.paragraph() && piece.start() == r.start() && piece.end() == r.end();
                    within |= piece.paragraph() == r.paragraph() && piece.start() <= r.start() + 1
                            && r.end() - 1 <= piece.end();
                }
                // 'said he was busy: “I have no time,” he wrote.' keeps its quotation for the attribution after it
                boolean kept = whole || within && !(r.paragraph() == rd.p && cueOffset < r.start()
                        && rd.attributedAfter(r));
                (kept ? inside : outside).add(r.group());
            }
            inside.removeAll(outside);
            return inside;
        }

        private void accept(Attribution a) {
            accept(a, true);
        }

        /**
         * Keeps an attribution; when coverContent is set, its content's words are read for no other cue and its
         * quotations are given to no one else.
         */
        private void accept(Attribution a, boolean coverContent) {
            if (a == null || bounds.isLonePronoun(a.content()) || bounds.isOnlyTime(a.content())
                    || bounds.isAdverbialOnly(a.content(), a.direct())) {
                return;
            }
            if (coverContent) {
                rd.usedGroups.addAll(groupsWithin(a.content(), rd.toks.get(a.cueIndex()).begin()));
            }
            for (Span piece : a.content()) {
                if (coverContent && piece.paragraph() == rd.p) {
                    for (int i = 0; i < rd.toks.size(); i++) {
                        if (rd.toks.get(i).begin() >= piece.start() && rd.toks.get(i).end() <= piece.end()) {
                            rd.covered[i] = true;
                        }
                    }
                }
            }
            rd.covered[a.cueIndex()] = true;
            Speaker sp = a.speaker();
            if (sp.mention() != null && sp.mention().paragraph() == rd.p) {
                for (int i = 0; i < rd.toks.size(); i++) {
                    if (rd.toks.get(i).begin() >= sp.mention().start() && rd.toks.get(i).end() <= sp.mention().end()) {
                        rd.covered[i] = true;
                    }
                }
            }
            if (sp.name() != null || sp.description() != null) {
                rd.sentenceSpeaker = sp; // "Asked whether …, Santorum did not back down, saying": the asker is nobody
            }
            rd.found.add(new FoundQuote(a.content(), rd.textOf(a.content()), sp.name(), sp.description(), sp.mention(),
                    a.cue(), a.direct()));
        }
    }
}

package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds who said what in an article's analysed body paragraphs (tokens with parts of speech and entity
 * tags). Patterns, per sentence, in this order:
 * <ol>
 *   <li>trailing attribution: {@code "…," she said.} / {@code …, X said.} / {@code "…," said X, a spokeswoman.},
 *       with the quote it closes (which may start sentences or paragraphs earlier) and, when the attribution
 *       breaks a quote ({@code "It is," she said, "unacceptable."}), the part after it;</li>
 *   <li>{@code according to X, …} and {@code …, according to X};</li>
 *   <li>a subject before a cue verb: {@code X said (that) …}, {@code X told reporters …},
 *       {@code X said in a statement: "…"}, stance verbs ({@code X believes that …}) with a clause after them;
 *       a participle after a comma ({@code …, adding that …}) goes to the sentence's speaker;</li>
 *   <li>quotations left over (four words or more, or a whole sentence) go to the latest speaker of the
 *       last two paragraphs, without a cue.</li>
 * </ol>
 * Speakers are resolved across the article by {@link SpeakerResolver}. Stateless between calls and
 * thread-safe.
 */
public final class QuoteFinder {
    private static final Set<String> TELL = Set.of("tell", "inform", "assure", "remind", "warn", "urge", "ask",
            "advise", "brief", "promise", "thank", "accuse");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "at", "during", "before",
            "after", "to", "with", "via", "through", "from", "over", "late", "earlier", "last", "this");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re");
    private static final Set<String> BOUNDARY = Set.of(",", "--", "\u2014", "\u2013", "''", "\u201D", "\"",
            "-RRB-", ")", ";");
    private static final Set<String> SEPARATORS = Set.of(",", ";", "--", "\u2014", "\u2013", "\u2015");
    private static final int MIN_LEFTOVER_WORDS = 4;

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
        return new Run(paragraphs).find();
    }

    private record Attribution(List<Span> content, Speaker speaker, String cue, boolean direct, int cueIndex) {
    }

    /** The state of one call: one article. */
    private final class Run {
        private final List<NlpParagraph> paragraphs;
        private final List<QuotedRegion> regions;
        private final Set<Integer> usedGroups = new HashSet<>();
        private final SpeakerResolver resolver = new SpeakerResolver();
        private final List<FoundQuote> found = new ArrayList<>();

        // the sentence being read
        private int p;
        private String text;
        private List<NlpToken> toks;
        private int[] inQ;
        private boolean[] covered;
        private Speaker sentenceSpeaker;

        Run(List<NlpParagraph> paragraphs) {
            this.paragraphs = List.copyOf(paragraphs);
            List<String> texts = new ArrayList<>();
            for (NlpParagraph para : paragraphs) {
                texts.add(para.text());
            }
            this.regions = QuoteMarkScanner.scan(texts);
        }

        List<FoundQuote> find() {
            for (p = 0; p < paragraphs.size(); p++) {
                text = paragraphs.get(p).text();
                for (NlpSentence s : paragraphs.get(p).sentences()) {
                    readSentence(s);
                }
            }
            leftovers();
            found.sort(Comparator.comparingInt((FoundQuote q) -> q.first().paragraph())
                    .thenComparingInt(q -> q.first().start()));
            return List.copyOf(found);
        }

        private void readSentence(NlpSentence s) {
            toks = s.tokens();
            if (toks.isEmpty()) {
                return;
            }
            inQ = new int[toks.size()];
            covered = new boolean[toks.size()];
            sentenceSpeaker = null;
            for (int i = 0; i < toks.size(); i++) {
                inQ[i] = regionAt(toks.get(i).begin());
            }
            resolver.observeSentence(p, text, toks, s.mentions());
            if (s == paragraphs.get(p).sentences().get(0)) {
                accept(colonLead());
            }
            for (int c = 0; c < toks.size(); c++) {
                if (isCandidateCue(c)) {
                    accept(trailing(c));
                }
            }
            for (int c = 0; c < toks.size(); c++) {
                if (covered[c] || inQ[c] >= 0) {
                    continue;
                }
                if (isAccordingTo(c)) {
                    accept(accordingTo(c));
                } else if (isCandidateCue(c)) {
                    Attribution a = participle(c);
                    accept(a != null ? a : subject(c));
                }
            }
        }

        private void accept(Attribution a) {
            if (a == null || isLonePronoun(a.content())) {
                return;
            }
            for (Span piece : a.content()) {
                QuotedRegion r = regionCovering(piece);
                if (r != null) {
                    usedGroups.add(r.group());
                }
                if (piece.paragraph() == p) {
                    for (int i = 0; i < toks.size(); i++) {
                        if (toks.get(i).begin() >= piece.start() && toks.get(i).end() <= piece.end()) {
                            covered[i] = true;
                        }
                    }
                }
            }
            covered[a.cueIndex()] = true;
            Speaker sp = a.speaker();
            if (sp.mention() != null && sp.mention().paragraph() == p) {
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).begin() >= sp.mention().start() && toks.get(i).end() <= sp.mention().end()) {
                        covered[i] = true;
                    }
                }
            }
            sentenceSpeaker = sp;
            found.add(new FoundQuote(a.content(), textOf(a.content()), sp.name(), sp.description(), sp.mention(),
                    a.cue(), a.direct()));
        }

        /** "cited it", "write it": a content that is one pronoun says nothing a reader can use. */
        private boolean isLonePronoun(List<Span> content) {
            if (content.size() != 1) {
                return false;
            }
            Span c = content.get(0);
            String t = paragraphs.get(c.paragraph()).text().substring(c.start(), c.end()).strip();
            return SpeakerResolver.isPronoun(t.toLowerCase(Locale.ROOT)) || t.equalsIgnoreCase("this")
                    || t.equalsIgnoreCase("that");
        }

        // ---- pattern 1: trailing attribution ----

        private Attribution trailing(int c) {
            if (covered[c] || isPassive(c) || isVbg(c)) {
                return null;
            }
            int[] left = leftNp(c);
            Speaker speaker = null;
            int boundary;
            int after;
            if (left != null && left[0] > 0 && isBoundary(left[0] - 1)) {
                boundary = left[0] - 1;
                after = c + 1;
                if (TELL.contains(lemma(c))) {
                    int[] addressee = rightNp(after);
                    if (addressee != null) {
                        after = addressee[1];
                    }
                }
                if (!restIsAdverbial(after) || !adverbialStart(after)) {
                    return null;
                }
                speaker = speakerFor(left);
            } else if (c > 0 && isBoundary(c - 1)) {
                int[] right = rightNp(c + 1);
                if (right == null || SpeakerResolver.isObjectPronoun(toks.get(right[0]).word())
                        || namesDocument(right[0], right[1])) {
                    return null; // "…, described her as", "…, posted a message": no speaker after the cue
                }
                int end = right[1];
                List<NlpToken> appositive = null;
                if (end + 1 < toks.size() && toks.get(end).word().equals(",")) {
                    int[] app = rightNp(end + 1);
                    if (app != null && (app[1] >= lastWord() + 1 || toks.get(app[1]).word().equals(","))) {
                        appositive = toks.subList(app[0], app[1]);
                        end = app[1];
                    }
                }
                if (!restIsAdverbial(end)) {
                    return null;
                }
                boundary = c - 1;
                after = end;
                speaker = resolver.resolve(p, text, toks.subList(right[0], right[1]), appositive);
            } else {
                return null;
            }
            List<Span> content = new ArrayList<>();
            boolean direct;
            QuotedRegion closed = regionEndingBefore(toks.get(boundary).begin() + 1);
            if (closed != null && !usedGroups.contains(closed.group())) {
                content.addAll(group(closed.group()));
                direct = true;
            } else if (closed != null) {
                return null;
            } else {
                int first = 0;
                if (boundary - first < 3 || !hasFiniteVerb(first, boundary - 1)) {
                    return null;
                }
                content.add(new Span(p, toks.get(first).begin(), toks.get(boundary - 1).end()));
                direct = false;
            }
            QuotedRegion next = regionStartingAfter(after);
            if (next != null && !usedGroups.contains(next.group()) && next.group() != groupOf(content)) {
                content.addAll(group(next.group()));
            }
            return new Attribution(content, speaker, toks.get(c).word(), direct, c);
        }

        /** Whether token i ends the clause or starts an adverbial ("in a statement", "on Tuesday"). */
        private boolean adverbialStart(int i) {
            if (i >= toks.size() || i > lastWord()) {
                return true;
            }
            NlpToken t = toks.get(i);
            String tag = t.tag();
            return t.word().equals(",") || isOpeningMark(i) || inQ[i] >= 0 || "IN".equals(tag) || "TO".equals(tag)
                    || "RB".equals(tag) || "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || tag == null;
        }

        /** Whether everything from token i to the sentence end is adverbial: no verb, no new clause. */
        private boolean restIsAdverbial(int i) {
            for (int k = i; k < toks.size(); k++) {
                NlpToken t = toks.get(k);
                if (inQ[k] >= 0 || isOpeningMark(k)) {
                    return toks.get(k - 1).word().equals(",") || toks.get(k - 1).word().equals(":")
                            || isOpeningMark(k);
                }
                if (t.word().equals(",") || t.word().equals(";")) {
                    return true; // what follows is another clause: "…, adding that …", "…, who …"
                }
                String tag = t.tag();
                if (tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
                        || tag.equals("VB") || tag.equals("MD"))) {
                    return false;
                }
                if (t.word().equalsIgnoreCase("that")) {
                    return false;
                }
            }
            return true;
        }

        // ---- pattern 1b: a name and a colon ----

        /**
         * "PENCE: Well, look, …" (a transcript) and "Trump: Cruz Has a Long Way to Go" (a headline): a
         * paragraph that opens with a short proper name, then a colon; the rest of the paragraph is the
         * content.
         */
        private Attribution colonLead() {
            int first = firstWordIndex();
            int colon = -1;
            for (int k = first; k < toks.size() && k - first <= 6; k++) {
                if (isColon(k)) {
                    colon = k;
                    break;
                }
            }
            if (colon <= first || inQ[first] >= 0) {
                return null;
            }
            boolean named = false;
            for (int k = first; k < colon; k++) {
                NlpToken t = toks.get(k);
                String ner = t.ner() == null ? "O" : t.ner();
                boolean proper = "NNP".equals(t.tag()) || "NNPS".equals(t.tag()) || isAllCaps(t.word());
                if (!proper && !"POS".equals(t.tag())) {
                    return null;
                }
                if (isTimeWord(k) || "NUMBER".equals(ner) || "LOCATION".equals(ner) || "CITY".equals(ner)
                        || "COUNTRY".equals(ner) || "STATE_OR_PROVINCE".equals(ner)) {
                    return null;
                }
                named |= "PERSON".equals(ner) || "ORGANIZATION".equals(ner)
                        || (isAllCaps(t.word()) && t.word().length() >= 3);
            }
            int start = colon + 1;
            while (start < toks.size() && isPunctToken(start) && !isOpeningMark(start)) {
                start++;
            }
            String rest = text.substring(toks.get(colon).end()).strip();
            if (!named || start >= toks.size() || rest.split("\\s+").length < 3) {
                return null;
            }
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            Span content = new Span(p, toks.get(start).begin(), end);
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && r.start() >= content.start() && r.end() <= content.end()) {
                    usedGroups.add(r.group());
                }
            }
            Speaker speaker = resolver.resolve(p, text, toks.subList(first, colon));
            return new Attribution(List.of(content), speaker, ":", quotedShare(content) > 0.6, colon);
        }

        private boolean isAllCaps(String w) {
            boolean letter = false;
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letter |= Character.isLetter(ch);
            }
            return letter;
        }

        // ---- pattern 2: according to ----

        private boolean isAccordingTo(int c) {
            return toks.get(c).word().equalsIgnoreCase("according") && c + 1 < toks.size()
                    && toks.get(c + 1).word().equalsIgnoreCase("to");
        }

        private Attribution accordingTo(int c) {
            int[] np = rightNp(c + 2);
            if (np == null) {
                return null;
            }
            Speaker speaker = resolver.resolve(p, text, toks.subList(np[0], np[1]));
            int last = lastWord();
            Span content;
            if (c <= 1 || firstWordIndex() >= c) {
                int start = np[1];
                while (start <= last && (toks.get(start).word().equals(",") || isPunctToken(start))) {
                    start++;
                }
                if (start > last) {
                    return null;
                }
                content = new Span(p, toks.get(start).begin(), toks.get(last).end());
            } else {
                int end = c - 1;
                while (end > 0 && isPunctToken(end)) {
                    end--;
                }
                content = new Span(p, toks.get(firstWordIndex()).begin(), toks.get(end).end());
            }
            return new Attribution(List.of(content), speaker, "according to", quotedShare(content) > 0.6, c);
        }

        // ---- pattern 3: subject + cue ----

        private Attribution participle(int c) {
            boolean coordinated = c > 0 && "CC".equals(toks.get(c - 1).tag()) && sentenceSpeaker != null
                    && !isVbg(c) && !"VBN".equals(toks.get(c).tag());
            if (!coordinated && (!isVbg(c) || c == 0 || !toks.get(c - 1).word().equals(","))) {
                return null;
            }
            Speaker speaker = sentenceSpeaker;
            if (speaker == null) {
                int[] subject = leadingNp();
                if (subject == null || subject[1] >= c) {
                    return null;
                }
                speaker = speakerFor(subject);
            }
            return contentAfter(c, new Speaker(speaker.name(), speaker.description(), null));
        }

        private Attribution subject(int c) {
            if (isPassive(c) || isVbg(c)) {
                return null;
            }
            int[] left = leftNp(c);
            if (left == null) {
                return null;
            }
            return contentAfter(c, null, left);
        }

        private Attribution contentAfter(int c, Speaker speaker) {
            return contentAfter(c, speaker, null);
        }

        private Attribution contentAfter(int c, Speaker known, int[] left) {
            CueLexicon.Kind kind = lexicon.kind(toks.get(c).word(), toks.get(c).lemma());
            int x = c + 1;
            int cueEnd = c;
            if (TELL.contains(lemma(c))) {
                int[] addressee = rightNp(x);
                if (addressee != null) {
                    x = addressee[1];
                    cueEnd = x - 1;
                }
            }
            int skipped = skipAdverbials(x);
            if (skipped < toks.size() && skipped > x && (isThat(skipped) || isColon(skipped)
                    || toks.get(skipped).word().equals(",") || isOpeningMark(skipped) || inQ[skipped] >= 0)) {
                x = skipped;
                cueEnd = x - 1;
            }
            boolean that = x < toks.size() && isThat(x);
            if (kind == CueLexicon.Kind.STANCE) {
                boolean to = x < toks.size() && "TO".equals(toks.get(x).tag());
                if (!that && !to && !clauseFollows(x)) {
                    return null;
                }
            }
            while (x < toks.size() && (isThat(x) || isColon(x) || toks.get(x).word().equals(","))) {
                x++;
            }
            int last = lastWord();
            List<Span> content = new ArrayList<>();
            boolean direct;
            QuotedRegion opening = x < toks.size() ? regionStartingAt(x) : null;
            if (x > last && x > 0 && isColon(x - 1)) {
                QuotedRegion next = nextRegionAfter(p, toks.get(x - 1).end());
                if (next == null || usedGroups.contains(next.group())) {
                    return null;
                }
                content.addAll(group(next.group()));
                direct = true;
            } else if (x > last) {
                return null;
            } else if (opening != null && !usedGroups.contains(opening.group())
                    && opening.end() + 3 >= toks.get(last).end()) {
                content.addAll(group(opening.group()));
                direct = true;
            } else {
                last = clauseEnd(x, last);
                if (last - x < 0 || (last == x && inQ[x] < 0 && !NounPhrases.isNounish(toks.get(x)))) {
                    return null;
                }
                int end = toks.get(last).end();
                QuotedRegion straddling = regionAt(end - 1) >= 0 ? regions.get(regionAt(end - 1)) : null;
                Span main = new Span(p, toks.get(x).begin(), straddling != null && straddling.end() > end
                        ? straddling.end() : end);
                content.add(main);
                if (straddling != null && !straddling.closed()) {
                    for (Span s : group(straddling.group())) {
                        if (s.paragraph() > p) {
                            content.add(s);
                        }
                    }
                }
                direct = quotedShare(main) > 0.6;
            }
            Speaker speaker = known != null ? known : speakerFor(left);
            String cue = text.substring(toks.get(c).begin(), toks.get(cueEnd).end());
            return new Attribution(content, speaker, cue, direct, c);
        }

        /** Whether tokens a..b (inclusive) hold a finite verb outside quotations. */
        private boolean hasFiniteVerb(int a, int b) {
            for (int k = a; k <= b && k < toks.size(); k++) {
                String tag = toks.get(k).tag();
                if (tag == null) {
                    return true; // untagged text: no way to tell, keep the whole clause
                }
                if (inQ[k] < 0 && ("VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || "MD".equals(tag))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a clause without "that" starts at x: a subject, then a finite verb within a few words. */
        private boolean clauseFollows(int x) {
            if (x >= toks.size() || !(NounPhrases.isNounish(toks.get(x)) || NounPhrases.isDeterminer(toks.get(x)))) {
                return false;
            }
            for (int k = x + 1; k < toks.size() && k <= x + 6; k++) {
                String tag = toks.get(k).tag();
                if ("VBZ".equals(tag) || "VBD".equals(tag) || "VBP".equals(tag) || "MD".equals(tag)) {
                    return true;
                }
                if (!NounPhrases.isNpToken(toks, k)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The last content token: before ", which", ", when", ", and VERB", "and VERB" (another predicate of the
         * speaker), or before a separator that opens a new attribution ("— and he noted that").
         */
        private int clauseEnd(int x, int last) {
            for (int k = x + 1; k < last; k++) {
                if (inQ[k] >= 0) {
                    continue;
                }
                String w = toks.get(k).word().toLowerCase(Locale.ROOT);
                if (SEPARATORS.contains(w) && opensAttribution(k + 1, last)) {
                    int end = k - 1;
                    while (end > x && isPunctToken(end)) {
                        end--;
                    }
                    return end;
                }
                String nextTag = toks.get(k + 1).tag();
                boolean finiteNext = "VBD".equals(nextTag) || "VBZ".equals(nextTag);
                if ((w.equals("and") || w.equals("but")) && finiteNext) {
                    int end = k - 1;
                    while (end > x && (toks.get(end).word().equals(",") || isPunctToken(end))) {
                        end--;
                    }
                    return end;
                }
                if (w.equals(",") && (Set.of("which", "when", "where", "who").contains(
                        toks.get(k + 1).word().toLowerCase(Locale.ROOT))
                        || (isVbg(k + 1) && isCandidateCue(k + 1)))) {
                    return k - 1;
                }
            }
            return last;
        }

        /** Whether tokens from k start "(and) SUBJECT CUE": a new attribution after a separator. */
        private boolean opensAttribution(int k, int last) {
            int i = k;
            if (i <= last && "CC".equals(toks.get(i).tag())) {
                i++;
            }
            int j = i;
            while (j <= last && inQ[j] < 0 && NounPhrases.isNpToken(toks, j) && j - i < 6) {
                j++;
            }
            while (j <= last && NounPhrases.isAuxOrAdverb(toks.get(j))) {
                j++;
            }
            return j > i && j <= last && isCandidateCue(j) && !"VBG".equals(toks.get(j).tag())
                    && !"VBN".equals(toks.get(j).tag());
        }

        private int skipAdverbials(int x) {
            int k = x;
            while (k < toks.size() && inQ[k] < 0) {
                String w = toks.get(k).word().toLowerCase(Locale.ROOT);
                String tag = toks.get(k).tag();
                if (ADVERBIAL_PREPOSITIONS.contains(w) || "RB".equals(tag) || "DATE".equals(toks.get(k).ner())
                        || "TIME".equals(toks.get(k).ner())) {
                    k++;
                    while (k < toks.size() && inQ[k] < 0 && NounPhrases.isNpToken(toks, k) && !isThat(k)) {
                        k++;
                    }
                } else {
                    break;
                }
            }
            return k;
        }

        // ---- noun phrases around the cue ----

        /** The noun phrase ending before cue c (auxiliaries and adverbs skipped): [start, end, appStart, appEnd]. */
        private int[] leftNp(int c) {
            int j = c - 1;
            while (j >= 0 && inQ[j] < 0 && NounPhrases.isAuxOrAdverb(toks.get(j))) {
                j--;
            }
            if (j >= 0 && inQ[j] < 0 && isTimeWord(j)) {
                // "The Times on Saturday wrote", "Clinton last week said"
                int k = j;
                while (k >= 0 && inQ[k] < 0 && (isTimeWord(k) || NounPhrases.isDeterminer(toks.get(k)))) {
                    k--;
                }
                if (k >= 0 && "IN".equals(toks.get(k).tag())) {
                    k--;
                }
                while (k >= 0 && inQ[k] < 0 && NounPhrases.isAuxOrAdverb(toks.get(k))) {
                    k--;
                }
                if (k >= 0 && k < j && NounPhrases.isNounish(toks.get(k)) && !isTimeWord(k)) {
                    j = k;
                }
            }
            if (j >= 0 && toks.get(j).word().equals(",") && j == c - 1) {
                // "Jane Doe, a spokeswoman for the ministry, said"
                int[] app = npEndingAt(j - 1);
                if (app != null && app[0] >= 2 && toks.get(app[0] - 1).word().equals(",")) {
                    int[] name = npEndingAt(app[0] - 2);
                    if (name != null) {
                        return new int[] {name[0], name[1], app[0], app[1]};
                    }
                }
                return longAppositiveSubject(j);
            }
            if (j >= 1 && isRelativePronoun(j) && toks.get(j - 1).word().equals(",")) {
                // "…, Jane Doe, who said": the relative pronoun is the mention, its antecedent the speaker
                for (int k = c + 2; k < toks.size(); k++) {
                    String tag = toks.get(k).tag();
                    if (inQ[k] < 0 && toks.get(k - 1).word().equals(",") && isCandidateCue(k)
                            && ("VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag))) {
                        return null; // "Jane Doe, who had defended him, said …": the main cue comes later
                    }
                }
                int[] antecedent = npEndingAt(j - 2);
                return antecedent == null ? null : new int[] {antecedent[0], antecedent[1], -1, -1, j};
            }
            int[] np = npEndingAt(j);
            return np == null ? null : new int[] {np[0], np[1], -1, -1};
        }

        /**
         * "Jane Doe, director of the institute at the university, said" and "Jane Doe, who served as ambassador
         * until 2015, said": a name at the start of the clause, then a comma-enclosed appositive or relative
         * clause of any length (no quotation in it) ending at the comma before the cue.
         */
        private int[] longAppositiveSubject(int comma) {
            int[] nearest = null;
            for (int m = comma - 2; m >= 1 && comma - m <= 40; m--) {
                if (inQ[m] >= 0 || isOpeningMark(m)) {
                    break;
                }
                if (!toks.get(m).word().equals(",")) {
                    continue;
                }
                int[] name = npEndingAt(m - 1);
                if (name == null || !startsClause(name[0]) || !NounPhrases.isNounish(toks.get(m - 1))) {
                    continue;
                }
                boolean relative = isRelativePronoun(m + 1);
                NlpToken first = toks.get(m + 1);
                boolean appositive = NounPhrases.isDeterminer(first) || NounPhrases.isNounish(first)
                        || "JJ".equals(first.tag()) || "NNP".equals(first.tag());
                if (!relative && !appositive) {
                    continue;
                }
                if (!relative && finiteVerbOutsideRelative(m + 1, comma - 1)) {
                    continue;
                }
                int[] found = relative ? new int[] {name[0], name[1], -1, -1}
                        : new int[] {name[0], name[1], m + 1, comma};
                if (name[0] <= firstWordIndex()) {
                    return found; // the clause's own subject: "Jane Doe, 59, of Ashton, Md., who …, said"
                }
                if (nearest == null && !SpeakerResolver.isPlace(toks.subList(name[0], name[1]))) {
                    nearest = found;
                }
            }
            return nearest;
        }

        /** Whether a finite verb stands in a..b before any "who", "which" or "that" opens a clause. */
        private boolean finiteVerbOutsideRelative(int a, int b) {
            for (int k = a; k <= b; k++) {
                if (isRelativePronoun(k) || toks.get(k).word().equalsIgnoreCase("that")) {
                    return false;
                }
                String tag = toks.get(k).tag();
                if ("VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || "MD".equals(tag)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a subject can start at token i: the sentence start, after a conjunction or an opening phrase. */
        private boolean startsClause(int i) {
            if (i <= firstWordIndex()) {
                return true;
            }
            NlpToken prev = toks.get(i - 1);
            if ("CC".equals(prev.tag()) || prev.word().equalsIgnoreCase("that")) {
                return true;
            }
            return prev.word().equals(",") && !hasFiniteVerb(firstWordIndex(), i - 1);
        }

        /** Whether a common noun naming a document ("memo", "message") stands in tokens a..b-1. */
        private boolean namesDocument(int a, int b) {
            for (int k = a; k < b; k++) {
                String tag = toks.get(k).tag();
                if (("NN".equals(tag) || "NNS".equals(tag))
                        && SpeakerResolver.DOCUMENTS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isRelativePronoun(int i) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            return inQ[i] < 0 && (w.equals("who") || w.equals("which"));
        }

        private int[] npEndingAt(int j) {
            if (j < 0 || inQ[j] >= 0 || !NounPhrases.isNounish(toks.get(j)) || isTimeWord(j)) {
                return null;
            }
            int end = j + 1;
            int start = j;
            if ("PRP".equals(toks.get(j).tag())) {
                return new int[] {j, end}; // "a request it refused": the pronoun alone
            }
            while (start > 0 && inQ[start - 1] < 0 && end - start < 12) {
                NlpToken t = toks.get(start);
                NlpToken prev = toks.get(start - 1);
                if (("DT".equals(t.tag()) || "PRP$".equals(t.tag())) && !"PDT".equals(prev.tag())
                        && !NounPhrases.isLink(prev)) {
                    break; // a determiner opens the phrase: "a claim the opposition" is two
                }
                if (NounPhrases.isNpToken(toks, start - 1)) {
                    start--;
                } else if ("VBN".equals(prev.tag()) && start >= 2 && "DT".equals(toks.get(start - 2).tag())) {
                    start -= 2; // "a leaked internal memo"
                    break;
                } else {
                    break;
                }
            }
            while (start < end && !NounPhrases.isNounish(toks.get(start))
                    && !NounPhrases.isDeterminer(toks.get(start)) && !"JJ".equals(toks.get(start).tag())) {
                start++;
            }
            return start < end ? new int[] {start, end} : null;
        }

        /** The noun phrase starting at token i: [start, end), or null. */
        private int[] rightNp(int i) {
            int k = i;
            boolean sawNoun = false;
            while (k < toks.size() && inQ[k] < 0 && !isOpeningMark(k) && NounPhrases.isNpToken(toks, k)
                    && !isThat(k)) {
                NlpToken t = toks.get(k);
                boolean afterLink = k > i && Set.of("of", "for", "at", "from", "and").contains(
                        toks.get(k - 1).word().toLowerCase(Locale.ROOT));
                if (sawNoun && !afterLink && NounPhrases.isDeterminer(t) && !"CD".equals(t.tag())) {
                    break; // "told reporters the …": a second phrase starts
                }
                if (sawNoun && "PRP".equals(t.tag())) {
                    break;
                }
                sawNoun |= NounPhrases.isNounish(t);
                k++;
                if (sawNoun && "PRP".equals(t.tag())) {
                    break;
                }
            }
            while (k > i && !NounPhrases.isNounish(toks.get(k - 1))) {
                k--;
            }
            boolean onlyTime = true;
            for (int m = i; m < k; m++) {
                onlyTime &= isTimeWord(m) || NounPhrases.isDeterminer(toks.get(m));
            }
            return k > i && !onlyTime ? new int[] {i, k} : null;
        }

        private int[] leadingNp() {
            int k = firstWordIndex();
            int[] np = rightNp(k);
            return np == null ? null : new int[] {np[0], np[1], -1, -1};
        }

        private Speaker speakerFor(int[] np) {
            List<NlpToken> app = np[2] >= 0 ? toks.subList(np[2], np[3]) : null;
            Speaker s = resolver.resolve(p, text, toks.subList(np[0], np[1]), app);
            if (np.length > 4) {
                NlpToken who = toks.get(np[4]);
                return new Speaker(s.name(), s.description(), new Span(p, who.begin(), who.end()));
            }
            return s;
        }

        // ---- token tests ----

        private boolean isCandidateCue(int c) {
            if (covered[c] || inQ[c] >= 0) {
                return false;
            }
            NlpToken t = toks.get(c);
            CueLexicon.Kind kind = lexicon.kind(t.word(), t.lemma());
            if (kind == null || (kind == CueLexicon.Kind.STANCE && !stance)) {
                return false;
            }
            if (c + 1 < toks.size() && "RP".equals(toks.get(c + 1).tag())
                    && Set.of("off", "up", "back", "down", "in").contains(toks.get(c + 1).word().toLowerCase(Locale.ROOT))) {
                return false; // "called off", "held up", "turned down": another verb
            }
            return t.tag() == null || t.tag().startsWith("VB");
        }

        private boolean isPassive(int c) {
            if (!"VBN".equals(toks.get(c).tag())) {
                return false;
            }
            for (int j = c - 1; j >= 0 && j >= c - 3; j--) {
                if (BE.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (!NounPhrases.isAuxOrAdverb(toks.get(j))) {
                    return false;
                }
            }
            return false;
        }

        private boolean isTimeWord(int i) {
            String ner = toks.get(i).ner();
            return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
        }

        /** A participle cue ("…, adding that"); "is telling" (progressive) is finite and not one. */
        private boolean isVbg(int c) {
            if (!"VBG".equals(toks.get(c).tag())) {
                return false;
            }
            int j = c - 1;
            while (j >= 0 && NounPhrases.isAuxOrAdverb(toks.get(j)) && !BE.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
                j--;
            }
            return j < 0 || !BE.contains(toks.get(j).word().toLowerCase(Locale.ROOT));
        }

        private boolean isBoundary(int i) {
            return BOUNDARY.contains(toks.get(i).word()) || isClosingMark(i);
        }

        private boolean isThat(int i) {
            return toks.get(i).word().equalsIgnoreCase("that") && inQ[i] < 0;
        }

        private boolean isColon(int i) {
            return toks.get(i).word().equals(":");
        }

        private boolean isOpeningMark(int i) {
            int end = toks.get(i).end();
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && r.start() == end) {
                    return true;
                }
            }
            return false;
        }

        private boolean isClosingMark(int i) {
            int begin = toks.get(i).begin();
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && r.end() == begin && r.closed()) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPunctToken(int i) {
            return NounPhrases.isPunct(toks.get(i));
        }

        private String lemma(int c) {
            NlpToken t = toks.get(c);
            return (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
        }

        private int lastWord() {
            int k = toks.size() - 1;
            while (k > 0 && isPunctToken(k) && inQ[k] < 0) {
                k--;
            }
            return k;
        }

        private int firstWordIndex() {
            int k = 0;
            while (k < toks.size() - 1 && isPunctToken(k)) {
                k++;
            }
            return k;
        }

        // ---- quotation regions ----

        private int regionAt(int offset) {
            for (int i = 0; i < regions.size(); i++) {
                if (regions.get(i).contains(p, offset)) {
                    return i;
                }
            }
            return -1;
        }

        private QuotedRegion regionCovering(Span s) {
            for (QuotedRegion r : regions) {
                if (r.paragraph() == s.paragraph() && r.start() == s.start() && r.end() == s.end()) {
                    return r;
                }
            }
            return null;
        }

        /** The quotation closed just before this offset (only marks and punctuation between). */
        private QuotedRegion regionEndingBefore(int offset) {
            QuotedRegion best = null;
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && r.end() <= offset && onlyPunctuation(r.end(), offset)) {
                    best = r;
                }
            }
            return best;
        }

        private QuotedRegion regionStartingAfter(int tokenIndex) {
            int from = tokenIndex < toks.size() ? toks.get(tokenIndex).begin() : toks.get(toks.size() - 1).end();
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && r.start() >= from && onlyPunctuation(from, r.start())
                        && tokenIndex < toks.size()) {
                    return r;
                }
            }
            return null;
        }

        private QuotedRegion regionStartingAt(int tokenIndex) {
            int begin = toks.get(tokenIndex).begin();
            int end = toks.get(tokenIndex).end();
            for (QuotedRegion r : regions) {
                if (r.paragraph() == p && (r.start() == end || r.start() == begin)) {
                    return r;
                }
            }
            return null;
        }

        private QuotedRegion nextRegionAfter(int paragraph, int offset) {
            for (QuotedRegion r : regions) {
                if ((r.paragraph() == paragraph && r.start() >= offset) || r.paragraph() == paragraph + 1) {
                    if (r.paragraph() == paragraph && !onlyPunctuation(offset, r.start())) {
                        return null;
                    }
                    return r;
                }
                if (r.paragraph() > paragraph + 1) {
                    break;
                }
            }
            return null;
        }

        private boolean onlyPunctuation(int from, int to) {
            for (int i = from; i < to && i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private List<Span> group(int g) {
            List<Span> out = new ArrayList<>();
            for (QuotedRegion r : regions) {
                if (r.group() == g) {
                    out.add(new Span(r.paragraph(), r.start(), r.end()));
                }
            }
            return out;
        }

        private int groupOf(List<Span> content) {
            QuotedRegion r = content.isEmpty() ? null : regionCovering(content.get(0));
            return r == null ? -1 : r.group();
        }

        private double quotedShare(Span s) {
            int quoted = 0;
            for (QuotedRegion r : regions) {
                if (r.paragraph() == s.paragraph()) {
                    quoted += Math.max(0, Math.min(r.end(), s.end()) - Math.max(r.start(), s.start()));
                }
            }
            return s.end() == s.start() ? 0 : quoted / (double) (s.end() - s.start());
        }

        private String textOf(List<Span> content) {
            StringBuilder sb = new StringBuilder();
            for (Span s : content) {
                if (!sb.isEmpty()) {
                    sb.append(" \u2026 ");
                }
                sb.append(paragraphs.get(s.paragraph()).text(), s.start(), s.end());
            }
            return sb.toString().strip();
        }

        // ---- pattern 4: quotations nobody introduced ----

        private void leftovers() {
            Set<Integer> seen = new HashSet<>();
            for (QuotedRegion r : regions) {
                if (usedGroups.contains(r.group()) || !seen.add(r.group())) {
                    continue;
                }
                List<Span> pieces = group(r.group());
                String t = textOf(pieces);
                int words = t.isBlank() ? 0 : t.strip().split("\\s+").length;
                if (!startsSentence(r) || (words < MIN_LEFTOVER_WORDS && !t.matches("(?s).*[.?!]\\W*$"))) {
                    continue; // a partial or scare quote inside a sentence nobody is cited in
                }
                Speaker signed = signature(pieces.get(pieces.size() - 1));
                if (signed != null) {
                    // "“…” ― Maria Lopez": a quotation signed with a dash and a name
                    found.add(new FoundQuote(pieces, t, signed.name(), signed.description(), signed.mention(), null,
                            true));
                    usedGroups.add(r.group());
                    continue;
                }
                int previous = -1;
                for (int i = 0; i < found.size(); i++) {
                    Span f = found.get(i).first();
                    if (before(f, r) && (previous < 0 || before(found.get(previous).first(), f))) {
                        previous = i;
                    }
                }
                FoundQuote prior = previous < 0 ? null : found.get(previous);
                Span last = prior == null ? null : prior.content().get(prior.content().size() - 1);
                if (prior != null && r.paragraph() - last.paragraph() <= 1 && before(last, r)
                        && prior.direct()) {
                    // the quotation goes on after its attribution: "It is," she said. "We will appeal."
                    List<Span> merged = new ArrayList<>(prior.content());
                    merged.addAll(pieces);
                    found.set(previous, new FoundQuote(merged, textOf(merged), prior.speakerName(),
                            prior.speakerDescription(), prior.speakerMention(), prior.cue(), prior.direct()));
                } else if (prior != null && r.paragraph() - last.paragraph() <= 2) {
                    found.add(new FoundQuote(pieces, t, prior.speakerName(), prior.speakerDescription(), null, null,
                            true));
                } else {
                    found.add(new FoundQuote(pieces, t, null, null, null, null, true));
                }
                usedGroups.add(r.group());
            }
        }

        /** The name after a dash that follows this quotation, or null. */
        private Speaker signature(Span last) {
            NlpParagraph para = paragraphs.get(last.paragraph());
            String t = para.text();
            int i = last.end();
            while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || "\u201D\"'\u2019".indexOf(t.charAt(i)) >= 0)) {
                i++;
            }
            if (i >= t.length() || "\u2015\u2014\u2013-".indexOf(t.charAt(i)) < 0) {
                return null;
            }
            List<NlpToken> name = new ArrayList<>();
            for (NlpSentence s : para.sentences()) {
                for (NlpToken tok : s.tokens()) {
                    if (tok.begin() <= i) {
                        continue;
                    }
                    boolean proper = "PERSON".equals(tok.ner()) || "NNP".equals(tok.tag());
                    if (!proper) {
                        return name.isEmpty() ? null : resolver.resolve(last.paragraph(), t, name);
                    }
                    name.add(tok);
                }
            }
            return name.isEmpty() ? null : resolver.resolve(last.paragraph(), t, name);
        }

        private boolean before(Span a, QuotedRegion r) {
            return a.paragraph() < r.paragraph() || (a.paragraph() == r.paragraph() && a.start() < r.start());
        }

        private boolean before(Span a, Span b) {
            return a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.start() < b.start());
        }

        /** Whether only marks and punctuation stand between the start of its sentence and this quotation. */
        private boolean startsSentence(QuotedRegion r) {
            NlpParagraph para = paragraphs.get(r.paragraph());
            String t = para.text();
            int from = 0;
            for (NlpSentence s : para.sentences()) {
                if (s.begin() <= r.start()) {
                    from = s.begin();
                }
            }
            for (int i = from; i < r.start() && i < t.length(); i++) {
                if (Character.isLetterOrDigit(t.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}

package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Attributions anchored on quotation marks or on a speaker written before the content: a trailing attribution
 * ({@code "…," she said.}, {@code …, X said.}, {@code "…," said X, a spokeswoman.}) with the quotation it closes
 * and the part after it; a sentence opening with the cue and its speaker ({@code Added Gibbs: "…"}); a name and
 * a colon opening a paragraph (transcripts, headlines); and quotations
 * nobody introduced, which join the attribution before them, go to a name signed after a dash, or go to the
 * latest speaker.
 */
final class DirectQuotes {
    private static final int MIN_LEFTOVER_WORDS = 4;
    /** Labels that open headlines and paragraphs with a colon without naming a source. */
    private static final Set<String> NON_SOURCES = Set.of("watch", "update", "updated", "breaking", "video",
            "photos", "photo", "live", "exclusive", "analysis", "opinion", "editorial", "note", "correction",
            "related", "read", "listen", "advertisement", "warning", "spoiler", "caption", "credit", "source",
            "sources", "disclosure", "clarification", "editor", "editors", "programming", "tags", "topics", "by",
            "subscribe", "share", "more", "also", "see", "podcast", "quiz", "explainer", "factbox", "timeline",
            "graphic", "map", "chart", "recap", "review", "interview", "transcript", "bottom", "result", "results",
            "summary", "notes", "highlights", "background", "context", "bonus", "takeaway", "takeaways", "details",
            "latest", "developing", "sponsored", "pictured", "headline", "headlines", "contributing", "reporting",
            "keywords", "category", "categories", "filed", "posted", "published");

    private final ArticleReading rd;
    private final SpeakerPhrases phrases;
    private final ContentBoundaries bounds;

    DirectQuotes(ArticleReading rd, SpeakerPhrases phrases, ContentBoundaries bounds) {
        this.rd = rd;
        this.phrases = phrases;
        this.bounds = bounds;
    }

    /**
     * "… said a diplomat who attended the hearing but asked not to be named.": a relative clause on the speaker,
     * running to the end of the sentence, tells who the speaker is, not what was said.
     */
    private boolean isRelativeClauseToTheEnd(int k) {
        if (k >= rd.toks.size() || !"WP".equals(rd.toks.get(k).tag()) && !"WP$".equals(rd.toks.get(k).tag())) {
            return false;
        }
        for (int i = k + 1; i <= rd.lastWord(); i++) {
            if (rd.inQ[i] >= 0 && i >= 2 && rd.inQ[i - 1] < 0
                    && (rd.toks.get(i - 2).word().equals(",") || rd.isColon(i - 2))) {
                return false; // "…, said Lind, who added: “…”": a quotation of its own follows
            }
        }
        return true; // "…, said an official who described the affair as “a lesser set of circumstances.”"
    }

    /** The token after a parenthetical opening at k and closing within 25 tokens, or k when none opens there. */
    private int afterParenthetical(int k) {
        if (k >= rd.toks.size() || rd.inQ[k] >= 0 || !rd.isOpeningParen(k)) {
            return k;
        }
        for (int i = k + 1; i < rd.toks.size() && i - k <= 25 && rd.inQ[i] < 0; i++) {
            if (rd.isClosingParen(i)) {
                return i + 1;
            }
        }
        return k;
    }

    /**
     * '“The risk,” said Edward Leamer, an economist who is the director of the forecast, “is that …”': a relative
     * clause on the speaker that runs to a comma right before the quotation going on. Returns the index of that
     * comma, or -1; -1 too when the clause reports words of its own ("…, said Lind, who added, “…”").
     */
    private int relativeClauseBeforeQuotation(int k) {
        if (k >= rd.toks.size() || !"WP".equals(rd.toks.get(k).tag()) && !"WP$".equals(rd.toks.get(k).tag())) {
            return -1;
        }
        for (int i = k + 1; i + 1 < rd.toks.size() && rd.inQ[i] < 0 && !rd.isOpeningMark(i); i++) {
            if (rd.isCandidateCue(i)) {
                return -1;
            }
            if (rd.toks.get(i).word().equals(",") && rd.isOpeningMark(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether adverbs at k lead into an adjective and a noun, the cue's object ("As the day went on, Trump offered
     * increasingly strident defenses"), or, after a cue that is no speech, into an amount ("Trump holds only 14
     * percent of the vote"; but "told nearly 10,000 supporters", "said almost 20 times" are whom and how often):
     * then the verb has an object, and the clause before it is not what it says. Times are no object ("said just
     * hours before the vote", "said only weeks ago").
     */
    private boolean objectAfterAdverbs(int c, int k) {
        int o = k;
        while (o <= rd.lastWord() && rd.inQ[o] < 0 && "RB".equals(rd.toks.get(o).tag())) {
            o++;
        }
        boolean amount = o <= rd.lastWord() && "CD".equals(rd.toks.get(o).tag())
                && rd.lexicon.kind(rd.toks.get(c).word(), rd.toks.get(c).lemma()) != CueLexicon.Kind.SPEECH;
        if (o == k || o + 1 > rd.lastWord() || rd.inQ[o] >= 0 || rd.inQ[o + 1] >= 0
                || !"JJ".equals(rd.toks.get(o).tag()) && !amount) {
            return false;
        }
        NlpToken noun = rd.toks.get(o + 1);
        return ("NN".equals(noun.tag()) || "NNS".equals(noun.tag())) && !rd.isTimeWord(o + 1)
                && !ContentBoundaries.isTimeUnit(noun.word());
    }

    Attribution trailing(int c) {
        if (rd.covered[c] || rd.isPassive(c) || rd.isVbg(c) || bareParticiple(c)) {
            return null;
        }
        int[] left = phrases.leftNp(c);
        // resolved only once the attribution stands: the resolver remembers whom it resolves
        Supplier<Speaker> speaker;
        int boundary;
        int after;
        boolean inverted = false;
        // "“Are you serious?” she asked.": the splitter ends the sentence inside the marks, so the attribution
        // opens a sentence of its own right after the quotation
        boolean splitOff = rd.opensAfterQuestionOrExclamation();
        // "…, a charge ministers denied.": the claim between the boundary and the speaker stands for the clause
        int lead = left != null && phrases.claimAt(left[0]) ? left[0] - 2 : left != null ? left[0] : -1;
        if (left != null && left.length == 5) {
            // "They were connected by their managers — a pair of aides who have spoken often.": the cue is the
            // relative clause's, and the words before the noun are not what it says
            return null;
        }
        if (left != null && (lead > 0 && rd.isBoundary(lead - 1) || lead == 0 && splitOff)) {
            boundary = lead - 1;
            after = c + 1;
            if (ArticleReading.TELL.contains(rd.lemma(c))) {
                int[] addressee = phrases.rightNp(after);
                if (addressee != null) {
                    after = addressee[1];
                }
                String tag = after + 1 < rd.toks.size() && rd.inQ[after] < 0 ? rd.toks.get(after).tag() : "";
                if (addressee != null && ("VBN".equals(tag) || "VBD".equals(tag)
                        && rd.toks.get(after).word().endsWith("ed")) && "IN".equals(rd.toks.get(after + 1).tag())
                        && !rd.isThat(after + 1)) {
                    after++; // "he told 2,267 people gathered/VBD at Purdue": a participle on whom he told
                }
            }
            boolean afterQuotation = lead >= 1 && rd.isClosingMark(lead - 1)
                    || lead >= 2 && rd.isClosingMark(lead - 2) && rd.toks.get(lead - 1).word().equals(",");
            if (!bounds.restIsAdverbial(after, afterQuotation) || !bounds.adverbialStart(after)
                    || objectAfterAdverbs(c, after)) {
                return null;
            }
            speaker = () -> rd.speakerFor(left);
        } else if ((c > 0 && rd.isBoundary(c - 1) || c == 0 && splitOff) && rd.lexicon.inverts(rd.lemma(c))) {
            int[] right = phrases.rightNp(c + 1);
            if (right == null || SpeakerResolver.isObjectPronoun(rd.toks.get(right[0]).word())
                    || rd.namesDocument(right[0], right[1]) || bounds.pronounAndVerb(right[0], false)
                    || !SpeakerResolver.standsForSomeone(rd.toks.subList(right[0], right[1]))) {
                // "…, described her as", "…, posted a message", "…, reported a use disorder in 2017": no speaker
                // after the cue
                return null;
            }
            int end = right[1];
            List<NlpToken> appositive = null;
            if (end + 1 < rd.toks.size() && rd.toks.get(end).word().equals(",")) {
                int[] app = phrases.appositiveAfterComma(end);
                if (app != null) {
                    appositive = rd.toks.subList(app[0], app[1]);
                    end = app[1];
                }
            }
            end = afterParenthetical(end); // '…,” said Mr. Burman (a view echoed by everyone I interviewed).'
            if (!bounds.restIsAdverbial(end) && !isRelativeClauseToTheEnd(end)) {
                end = relativeClauseBeforeQuotation(end);
                if (end < 0) {
                    return null;
                }
            }
            boundary = c - 1;
            after = end;
            inverted = true;
            List<NlpToken> named = rd.toks.subList(right[0], right[1]);
            List<NlpToken> described = appositive;
            speaker = () -> rd.resolver.resolve(rd.p, rd.text, named, described);
        } else {
            return invertedOpening(c);
        }
        List<Span> content = new ArrayList<>();
        boolean direct;
        QuotedRegion closed = rd.regionEndingBefore(boundary < 0 ? rd.toks.get(0).begin()
                : rd.toks.get(boundary).begin() + 1);
        int clauseStart = closed == null ? -1 : clauseLeadingInto(closed, boundary);
        if (clauseStart >= 0 && !rd.usedGroups.contains(closed.group())) {
            // 'Teachers who meet online are “very, very pro-Bernie,” Kilfoyle said.': the quotation ends a
            // clause that opens before it; the clause is what was said
            int end = rd.isClosingMark(boundary) ? rd.toks.get(boundary).end() : rd.toks.get(boundary - 1).end();
            Span clause = new Span(rd.p, rd.toks.get(clauseStart).begin(), end);
            content.add(clause);
            rd.usedGroups.add(closed.group());
            direct = rd.quotedShare(clause) > 0.6;
        } else if (closed != null && !rd.usedGroups.contains(closed.group())) {
            content.addAll(rd.group(closed.group()));
            direct = true;
        } else if (closed != null) {
            return null;
        } else if ((opensWithSubordinator() || opensWithAQuestion() || hasFiniteCue(0, boundary - 1)
                    || inverted && openingPhraseOnly(boundary)) // "In other words, explained X: “…”"
                // "Although the state has held that …, Lind said about the movement, “…”": of what, then the words
                && (rd.regionStartingAfter(after) != null || quotationAfterAdverbials(after) != null)
                // "In the spring after the scandal broke, Clinton proclaimed at a news conference, “…”"
                || boundary > 0 && opensWithAPreposition() && rd.toks.get(boundary).word().equals(",")
                    && !rd.hasFiniteVerb(boundary + 1, c - 1) && sceneWithAClauseOfItsOwn(boundary - 1)
                    && quotationAfterAdverbials(after) != null) {
            // "After Scotto finished, Grimm said, “…”": the opening clause sets the scene; the quotation is what
            // was said. So too when the words before hold an attribution of their own ("She said …, and when
            // pressed, the mother of three replied, “…”")
            direct = true;
        } else {
            int first = 0;
            if (boundary - first >= 1 && !rd.hasFiniteVerb(first, boundary - 1)
                    && !rd.quotesAClause(first, boundary - 1)) {
                int[] predicate = frontedSubjectsPredicate(boundary, after, c);
                if (predicate == null) {
                    if (!isShortAnswer(first, boundary, after, c)) {
                        return null;
                    }
                    // "Sorry, Sanders said.", "People like Scott, he said.": a short answer without a verb
                    content.add(new Span(rd.p, rd.toks.get(first).begin(), rd.toks.get(boundary - 1).end()));
                    return new Attribution(content, speaker.get(), rd.toks.get(c).word(), false, c);
                }
                // "The contrast with Trump, said Doyle and others, would be clear", "The allure of simplicity, Mr.
                // Furman argued, is largely a chimera": the subject before the attribution, its predicate after it
                int end = predicate[1] + 1 < rd.toks.size() && rd.isClosingMark(predicate[1] + 1)
                        ? predicate[1] + 1 : predicate[1]; // 'was “politically motivated”' keeps its closing mark
                content.add(new Span(rd.p, rd.toks.get(first).begin(), rd.toks.get(boundary - 1).end()));
                content.add(new Span(rd.p, rd.toks.get(predicate[0]).begin(), rd.toks.get(end).end()));
                return new Attribution(content, speaker.get(), rd.toks.get(c).word(), false, c);
            }
            if (boundary - first < 3 || participlePhraseOnly(first, boundary - 1)) {
                return null; // "Standing alongside Huerta, who co-founded the union, Lind accused …": the scene
            }
            // "While the senator spoke, protesters chanted": a clause of time or concession alone is nobody's
            // statement ("After Trump bought the plane he made changes, records show" has a clause of its own
            // after it, and "After the court ruled, Hebert said, most laws were safe" goes on after the
            // attribution)
            boolean sceneClauseOnly = opensWithSceneClause() && !rd.commaBetween(first, boundary)
                    && finiteVerbs(first, boundary - 1) < 2;
            if (left != null && lead < left[0]) {
                first = reportedClauseStart(first, boundary - 1); // "The ministry said he acted alone, a claim …"
            }
            content.add(new Span(rd.p, rd.toks.get(first).begin(), rd.toks.get(boundary - 1).end()));
            direct = false;
            int[] rest = rd.lexicon.kind(rd.toks.get(c).word(), rd.lemma(c)) == CueLexicon.Kind.SPEECH
                    ? bounds.continuation(after, boundary - 1) : null;
            if (rest != null) {
                // "The effects are hard to predict, economists say, because …": the content goes on after its
                // attribution
                content.add(new Span(rd.p, rd.toks.get(rest[0]).begin(), rd.toks.get(rest[1]).end()));
                return new Attribution(content, speaker.get(), rd.toks.get(c).word(), false, c);
            }
            if (sceneClauseOnly) {
                return null;
            }
        }
        QuotedRegion next = rd.regionStartingAfter(after);
        if (next == null) {
            next = quotationEndingTheSentence(after);
        }
        String cue = rd.toks.get(c).word();
        if (next == null && direct && content.isEmpty()) {
            next = quotationAfterAdverbials(after); // "…, Clinton proclaimed at a press conference, “…”"
            if (next != null) {
                // the cue keeps what comes before the quotation, as it does without an opening clause: "said
                // about the plan", "proclaimed at a press conference"
                cue = rd.text.substring(rd.toks.get(c).begin(), rd.toks.get(lastWordBefore(next, c)).end());
            }
        }
        if (next != null && !rd.usedGroups.contains(next.group()) && next.group() != rd.groupOf(content)
                && !rd.attributedAfter(rd.lastOfGroup(next.group()))
                && !rd.attributedLaterInItsSentence(rd.lastOfGroup(next.group()))) {
            content.addAll(rd.group(next.group()));
        }
        if (content.isEmpty()) {
            return null;
        }
        return new Attribution(content, speaker.get(), cue, direct, c);
    }

    /** The last word from cue c on before the comma or colon that sets off quotation r after it. */
    private int lastWordBefore(QuotedRegion r, int c) {
        int k = c;
        while (k + 1 < rd.toks.size() && rd.toks.get(k + 1).begin() < r.start() && !rd.isOpeningMark(k + 1)) {
            k++;
        }
        while (k > c && rd.isPunctToken(k)) {
            k--;
        }
        return k;
    }

    /**
     * "…, an extraction method known as fracking.": a past participle with no "has" or "had" before it describes
     * the noun before it; it reports nothing. Only forms that cannot be a past tense count ("known", "written",
     * "spoken"): the tagger reads many a past tense as a participle ('“…,” Devine added.').
     */
    private boolean bareParticiple(int c) {
        String w = rd.toks.get(c).word().toLowerCase(Locale.ROOT);
        if (!"VBN".equals(rd.toks.get(c).tag()) || !w.endsWith("wn") && !w.endsWith("en")) {
            return false;
        }
        int k = c - 1;
        while (k > 0 && NounPhrases.isAuxOrAdverb(rd.toks.get(k)) && !"have".equals(rd.lemma(k))) {
            k--; // "has also said", "had earlier written"
        }
        return k < 0 || !"have".equals(rd.lemma(k));
    }

    /**
     * Where the clause starts that a quotation closed right before an attribution ends, when words of that
     * clause come before the quotation in its sentence ('The event “was the first time …,” Sexton said'); -1 when
     * the quotation opens the sentence, follows a comma, colon or dash ('In an interview, “…,” she said'), runs
     * over more than one paragraph or sentence, or is given after a speaker of its own.
     */
    private int clauseLeadingInto(QuotedRegion closed, int boundary) {
        if (rd.lastOfGroup(closed.group()) != closed || rd.group(closed.group()).size() > 1) {
            return -1;
        }
        int first = rd.firstWordIndex();
        int open = -1;
        for (int k = first; k < boundary; k++) {
            if (rd.isOpeningMark(k) && rd.regionStartingAt(k) == closed) {
                open = k;
                break;
            }
        }
        // 'Clinton “is the only candidate …,” Newton said': one word, a subject, when the quotation goes on in
        // lower case
        boolean subject = open == first + 1 && rd.toks.get(first).tag() != null // untagged: any capital is "nounish"
                && NounPhrases.isNounish(rd.toks.get(first))
                && closed.start() < rd.text.length() && Character.isLowerCase(rd.text.charAt(closed.start()));
        if (open < first + 2 && !subject) {
            return -1;
        }
        String before = rd.toks.get(open - 1).word();
        if (before.equals(",") || before.equals(":") || before.equals(";")
                || ArticleReading.LONG_DASHES.contains(before) || rd.isOpeningMark(open - 1)) {
            return -1;
        }
        if (hasFiniteCue(first, open - 1)) {
            return -1; // "He told them “…,” she said": a speaker and cue of its own before the quotation
        }
        for (int k = first; k < open; k++) {
            if (rd.inQ[k] >= 0) {
                return -1;
            }
        }
        return first;
    }

    /**
     * Where the clause a cue reports starts, when tokens a..b hold a cue with a clause after it ("The ministry said
     * [that] he acted alone"): the token after the cue (and "that"); else a. The cue itself stays unread, for its own
     * attribution.
     */
    private int reportedClauseStart(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (rd.inQ[k] < 0 && rd.isCandidateCue(k) && NounPhrases.isFinite(rd.toks.get(k))) {
                int start = k + 1;
                if (start < b && rd.isThat(start)) {
                    start++;
                }
                return start < b && rd.hasFiniteVerb(start, b) ? start : a;
            }
        }
        return a;
    }

    /** Whether tokens a..b hold a finite speech cue outside quotations ("She said …", "when Rubio said …"). */
    private boolean hasFiniteCue(int a, int b) {
        for (int k = a; k <= b && k < rd.toks.size(); k++) {
            if (rd.isFiniteSpeechCue(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with the question the speaker was asked ("Asked if he had encouraged violence,
     * Trump replied, “…”", "Pressed on the delay, …"): a participle of asking first.
     */
    private boolean opensWithAQuestion() {
        int first = rd.firstWordIndex();
        NlpToken t = rd.toks.get(first);
        return ("VBN".equals(t.tag()) || "VBD".equals(t.tag())) && rd.inQ[first] < 0
                && (t.word().equalsIgnoreCase("asked") || t.word().equalsIgnoreCase("pressed"));
    }

    /** How many finite verbs tokens a..b hold outside quotations. */
    private int finiteVerbs(int a, int b) {
        int n = 0;
        for (int k = a; k <= b; k++) {
            n += rd.inQ[k] < 0 && NounPhrases.isFinite(rd.toks.get(k)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Words that open a clause setting the scene, of time or concession: "While the senator spoke, …", "Though the
     * White House kept mum, …"; not reason ("Because it was the right thing to do, Lind said" is what was said).
     */
    private static final Set<String> SCENE_OPENERS = ArticleReading.SUBORDINATORS.stream()
            .filter(w -> !w.equals("because")).collect(Collectors.toUnmodifiableSet());

    /** Whether the sentence opens with a word that opens a clause setting the scene. */
    private boolean opensWithSceneClause() {
        return opensWithSubordinator()
                && SCENE_OPENERS.contains(rd.toks.get(rd.firstWordIndex()).word().toLowerCase(Locale.ROOT));
    }

    /**
     * For a sentence that opens with a noun phrase and a comma at {@code boundary} before the cue c, and whose
     * attribution ends at {@code after} with a comma and a finite verb: the predicate of that phrase, [start,
     * last], as {@link ContentBoundaries#continuation} reads it ("The contrast, said Doyle, would be clear");
     * else null.
     */
    private int[] frontedSubjectsPredicate(int boundary, int after, int c) {
        int[] np = phrases.npEndingAt(boundary - 1);
        int[] rest = rd.lexicon.kind(rd.toks.get(c).word(), rd.lemma(c)) == CueLexicon.Kind.SPEECH
                ? bounds.continuation(after, boundary - 1) : null;
        if (np == null || rest == null || !rd.toks.get(rest[0] - 1).word().equals(",")
                || !NounPhrases.isFinite(rd.toks.get(rest[0])) || rd.inQ[rest[0]] >= 0) {
            return null;
        }
        for (int i = 0; i < np[0]; i++) {
            if (NounPhrases.isVerb(rd.toks.get(i)) || rd.inQ[i] >= 0 || rd.toks.get(i).word().equals(",")) {
                return null; // the phrase, perhaps with prepositions, must open the sentence
            }
        }
        return rest;
    }

    /** Cues that report an answer, which may be a few words without a verb. */
    private static final Set<String> ANSWERING = Set.of("say", "reply", "answer", "respond", "add", "tell", "write");

    /**
     * Whether the words from {@code first} to the comma at {@code boundary} are a short answer that a trailing
     * attribution closes ("Sorry, Sanders said.", "People like Scott, he said."): at most six words, opening
     * with no preposition, subordinator or time, and nothing after the attribution but its adverbials.
     */
    private boolean isShortAnswer(int first, int boundary, int after, int c) {
        if (boundary - first > 6 || !ANSWERING.contains(rd.cueLemma(c)) || rd.isTimeWord(first)
                || rd.regionStartingAfter(after) != null || quotationEndingTheSentence(after) != null) {
            return false;
        }
        String tag = rd.toks.get(first).tag();
        if (tag == null || tag.equals("IN") || tag.equals("TO") || tag.startsWith("W") || tag.equals("CC")
                || tag.equals("RB") && boundary - first > 1) {
            return false; // "In Washington, officials said, …", "When asked, he said"
        }
        if (SpeakerResolver.isPersonName(rd.toks.subList(first, boundary))) {
            return false; // "Sam Lau, the director of …, said.": the speaker and a description, after a quotation
        }
        for (int k = first; k < boundary; k++) {
            if (rd.inQ[k] >= 0 || rd.isPunctToken(k) || NounPhrases.isVerb(rd.toks.get(k))) {
                return false;
            }
        }
        for (int k = after; k <= rd.lastWord(); k++) {
            if (rd.isPunctToken(k) || NounPhrases.isVerb(rd.toks.get(k))) {
                return false; // "Acts of protest, Mr. Obama said, are acts of patriotism": the sentence goes on
            }
        }
        return true;
    }

    /**
     * Whether the words before the comma at k are an adverbial phrase, opening with a preposition, an adverb or a
     * conjunction, with no verb and no quotation ("In other words,", "But,"; not "Lind, of the party's office,",
     * a subject).
     */
    private boolean openingPhraseOnly(int k) {
        String tag = rd.toks.get(rd.firstWordIndex()).tag();
        if (!"IN".equals(tag) && !"RB".equals(tag) && !"CC".equals(tag)) { // also "But, said Solovey, “…”"
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (rd.inQ[i] >= 0 || rd.isOpeningMark(i) || NounPhrases.isVerb(rd.toks.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words from first to end are a participle's phrase with no clause of their own: every finite verb
     * in them is in a relative clause set off by a comma ("Standing alongside Dolores Huerta, who co-founded the
     * union, and Dan Peralta"); not "Raising taxes is a mistake", a gerund that is a clause's subject.
     */
    private boolean participlePhraseOnly(int first, int end) {
        String tag = rd.toks.get(first).tag();
        if (!"VBG".equals(tag) && !"VBN".equals(tag) || rd.inQ[first] >= 0) {
            return false;
        }
        boolean relative = false;
        for (int k = first + 1; k <= end; k++) {
            if (rd.inQ[k] >= 0) {
                return false;
            }
            if (rd.toks.get(k).word().equals(",")) {
                relative = k + 1 <= end && rd.isRelativePronoun(k + 1);
            } else if (NounPhrases.isFinite(rd.toks.get(k)) && !relative) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence opens with a preposition ("In the spring …", "At the rally …"), a scene's; not with a
     * word that opens a clause ("If …", "After …", "That …").
     */
    private boolean opensWithAPreposition() {
        NlpToken first = rd.toks.get(rd.firstWordIndex());
        String w = first.word().toLowerCase(Locale.ROOT);
        return "IN".equals(first.tag()) && rd.inQ[rd.firstWordIndex()] < 0 && !w.equals("that")
                && !ArticleReading.CLAUSE_OPENERS.contains(w);
    }

    /**
     * Whether the opening words up to end hold a finite verb, and only in a clause they open with a subordinator or
     * a relative pronoun ("In the spring after the scandal broke"): a scene, not what was said ("Under the plan,
     * taxes would rise" is a statement).
     */
    private boolean sceneWithAClauseOfItsOwn(int end) {
        boolean subordinate = false;
        boolean verb = false;
        for (int k = rd.firstWordIndex(); k <= end; k++) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            String tag = rd.toks.get(k).tag();
            if (k > rd.firstWordIndex() && (ArticleReading.CLAUSE_OPENERS.contains(w) || tag != null
                    && tag.startsWith("W"))) {
                subordinate = true;
            } else if (NounPhrases.isFinite(rd.toks.get(k))) {
                if (!subordinate) {
                    return false;
                }
                verb = true;
            }
        }
        return verb;
    }

    /** Whether the sentence opens with a subordinating word ("After", "When", "As"), not with what was said. */
    private boolean opensWithSubordinator() {
        NlpToken first = rd.toks.get(rd.firstWordIndex());
        return ("IN".equals(first.tag()) || "WRB".equals(first.tag())) && !first.word().equalsIgnoreCase("that")
                && ArticleReading.SUBORDINATORS.contains(first.word().toLowerCase(Locale.ROOT));
    }

    /**
     * '“…,” he said during a speech in San Jose, Calif. “These are …”' and '“…,” he said two days after the
     * attack, “which …”': a quotation that opens after the attribution's adverbial tail, in the same sentence,
     * after a stop or (going on with the sentence in lower case) after a comma; else null.
     */
    private QuotedRegion quotationEndingTheSentence(int from) {
        for (int k = from; k < rd.toks.size(); k++) {
            if (rd.isOpeningMark(k)) {
                String before = k > from ? rd.toks.get(k - 1).word() : "";
                QuotedRegion r = rd.regionStartingAfter(k);
                boolean continues = r != null && r.start() < rd.text.length()
                        && Character.isLowerCase(rd.text.charAt(r.start()));
                return before.endsWith(".") || before.equals(",") && continues ? r : null;
            }
            if (rd.inQ[k] >= 0 || NounPhrases.isFinite(rd.toks.get(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The quotation that ends the sentence after a cue's adverbial tail, set off by a comma or colon ("proclaimed
     * at a press conference, “…”"): no verb and no other quotation before its mark; null when there is none (also
     * for 'said “local forces” must lead', a quoted phrase of a clause, and for a quotation of fewer than three
     * words, a name more often than a statement).
     */
    private QuotedRegion quotationAfterAdverbials(int from) {
        for (int k = from; k < rd.toks.size(); k++) {
            if (rd.isOpeningMark(k)) {
                boolean setOff = k > 0 && (rd.toks.get(k - 1).word().equals(",") || rd.isColon(k - 1));
                QuotedRegion r = setOff ? rd.regionStartingAfter(k) : null;
                // a statement, not a name ("referred to her by a nickname, “Gert.”")
                return r != null && r.end() >= rd.toks.get(rd.lastWord()).begin()
                        && rd.text.substring(r.start(), r.end()).strip().split("\\s+").length >= 3 ? r : null;
            }
            if (rd.inQ[k] >= 0 || NounPhrases.isVerb(rd.toks.get(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether token c is a cue opening the sentence that the tagger read as a name: "Said Dorothy Poynter, …, “…”"
     * ("Said/NNP"). Only the forms of saying that open such sentences; the quotation after the speaker decides.
     */
    boolean misreadOpeningCue(int c) {
        return c == rd.firstWordIndex() && "NNP".equals(rd.toks.get(c).tag()) && rd.inQ[c] < 0 && !rd.covered[c]
                && ArticleReading.OPENING_CUES.contains(rd.toks.get(c).word());
    }

    /**
     * The opening mark after an aside on the speaker that starts at token a (an appositive or a relative clause,
     * no quotation in it) and ends with a comma or colon right before the mark; -1 when there is none.
     */
    private int asideBeforeQuotation(int a) {
        NlpToken first = rd.toks.get(a);
        if (!rd.isRelativePronoun(a) && !NounPhrases.isDeterminer(first) && !NounPhrases.isNounish(first)
                && !"JJ".equals(first.tag())) {
            return -1;
        }
        for (int k = a + 1; k < rd.toks.size() && k - a <= 30; k++) {
            if (rd.isOpeningMark(k)) {
                String before = rd.toks.get(k - 1).word();
                return before.equals(",") || before.equals(":") ? k : -1;
            }
            if (rd.inQ[k] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Added Gibbs: “…”", "Said the mayor, “…”": a sentence that opens with the cue, then the speaker (perhaps
     * with an aside: "Said Dorothy Poynter, who grew up with him, “…”"), then a colon or comma and a quotation;
     * the quotation is the content. Null for any other shape.
     */
    Attribution invertedOpening(int c) {
        NlpToken cue = rd.toks.get(c);
        if (c != rd.firstWordIndex() || !Character.isUpperCase(cue.word().charAt(0))
                || !NounPhrases.isFinite(cue) && !misreadOpeningCue(c)) {
            return null;
        }
        int[] right = phrases.rightNp(c + 1);
        if (right == null || right[1] + 1 >= rd.toks.size() || SpeakerResolver.isObjectPronoun(rd.toks.get(right[0]).word())
                || !(rd.isColon(right[1]) || rd.toks.get(right[1]).word().equals(","))) {
            return null;
        }
        int mark = right[1] + 1;
        List<NlpToken> described = null;
        if (!rd.isOpeningMark(mark) && rd.toks.get(right[1]).word().equals(",")) {
            // "Said Dorothy Poynter, who grew up with him, “…”", "Added Lind, the harbour master: “…”"
            mark = asideBeforeQuotation(right[1] + 1);
            if (mark < 0) {
                return null;
            }
            if (!rd.isRelativePronoun(right[1] + 1)) {
                described = rd.toks.subList(right[1] + 1, mark - 1);
            }
        }
        QuotedRegion q = rd.regionStartingAfter(mark);
        if (q == null || rd.usedGroups.contains(q.group()) || !rd.isOpeningMark(mark)) {
            return null;
        }
        Speaker speaker = rd.resolver.resolve(rd.p, rd.text, rd.toks.subList(right[0], right[1]), described);
        return new Attribution(rd.group(q.group()), speaker, cue.word(), true, c);
    }

    /**
     * "PENCE: Well, look, …" (a transcript) and "Trump: Cruz Has a Long Way to Go" (a headline): a
     * paragraph that opens with a short proper name, then a colon; the rest of the paragraph is the
     * content.
     */
    Attribution colonLead() {
        int first = rd.firstWordIndex();
        int colon = -1;
        for (int k = first; k < rd.toks.size() && k - first <= 6; k++) {
            if (rd.isColon(k)) {
                colon = k;
                break;
            }
        }
        if (colon <= first || rd.inQ[first] >= 0) {
            return null;
        }
        boolean named = false;
        int headEnd = colon;
        for (int k = first + 1; k < colon; k++) {
            String w = rd.toks.get(k).word();
            if ((w.equals("to") || w.equals("on")) && k - first <= 3) {
                headEnd = k; // "Clinton to Planned Parenthood: …", "Lind on the port deal: …" (headlines)
                break;
            }
        }
        String lead = rd.toks.get(first).word();
        if (lead.equalsIgnoreCase("dear")) {
            return null; // "DEAR WORRIED: …", an advice column's salutation: the columnist answers, nobody named
        }
        if (headEnd == first + 1 && NON_SOURCES.contains(lead.toLowerCase(Locale.ROOT))) {
            return null; // "Watch: …", "Update: …": a label, not a source
        }
        if (headEnd == first + 1 && Character.isUpperCase(lead.charAt(0)) && NounPhrases.isNounish(rd.toks.get(first))
                && !rd.isTimeWord(first)) {
            named = true; // "Poll: …", "Historians: …", "Q: …" (interview transcripts)
        }
        for (int k = first; k < headEnd; k++) {
            NlpToken t = rd.toks.get(k);
            String ner = t.ner() == null ? "O" : t.ner();
            boolean proper = "NNP".equals(t.tag()) || "NNPS".equals(t.tag()) || ArticleReading.isAllCaps(t.word())
                    || named && headEnd == first + 1;
            if (!proper && !"POS".equals(t.tag())) {
                return null;
            }
            if (rd.isTimeWord(k) || "NUMBER".equals(ner) || "LOCATION".equals(ner) || "CITY".equals(ner)
                    || "COUNTRY".equals(ner) || "STATE_OR_PROVINCE".equals(ner)) {
                return null;
            }
            named |= "PERSON".equals(ner) || "ORGANIZATION".equals(ner)
                    || (ArticleReading.isAllCaps(t.word()) && t.word().length() >= 3);
        }
        int start = colon + 1;
        while (start < rd.toks.size() && rd.isPunctToken(start) && !rd.isOpeningMark(start)) {
            start++;
        }
        String rest = rd.text.substring(rd.toks.get(colon).end()).strip();
        if (!named || start >= rd.toks.size() || rest.split("\\s+").length < 3
                || rd.inQ[start] < 0 && "VB".equals(rd.toks.get(start).tag()) && !namesSomeone(first, headEnd)) {
            return null; // not "Lakers: Visit the Thunder on Friday.", a schedule's line ("SANDERS: Look, …" speaks)
        }
        int end = rd.text.length();
        while (end > 0 && Character.isWhitespace(rd.text.charAt(end - 1))) {
            end--;
        }
        Span content = new Span(rd.p, rd.toks.get(start).begin(), end);
        for (QuotedRegion r : rd.regions) {
            if (r.paragraph() == rd.p && r.start() >= content.start() && r.end() <= content.end()) {
                rd.usedGroups.add(r.group());
            }
        }
        Speaker speaker = rd.resolver.resolve(rd.p, rd.text, rd.toks.subList(first, headEnd));
        return new Attribution(List.of(content), speaker, ":", rd.quotedShare(content) > 0.6, colon);
    }

    /** Whether tokens a..b-1 hold a person's name or a name in capitals (a transcript's speaker). */
    private boolean namesSomeone(int a, int b) {
        for (int k = a; k < b; k++) {
            if ("PERSON".equals(rd.toks.get(k).ner()) || ArticleReading.isAllCaps(rd.toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    void leftovers() {
        Set<Integer> seen = new HashSet<>();
        for (QuotedRegion r : rd.regions) {
            if (rd.usedGroups.contains(r.group()) || !seen.add(r.group())) {
                continue;
            }
            List<Span> pieces = rd.group(r.group());
            String t = rd.textOf(pieces);
            int words = t.isBlank() ? 0 : t.strip().split("\\s+").length;
            int resumed = startsSentence(r) ? -1 : resumedQuotation(r);
            if (resumed >= 0) {
                // '“Every time you say that,” Tester said, adding that …, “you help the other side.”': the
                // quotation broken off before the attribution goes on
                goOn(resumed, pieces);
                rd.usedGroups.add(r.group());
                continue;
            }
            if (!startsSentence(r) || (words < MIN_LEFTOVER_WORDS && !t.matches("(?s).*[.?!]\\W*$"))) {
                continue; // a partial or scare quote inside a sentence nobody is cited in
            }
            Speaker signed = signature(pieces.get(pieces.size() - 1));
            if (signed != null) {
                // "“…” ― Maria Lopez": a quotation signed with a dash and a name
                rd.found.add(new FoundQuote(pieces, t, signed.name(), signed.description(), signed.mention(), null,
                        true));
                rd.usedGroups.add(r.group());
                continue;
            }
            int previous = -1;
            for (int i = 0; i < rd.found.size(); i++) {
                Span f = rd.found.get(i).first();
                if (rd.found.get(i).sourceless()) {
                    continue; // "The vote is expected to pass": no one whose words go on
                }
                if (before(f, r) && (previous < 0 || before(rd.found.get(previous).first(), f))) {
                    previous = i;
                }
            }
            FoundQuote prior = previous < 0 ? null : rd.found.get(previous);
            Span last = prior == null ? null : prior.last();
            int carrier = continuedFrom(previous, r);
            Span carried = carrier < 0 ? null : rd.found.get(carrier).last();
            if (carrier >= 0 && r.paragraph() - carried.paragraph() <= 1 && before(carried, r)) {
                // the quotation goes on after its attribution: "It is," she said. "We will appeal."
                goOn(carrier, pieces);
            } else if (prior != null && r.paragraph() - last.paragraph() <= 2) {
                // the previous speaker goes on: the mention that named them is this quotation's too
                rd.found.add(new FoundQuote(pieces, t, prior.speakerName(), prior.speakerDescription(),
                        prior.speakerMention(), null, true));
            } else {
                rd.found.add(new FoundQuote(pieces, t, null, null, null, null, true));
            }
            rd.usedGroups.add(r.group());
        }
    }

    /**
     * The direct quotation that a quotation nobody introduced goes on from: the latest found before it when that
     * is direct, else the latest direct one whose attribution sentence holds every attribution found after it,
     * which are asides of that attribution ("“…,” the member said, adding that donors may balk. “…”", "“…,”
     * Obama said, according to a pool report. “…”"); -1 when there is none.
     */
    private int continuedFrom(int latest, QuotedRegion r) {
        if (latest < 0 || rd.found.get(latest).direct()) {
            return latest;
        }
        int carrier = -1;
        for (int i = 0; i < rd.found.size(); i++) {
            FoundQuote f = rd.found.get(i);
            if (f.direct() && before(f.first(), r)
                    && (carrier < 0 || before(rd.found.get(carrier).first(), f.first()))) {
                carrier = i;
            }
        }
        if (carrier < 0) {
            return -1;
        }
        Span last = rd.found.get(carrier).last();
        for (FoundQuote f : rd.found) {
            if (f != rd.found.get(carrier) && !f.sourceless() && before(last, f.first()) && before(f.first(), r)
                    && (f.direct() || !sameSentence(last, f.first()))) {
                return -1;
            }
        }
        return carrier;
    }

    /** The quote found at index goes on with more pieces: same speaker, cue and kind. */
    private void goOn(int index, List<Span> pieces) {
        FoundQuote from = rd.found.get(index);
        List<Span> merged = new ArrayList<>(from.content());
        merged.addAll(pieces);
        rd.found.set(index, new FoundQuote(merged, rd.textOf(merged), from.speakerName(), from.speakerDescription(),
                from.speakerMention(), from.cue(), from.direct()));
    }

    /**
     * The direct quotation of this sentence that a quotation inside the sentence resumes: one that closed with a
     * comma before it, when this one opens after a comma and goes on in lower case; -1 when there is none.
     */
    private int resumedQuotation(QuotedRegion r) {
        if (!rd.opensInLowerCaseAfterComma(r)) {
            return -1;
        }
        String t = rd.paragraphs.get(r.paragraph()).text();
        Span at = new Span(r.paragraph(), r.start(), r.end());
        int resumed = -1;
        for (int i = 0; i < rd.found.size(); i++) {
            FoundQuote f = rd.found.get(i);
            Span last = f.last();
            if (f.direct() && last.paragraph() == r.paragraph() && last.end() < r.start() && sameSentence(last, at)
                    && t.substring(last.start(), last.end()).strip().endsWith(",")
                    && (resumed < 0 || before(rd.found.get(resumed).last(), last))) {
                resumed = i;
            }
        }
        return resumed;
    }

    /** Whether the end of a and the start of b are in one sentence. */
    private boolean sameSentence(Span a, Span b) {
        if (a.paragraph() != b.paragraph()) {
            return false;
        }
        for (NlpSentence s : rd.paragraphs.get(a.paragraph()).sentences()) {
            if (s.begin() < a.end() && a.end() <= s.end()) {
                return s.begin() <= b.start() && b.start() < s.end();
            }
        }
        return false;
    }

    /** The name after a dash that follows this quotation, or null. */
    Speaker signature(Span last) {
        NlpParagraph para = rd.paragraphs.get(last.paragraph());
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
                    return name.isEmpty() ? null : rd.resolver.resolve(last.paragraph(), t, name);
                }
                name.add(tok);
            }
        }
        return name.isEmpty() ? null : rd.resolver.resolve(last.paragraph(), t, name);
    }

    boolean before(Span a, QuotedRegion r) {
        return a.paragraph() < r.paragraph() || (a.paragraph() == r.paragraph() && a.start() < r.start());
    }

    boolean before(Span a, Span b) {
        return a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.start() < b.start());
    }

    /** Whether only marks and punctuation stand between the start of its sentence and this quotation. */
    boolean startsSentence(QuotedRegion r) {
        NlpParagraph para = rd.paragraphs.get(r.paragraph());
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

package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an attributed content ends, and whether what follows a cue is adverbial: a reported clause stops before
 * ", which …", before another predicate of the speaker ("and criticized …"), and before a separator that opens
 * a new attribution; adverbials after a cue ("in a statement on Tuesday") belong to the cue.
 */
final class ContentBoundaries {
    /** Words that open a relative or adverbial clause after a comma (", which …", ", when …"). */
    private static final Set<String> RELATIVE_OPENERS = Set.of("which", "when", "where", "who");
    /** Words that open a clause or phrase set before the main clause of a content ("if …, he would …"). */
    private static final Set<String> FRONTED = ArticleReading.plus(ArticleReading.CLAUSE_OPENERS, "despite",
            "whenever");
    /** "when asked whom she would back": the occasion of the words, not the words ("when asked to leave" is). */
    private static final Set<String> QUESTIONED = Set.of("asked", "pressed", "questioned", "challenged");
    private static final Set<String> COMPARING = Set.of("compared", "comparing", "versus", "vs.");
    private static final Set<String> DURATION_PREPOSITIONS = Set.of("for", "since", "until", "over");
    private static final Set<String> RELATIVE_TIMES = Set.of("after", "before", "ago", "later", "earlier");
    private static final Set<String> TIME_UNITS = Set.of("seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    private static final Set<String> AMOUNTS = Set.of("more", "less", "than", "nearly", "almost", "about", "just",
            "a", "an", "several", "few", "many", "some", "over", "under", "roughly", "half");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "on", "of", "to", "with", "against");
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    /** Subordinators that go on with what was said ("…, he said, because …"), not with when it was said. */
    private static final Set<String> REASONS = Set.of("because", "although", "though");
    /** Prepositions that link a statement to the speaker's next one ("…, before adding that …"). */
    private static final Set<String> NEXT_ACT_LINKS = Set.of("while", "before", "after");
    /**
     * Words that open a contrasting clause, which is the writer's, not the source's ("…, while about 4 in 10
     * want one"). Temporal and causal ones ("after", "as", "because", "when") are left alone: on PolNeAR's train
     * and dev splits, cutting before them lost more contents than it mended.
     */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "at", "during", "before",
            "after", "to", "with", "via", "through", "from", "over", "late", "earlier", "last", "this", "outside",
            "inside", "near", "behind", "beside", "following");
    /** Words around a time that are no time themselves ("in September", "late Thursday", "that week"). */
    private static final Set<String> TIME_WORDS = Set.of("last", "this", "next", "late", "later", "early", "earlier",
            "another", "in", "on", "the", "that");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "during", "from", "via", "through");
    /** Prepositions that put a time after a noun phrase ("the plan in March", "the vote on Tuesday"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "at", "during", "since");
    private static final Set<String> TIME_MODIFIERS = Set.of("late", "early");
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "during", "via", "through");
    /** Nouns for what something is said in ("in a statement", "on a call"); a platform ("on Twitter") is a name. */
    private static final Set<String> MEDIA = Set.of("statement", "statements", "interview", "interviews", "letter",
            "speech", "post", "tweet", "tweets", "message", "email", "e-mail", "video", "briefing", "note", "op-ed",
            "column", "broadcast", "appearance", "conference", "call", "memo", "release", "podcast", "address");
    /** "denied the charges through his lawyer": who passed the words on, not what they were. */
    private static final Set<String> INTERMEDIARIES = Set.of("lawyer", "lawyers", "attorney", "attorneys",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives",
            "aide", "aides", "publicist", "counsel");
    private static final Set<String> ON_MEDIA = Set.of("call", "broadcast", "podcast");
    private static final Pattern REQUEST_FOR_COMMENT = Pattern.compile("(?i)(?:to\\s+)?(?:(?:an?|the|repeated|multiple"
            + "|several|two|emailed|written|phone|telephone|further)\\s+)*(?:requests?|inquir(?:y|ies)|calls?|messages?"
            + "|emails?|questions?)\\s+(?:for|seeking|requesting|asking for)\\s+(?:further\\s+)?comments?\\b.*");
    /** What someone declining or refusing to speak declines: "to comment", "to say whether …", "to be named". */
    private static final Pattern DECLINED_TO_SPEAK = Pattern.compile("(?i)to\\s+(?:immediately\\s+|publicly\\s+"
            + "|directly\\s+|further\\s+)?(?:comment|say|discuss|elaborate|answer|respond|confirm|deny|give|provide"
            + "|name|identify|specify|speculate|disclose|reveal|reply|talk|speak|be\\s+(?:named|identified|quoted))\\b.*");
    private static final Set<String> DECLINING = Set.of("declined", "declines", "decline", "refused", "refuses",
            "refuse");
    /** Prepositions that stay inside a noun phrase ("the status in Florida"), unlike "before" or "since". */
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "on", "with", "across",
            "over", "about", "under", "among", "between", "near", "around");
    /** Words for a share of a whole before "of" or "in" ("most of them", "half of voters", "one in four"). */
    private static final Set<String> SHARES = ArticleReading.plus(SpeakerPhrases.QUANTIFIERS, "half", "none", "each",
            "majority", "third", "quarter", "percent");
    private static final Set<String> SEPARATORS = Set.of(",", ";", "--", "\u2014", "\u2013", "\u2015");

    private final ArticleReading rd;

    /** "hours", "weeks", "minute": a unit of time. */
    static boolean isTimeUnit(String word) {
        return TIME_UNITS.contains(word.toLowerCase(Locale.ROOT));
    }

    ContentBoundaries(ArticleReading rd) {
        this.rd = rd;
    }

    /** "cited it", "write it": a content that is one pronoun says nothing a reader can use. */
    boolean isLonePronoun(List<Span> content) {
        if (content.size() != 1) {
            return false;
        }
        Span c = content.get(0);
        String t = rd.paragraphs.get(c.paragraph()).text().substring(c.start(), c.end()).strip();
        return SpeakerResolver.isPronoun(t.toLowerCase(Locale.ROOT)) || t.equalsIgnoreCase("this")
                || t.equalsIgnoreCase("that");
    }

    /**
     * A reported content that says nothing: only the request a source did not answer ("did not respond to a
     * request for comment", "did not immediately return messages seeking comment"), or a refusal to speak
     * ("declined to comment on the sentence", "refused to say whether …", "declined to give his surname"; a
     * refusal to do something else, "refused to rule out a strike", says something).
     */
    static boolean isNonStatement(String cue, String content) {
        if (REQUEST_FOR_COMMENT.matcher(content).matches()) {
            return true;
        }
        String verb = cue == null ? "" : cue.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return DECLINING.contains(verb) && DECLINED_TO_SPEAK.matcher(content.strip()).matches();
    }

    /**
     * "said Friday", "wrote last week", "announced in 2013": a content that is only a time ("last week",
     * "late Thursday", "in September") is the cue's adverbial, not what was said.
     */
    boolean isOnlyTime(List<Span> content) {
        if (content.size() != 1) {
            return false;
        }
        Span c = content.get(0);
        int words = 0;
        for (NlpSentence s : rd.paragraphs.get(c.paragraph()).sentences()) {
            for (NlpToken t : s.tokens()) {
                if (t.begin() < c.start() || t.end() > c.end() || !t.word().chars().anyMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                if (++words > 4 || !ArticleReading.isTime(t) && !TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                        && !t.word().matches("\\d{1,4}")) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    /** "speak there as well", "talked again": adverbs and particles only ("said so" keeps its "so"). */
    private boolean onlyAdverbs(int first, int last) {
        if (first == last && rd.toks.get(first).word().equalsIgnoreCase("so")) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            String tag = rd.toks.get(k).tag() == null ? "" : rd.toks.get(k).tag();
            if (!(tag.startsWith("RB") || tag.equals("EX") || tag.equals("RP") || rd.isPunctToken(k)
                    || rd.toks.get(k).word().equalsIgnoreCase("as"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "spoke for 77 minutes", "has not spoken since December", "spoke hours after the mayor": how long or when
     * someone spoke, not what they said ("spoke for an hour about the budget" keeps its topic).
     */
    private boolean onlyHowLong(int first, int last) {
        int k = first;
        boolean preposition = DURATION_PREPOSITIONS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT));
        if (preposition) {
            k++;
        }
        boolean time = false;
        for (; k <= last; k++) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            boolean unit = rd.isTimeWord(k) || TIME_UNITS.contains(w);
            if (!unit && !"CD".equals(rd.toks.get(k).tag()) && !AMOUNTS.contains(w)) {
                break;
            }
            time |= unit;
        }
        if (!time || !preposition
                && (k > last || !RELATIVE_TIMES.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT)))) {
            return false; // "wants a second bridge" is no time; "spoke hours after the mayor" is
        }
        for (int i = k; i <= last; i++) {
            String w = rd.toks.get(i).word().toLowerCase(Locale.ROOT);
            if (rd.inQ[i] >= 0 || NounPhrases.isVerb(rd.toks.get(i)) || TOPIC_PREPOSITIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said in a statement", "told reporters at a rally", "said Dec. 6 on CNN", "'s This Week": a reported
     * content that is only where or when the words were said, or a stray possessive, says nothing.
     */
    boolean isAdverbialOnly(List<Span> content, boolean direct) {
        if (direct || content.size() != 1 || content.get(0).paragraph() != rd.p) {
            return false;
        }
        Span c = content.get(0);
        int first = -1;
        int last = -1;
        for (int i = 0; i < rd.toks.size(); i++) {
            if (rd.toks.get(i).begin() >= c.start() && rd.toks.get(i).end() <= c.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || last - first > 7) {
            return false;
        }
        int k = first;
        if ("POS".equals(rd.toks.get(k).tag()) || onlyAdverbs(first, last) || onlyHowLong(first, last)) {
            return true;
        }
        while (k < last && "RB".equals(rd.toks.get(k).tag()) && rd.isTimeWord(k + 1)) {
            k++; // "rejected only last week": an adverb before the time
        }
        first = k;
        while (k <= last && (rd.isTimeWord(k) || "CD".equals(rd.toks.get(k).tag())
                || TIME_WORDS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                    && !PLACE_PREPOSITIONS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                    && !rd.toks.get(k).word().equalsIgnoreCase("on"))) {
            k++;
        }
        boolean timeFirst = k > first;
        if (k > last || !PLACE_PREPOSITIONS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                && !(timeFirst && rd.toks.get(k).word().equalsIgnoreCase("on"))) {
            return k > last;
        }
        for (int i = k; i <= last; i++) {
            boolean participle = "VBN".equals(rd.toks.get(i).tag()) && i > k; // "in a statement provided to …"
            if (NounPhrases.isVerb(rd.toks.get(i)) && !participle || rd.inQ[i] >= 0 && !rd.inTitle(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token i ends the clause or starts an adverbial ("in a statement", "on Tuesday"). */
    boolean adverbialStart(int i) {
        if (i >= rd.toks.size() || i > rd.lastWord()) {
            return true;
        }
        NlpToken t = rd.toks.get(i);
        String tag = t.tag();
        return t.word().equals(",") || t.word().equals(";") || rd.isOpeningMark(i) || hyphenatedAdverb(i)
                || rd.inQ[i] >= 0 || "IN".equals(tag) || "TO".equals(tag)
                || "WRB".equals(tag) && t.word().equalsIgnoreCase("when") // '“Absolutely,” he said when asked …'
                || rd.isDash(i) // '- "…," she said - and …'
                || "CC".equals(tag) && coordinatedPredicate(i + 1)
                || tag != null && tag.startsWith("RB") || rd.isTimeWord(i) || rd.isTimeModifier(i) || tag == null
                || "CD".equals(tag) && i + 1 < rd.toks.size() && rd.isTimeWord(i + 1); // "two days after …"
    }

    /** Whether everything from token i to the sentence end is adverbial: no verb, no new clause. */
    boolean restIsAdverbial(int i) {
        return restIsAdverbial(i, false);
    }

    /**
     * {@link #restIsAdverbial(int)}, where after a quotation a "that" with a verb right after it, on the noun of
     * the cue's prepositional phrase, is a relative clause on that noun ('“…,” Trump said in a documentary that
     * showed off the renovations'); elsewhere such a clause may hold the content ("responded with a phrase that
     * could have come from Trump himself: …").
     */
    boolean restIsAdverbial(int i, boolean afterQuotation) {
        for (int k = i; k < rd.toks.size(); k++) {
            NlpToken t = rd.toks.get(k);
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k)) {
                String before = rd.toks.get(k - 1).word();
                if (before.equals(",") || before.equals(":")) {
                    return true;
                }
                // "said he still “prays that …”": a quotation going on with the words before it in lower case
                // makes them a clause of what was said, not an adverbial
                QuotedRegion r = rd.isOpeningMark(k) ? rd.regionStartingAt(k) : null;
                return r != null && (k == i || rd.isPunctToken(k - 1) || r.start() >= rd.text.length()
                        || !Character.isLowerCase(rd.text.charAt(r.start())));
            }
            if (t.word().equals(",") || t.word().equals(";")) {
                return true; // what follows is another clause: "…, adding that …", "…, who …"
            }
            if ((t.word().equalsIgnoreCase("and") || t.word().equalsIgnoreCase("but")) && coordinatedPredicate(k + 1)) {
                return true; // "“…,” she said and hung up": the speaker's next act
            }
            String tag = t.tag();
            boolean afterNoun = k > i && NounPhrases.isNoun(rd.toks.get(k - 1));
            if (afterNoun && "VBG".equals(tag)) {
                return true; // "said about the article alleging that …": the participle describes the noun
            }
            if (afterNoun && ("WP".equals(tag) || "WDT".equals(tag)) && !t.word().equalsIgnoreCase("that")) {
                return true; // "said in front of a crowd who packed the hall": a relative clause on the noun
            }
            if (afterQuotation && afterNoun && t.word().equalsIgnoreCase("that") && "IN".equals(rd.toks.get(i).tag())
                    && verbAfterThat(k)) {
                return true; // "said in a documentary that showed off the renovations": no subject after "that"
            }
            if (("IN".equals(tag) || "WRB".equals(tag)) && ArticleReading.SUBORDINATORS.contains(
                    t.word().toLowerCase(Locale.ROOT))) {
                return true; // "“…,” she said as she accepted her award": a clause saying when, adverbial
            }
            if (rd.isDash(k) && k + 2 < rd.toks.size() && rd.inQ[k + 1] < 0
                    && NounPhrases.isDeterminer(rd.toks.get(k + 1)) && NounPhrases.isNoun(rd.toks.get(k + 2))) {
                return true; // "…, the budget office reported on Tuesday -- a development that …": a comment on it
            }
            if ("VB".equals(tag) && k > i + 1 && "TO".equals(rd.toks.get(k - 1).tag())
                    && NounPhrases.isNoun(rd.toks.get(k - 2))) {
                continue; // "said during his speech to be a delegate": an infinitive on the noun
            }
            if ("VBD".equals(tag) && k > i + 1 && NounPhrases.isNoun(rd.toks.get(k - 1))
                    && "IN".equals(rd.toks.get(i).tag()) && !isAtLeast(i) && k + 1 < rd.toks.size()
                    && (rd.isTimeWord(k + 1) || "IN".equals(rd.toks.get(k + 1).tag())
                        || NounPhrases.isDeterminer(rd.toks.get(k + 1)))) {
                // "said in an interview aired/VBD Monday", "said in a statement issued/VBD a half-hour before
                // …": in the cue's prepositional phrase, a participle on its noun that the tagger read as a past
                continue;
            }
            if (tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
                    || tag.equals("VB") || tag.equals("MD"))) {
                return false;
            }
            if (t.word().equalsIgnoreCase("that") && !rd.isTimeModifier(k)) {
                return false; // "that" opens a clause, but "that night" is a time
            }
        }
        return true;
    }

    /**
     * The last word of a content that starts inside parentheses opened before it, before they close ("(…, although
     * Clinton won the spin by declaring himself the “comeback kid”) makes this a contest …"); last when x is in
     * none.
     */
    private int insideParentheses(int x, int last) {
        int depth = 0;
        for (int k = x - 1; k >= 0; k--) {
            if (rd.isClosingParen(k)) {
                depth++;
            } else if (rd.isOpeningParen(k)) {
                if (depth == 0) {
                    for (int e = x + 1; e <= last; e++) {
                        if (rd.isClosingParen(e)) {
                            return lastWordBefore(e, x, true);
                        }
                    }
                    return last;
                }
                depth--;
            }
        }
        return last;
    }

    /** Whether "at least" or "at most" starts at i: a number follows, no place. */
    boolean isAtLeast(int i) {
        if (i + 1 >= rd.toks.size() || !rd.toks.get(i).word().equalsIgnoreCase("at")) {
            return false;
        }
        String next = rd.toks.get(i + 1).word();
        return next.equalsIgnoreCase("least") || next.equalsIgnoreCase("most");
    }

    /** Whether an adverb written with hyphens starts at i: "matter-of-factly", tokens "matter - of - factly". */
    private boolean hyphenatedAdverb(int i) {
        int k = i;
        while (k + 2 < rd.toks.size() && rd.inQ[k] < 0 && "HYPH".equals(rd.toks.get(k + 1).tag())
                && rd.toks.get(k).end() == rd.toks.get(k + 1).begin()
                && rd.toks.get(k + 1).end() == rd.toks.get(k + 2).begin()) {
            k += 2;
        }
        return k > i && "RB".equals(rd.toks.get(k).tag());
    }

    /**
     * Whether a clause without "that" starts at x: a subject (a noun phrase, perhaps with a prepositional
     * phrase) and then a finite verb within nine words; the subject may open with "at least" and a number.
     */
    boolean clauseFollows(int x) {
        if (x + 2 < rd.toks.size() && isAtLeast(x) && "CD".equals(rd.toks.get(x + 2).tag())) {
            x += 2; // "at least 21,000 said"
        }
        if (x >= rd.toks.size()
                || !(NounPhrases.isNounish(rd.toks.get(x)) || NounPhrases.isDeterminer(rd.toks.get(x))
                    || "EX".equals(rd.toks.get(x).tag()))) { // "believes there are no good options"
            return false;
        }
        for (int k = x + 1; k < rd.toks.size() && k <= x + 9; k++) {
            NlpToken t = rd.toks.get(k);
            String tag = t.tag();
            if (NounPhrases.isFinite(t)) {
                return true;
            }
            if (k == x + 1 && "PRP".equals(rd.toks.get(x).tag())
                    && (t.word().equals("'s") || t.word().equals("\u2019s"))) {
                return true; // "think it's strong", "it's" tagged as a possessive
            }
            boolean preposition = "IN".equals(tag) && k + 1 < rd.toks.size()
                    && NP_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))
                    && NounPhrases.isNpToken(rd.toks, k + 1); // "Rubio's status in Florida is", not "before it"
            if (!NounPhrases.isNpToken(rd.toks, k) && !preposition && !"RB".equals(tag)) { // "we still have"
                return false;
            }
        }
        return false;
    }

    /**
     * The last content token: before ", which", ", when", ", and VERB", "and VERB" (another predicate of the
     * speaker), or before a separator that opens a new attribution ("— and he noted that").
     */
    int clauseEnd(int x, int last) {
        last = insideParentheses(x, last);
        int opening = frontedClauseEnd(x, last);
        int subordinate = subordinateClauseEnd(x, last);
        for (int k = x + 1; k < last; k++) {
            if (k == subordinate) {
                return lastWordBefore(k, x, true); // "As Obama announced the war would go on, U.S. forces …"
            }
            if (rd.isClosingMark(k) && k > x + 1 && rd.isOpeningMark(x) && k + 2 <= last
                    && opensTheScene(rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT)) && clauseFollows(k + 2)) {
                return k; // 'saying “That makes me smart,” when Clinton blasted him': the quotation, then the scene
            }
            if (rd.inQ[k] < 0 && rd.toks.get(k).word().equals(";") && k > x + 2 && clauseFollows(k + 1)) {
                return k - 1; // "said the timing was not intentional; they only learned on Friday …"
            }
            if (rd.covered[k] && rd.inQ[k] < 0 && !rd.covered[x]) {
                // "She said fathers were not eligible, and when pressed, the mother replied, “…”": another
                // attribution, found already, starts here; the content ends at the comma that leads into it
                return lastWordBefore(separatorLeadingInto(k, x), x, true);
            }
            if (resumesEarlierQuotation(k, x)) {
                // '“Every time you say that,” Tester said, referring to the excuse, “you give …”': the quotation
                // the attribution broke goes on; the aside ends before it
                return lastWordBefore(k, x, false);
            }
            if (rd.inQ[k] >= 0 || k == opening) {
                continue;
            }
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            boolean conjunction = w.equals("and") || w.equals("but");
            boolean separator = SEPARATORS.contains(w) || rd.isClosingMark(k) // "…," one of them said
                    || rd.isSpacedHyphen(k);
            if (separator && (opensAttribution(k + 1, last) && !(w.equals(",") && predicateOfTheContent(k + 1, x))
                    || quotationAttributedAfter(k + 1)
                    || rd.isDash(k) && absoluteParticiple(k + 1, last))) {
                int end = k - 1;
                while (end > x && rd.isPunctToken(end)) {
                    end--;
                }
                return end;
            }
            if (conjunction && k > x + 2 && rd.hasFiniteVerb(x, k - 1)
                    && (rd.isFiniteSpeechCue(attributionCue(k + 1, last)) || cueAfterRelativeClause(k + 1, last) >= 0)) {
                // "said the party does not care and one in four said it was hostile": another attribution
                return lastWordBefore(k, x, true);
            }
            if (conjunction && k > x + 1 && personSaysNext(k + 1, last) && !"PERSON".equals(rd.toks.get(k - 1).ner())) {
                // "a woman asked for a photo and Clinton said, “…”": the next speaker's words, not the photo's
                return lastWordBefore(k, x, true);
            }
            if (conjunction && NounPhrases.isTensed(rd.toks.get(k + 1)) && rd.inQ[k + 1] < 0 && raisesASpeechCue(k + 1)) {
                // "joked that Brooklyn was his answer, but went on to say, “…”": the speaker's next statement
                return lastWordBefore(k, x, true);
            }
            if (conjunction && k > x + 2 && commaBefore(k)
                    && (newClauseOfAPerson(k + 1) || namedClause(k + 1))) {
                // "…, and he railed against …", 'are “non-entities,” but he gave …': the speaker's next statement
                return lastWordBefore(k, x, true);
            }
            if (NEXT_ACT_LINKS.contains(w) && "IN".equals(rd.toks.get(k).tag())
                    && "VBG".equals(rd.toks.get(k + 1).tag()) && rd.isCandidateCue(k + 1)) {
                // "called her son a hero before explaining why …", "insisted it was early while adding …": the
                // speaker's next statement
                return lastWordBefore(k, x, true);
            }
            boolean finiteNext = NounPhrases.isTensed(rd.toks.get(k + 1));
            if (conjunction && finiteNext && rd.inQ[k + 1] < 0
                    && !rd.hasFiniteVerb(x, k - 1) && !rd.quotesAClause(x, k - 1)) {
                // "claimed a victory last month but trails Clinton": after a noun phrase, a finite verb is the
                // speaker's next predicate
                return lastWordBefore(k, x, true);
            }
            // a cue read as a participle: "conceded that he had touched her but implied/VBN that …", and "noted that it
            // would have been his birthday and quoted/VBN his …", where no participle of the content may share it
            // ("was drafted by aides and criticized by both parties")
            boolean misreadNext = "VBN".equals(rd.toks.get(k + 1).tag()) && k + 2 <= last
                    && (rd.isThat(k + 2) || !auxiliaryBefore(k) && !participleIn(x, k - 1)
                        && !rd.toks.get(k + 2).word().equalsIgnoreCase("by"));
            if (conjunction && (finiteNext || misreadNext) && rd.isCandidateCue(k + 1)
                    && !sharesTheContentsTense(x, k + 1)) {
                // "…, and called for …", "praised the plan and said …": the speaker's next act; but in "says he
                // spoke to Trump and asked him to …" the content's own subject asked
                return lastWordBefore(k, x, false);
            }
            int afterAdverbial = conjunction && rd.inQ[k + 1] < 0 ? skipAdverbials(k + 1) : k;
            if (afterAdverbial > k + 1 && afterAdverbial <= last && rd.inQ[afterAdverbial] < 0
                    && rd.isFiniteSpeechCue(afterAdverbial) && !sharesTheContentsTense(x, afterAdverbial)) {
                // "first said he did not recall it, but in a later interview said he had …": the speaker's next
                // statement, after where or when it was made
                return lastWordBefore(k, x, true);
            }
            if ((w.equals(",") || rd.isDash(k)) && isFiniteCue(k + 1) && !relativeOnTheSubject(x, k)) {
                // "Jane Doe, who said she voted, said …", "Trump - who said he would “bomb them” - said …": the
                // main predicate starts
                return lastWordBefore(k, x, true);
            }
            if (w.equals(",") && k + 1 <= last && rd.inQ[k + 1] < 0 && NounPhrases.isTensed(rd.toks.get(k + 1))
                    && (rd.hasFiniteVerb(x, k - 1) ? insideRelativeClause(x)
                        : cueOfRelativeClause(x) && !rd.commaBetween(x, k))
                    && !afterRelativeClause(k, x)) {
                // "The decision, which he announced he would not contest, was the latest …", "Assange, who denies
                // the accusation, has avoided …": the attribution sits in a relative clause; after its content, a
                // verb with no subject is the sentence's predicate
                return k - 1;
            }
            if (rd.isDash(k) && k + 1 <= last && rd.inQ[k + 1] < 0 && "VBN".equals(rd.toks.get(k + 1).tag())
                    && rd.isCandidateCue(k + 1) && cueOfRelativeClauseAfterADash(x)) {
                // "Trump - who said he would bomb oil fields seized by the Islamic State - said/VBN at a rally":
                // the aside closes and the main cue, which the tagger read as a participle, follows
                return lastWordBefore(k, x, true);
            }
            if (rd.isClosingMark(k) && commaBefore(k) && k + 1 <= last && isFiniteCue(k + 1)) {
                return k; // 'Lind, who called the plan “a farce,” said …': the same, after a quoted phrase
            }
            if (k > x + 2 && w.equals(",") && k + 2 <= last && rd.inQ[k + 1] < 0
                    && opensTheScene(rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT))
                    && rd.isFiniteSpeechCue(attributionCue(k + 2, last))) {
                // "Six in 10 say he is decisive, after half said so in the earlier poll": a clause of time with an
                // attribution of its own
                return lastWordBefore(k, x, true);
            }
            if (k > x + 2 && CONTRASTS.contains(w) && clauseAfter(k + 1) && !rd.isThat(k - 1)) {
                // "…, while about 4 in 10 want one with experience": another finding, not this one ("found that
                // while …" opens the content instead)
                return lastWordBefore(k, x, true);
            }
            if (k >= x + 2 && conjunction
                    && (rd.toks.get(k - 1).word().equals(",") || commaBefore(k) && !quotationAfter(k, last))
                    && (clauseAfter(k + 1) || clauseAfter(afterOpeningPhrase(k + 1))
                        || cueAfterRelativeClause(k, last) >= 0)) {
                // "…, and more than 4 in 10 said …", "…, but for Republicans, it is …": a new clause with its own
                // subject; after a quoted phrase, '“…,” but it is “…”' goes on quoting the speaker
                return lastWordBefore(k, x, true);
            }
            if (rd.isClosingMark(k) && k > x + 1 && rd.toks.get(k - 1).word().equals(",") && k + 1 < last
                    && rd.isVbg(k + 1) && rd.isCandidateCue(k + 1)) {
                return k; // 'that Trump represents "New York values," stating …': the next statement
            }
            if (w.equals(",") && namedClause(k + 1)) {
                return k - 1; // "On Friday, the day Stone pledged his loyalty, Mr. Trump bashed …": the main clause
            }
            if (conjunction && x > 0 && rd.isVbg(x - 1) && absoluteParticiple(k + 1, last)) {
                // "– Ryan saying he was “very encouraged” and Trump calling it …": the next name's statement; not
                // "said she watched Obama and Biden discussing the deal"
                return lastWordBefore(k, x, true);
            }
            if (conjunction && rd.isVbg(k + 1) && rd.isCandidateCue(k + 1)
                    && !gerundAfterPreposition(x, k)) { // not "the process of crafting it and holding it"
                // "calling it “a farce,” and saying …": the next participle is another statement
                return lastWordBefore(k, x, true);
            }
            if (k > x + 1 && w.equals(",") && k + 2 <= last && rd.toks.get(k + 1).word().equalsIgnoreCase("according")
                    && rd.toks.get(k + 2).word().equalsIgnoreCase("to")) {
                return lastWordBefore(k, x, true); // "…, according to local media": who reported the report
            }
            if (k > x + 1 && (w.equals(",") || rd.isClosingMark(k) && rd.toks.get(k - 1).word().equals(","))
                    && k + 2 <= last && rd.inQ[k + 2] < 0
                    && NounPhrases.isDeterminer(rd.toks.get(k + 1)) && SpeakerPhrases.isClaimNoun(rd.toks.get(k + 2).word())) {
                return lastWordBefore(k, x, true); // "…, a claim the opposition has dismissed": a comment on it
            }
            if (k > x + 1 && ArticleReading.SUBORDINATORS.contains(w) && k + 2 < last && rd.inQ[k + 1] < 0
                    && QUESTIONED.contains(rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT))
                    && opensAQuestion(rd.toks.get(k + 2).word().toLowerCase(Locale.ROOT))) {
                return lastWordBefore(k, x, true); // "told CNN she was undecided when asked whom …": the occasion
            }
            if (k > x + 1 && rd.isTermsOfSpeaking(k)) {
                return lastWordBefore(k, x, true); // "described the meeting on condition of anonymity because …"
            }
            if (w.equals(",") && RELATIVE_OPENERS.contains(rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT))
                    && !embeddedClause(k + 1, last, !rd.hasFiniteVerb(x, k - 1) && subjectOfAReportedClause(x))) {
                // not "said Nichols, who also received 485 years, offered a show of remorse": a content that is
                // only a noun phrase so far gets its verb after the relative clause, a cue's word or not
                return k - 1;
            }
            if (w.equals(",") && rd.isVbg(k + 1) && rd.isCandidateCue(k + 1)) {
                return k - 1;
            }
            if (w.equals(",") && k + 1 <= last && rd.inQ[k + 1] < 0 && comparison(k + 1)
                    && !(subjectAside(k, last) && !rd.hasFiniteVerb(x, k - 1))) {
                // "won 758 delegates, compared with 538 for Cruz", "…, up from 4 percent": the writer's figure; but
                // "that Trump, more than his rivals, would cause …" sets it beside the content's own subject
                return k - 1;
            }
            if (w.equals(",") && k + 2 <= last && rd.inQ[k + 1] < 0 && INDEFINITE.contains(
                    rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT)) && !embeddedClause(k, last)) {
                // "vowed to repeal the Hyde Amendment, a federal provision that …": the writer's gloss on a name
                return k - 1;
            }
            if (w.equals(",") && k > x && "NNP".equals(rd.toks.get(k - 1).tag()) && k + 2 <= last
                    && rd.toks.get(k + 1).word().equalsIgnoreCase("the") && rd.hasFiniteVerb(x, k - 1)
                    && glossToTheEnd(k + 2, last)) {
                // "did not support Mr. Trump, the presumed Putin favorite", "with NATO, the alliance that …"; not
                // what a noun-phrase content names ("mentions Percy Walton, the inmate whose …")
                return k - 1;
            }
        }
        return last;
    }

    /**
     * Whether the words from i to last are a noun phrase's rest, perhaps with a relative clause, and no clause of
     * their own: no finite verb, comma, conjunction or quotation before a relative pronoun.
     */
    private boolean glossToTheEnd(int i, int last) {
        for (int k = i; k <= last; k++) {
            NlpToken t = rd.toks.get(k);
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k) || t.word().equals(",") || "CC".equals(t.tag())) {
                return false; // "…, the player Willie Mays and the justice …": a list goes on
            }
            if (k > i && (rd.opensRelativeClause(k) || t.word().equalsIgnoreCase("that"))) {
                return true;
            }
            if (NounPhrases.isFinite(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rest of a reported content that its attribution interrupts: "The effects are hard to predict, economists
     * say, because there is little precedent", "But the years that followed, he said, brought a shift", "G4S gets,
     * according to one report, $234 million". From the token after the attribution, past an adverbial tail ("said
     * on Tuesday in a statement") and its comma, to the content's end, as {first, last}; null when the sentence
     * ends there, or what follows is the speaker's next act or the scene ("…, adding that", "…, as he left the
     * room", "…, who …", "…, but Lind says …"). {@code preLast} is the last token of the part before.
     */
    int[] continuation(int after, int preLast) {
        int last = rd.lastWord();
        int k = after;
        // "…, Brafman noted; the government had …": a semicolon goes on with the statement too
        while (k <= last && !rd.toks.get(k).word().equals(",") && !rd.toks.get(k).word().equals(";")) {
            NlpToken t = rd.toks.get(k);
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k) || NounPhrases.isVerb(t) || rd.isPunctToken(k)
                    || k - after > 10) {
                return null;
            }
            k++;
        }
        int s = k + 1;
        if (s > last || rd.inQ[s] >= 0 || rd.isOpeningMark(s)) {
            return null;
        }
        NlpToken t = rd.toks.get(s);
        String w = t.word().toLowerCase(Locale.ROOT);
        String tag = t.tag() == null ? "" : t.tag();
        NlpToken pre = rd.toks.get(preLast);
        boolean unfinished = NounPhrases.isVerb(pre) || "IN".equals(pre.tag()) || "TO".equals(pre.tag())
                || "DT".equals(pre.tag());
        boolean scene = tag.startsWith("W") || tag.equals("VBG") || tag.equals("VBN") || w.equals("according")
                || opensTheScene(w) || rd.isTermsOfSpeaking(s)
                || rd.isTimeWord(s) || "CD".equals(tag) && s + 1 <= last && rd.isTimeWord(s + 1);
        if (scene || !unfinished && !rd.hasFiniteVerb(s, last) && !rd.quotesAClause(s, last)) {
            // "…, he said, as he left", "…, adding that …", "…, who …", "…, two days after …", "…, in a rare
            // interview": when, how and to whom, not what
            return null;
        }
        for (int i = s; i <= last; i++) {
            if (rd.inQ[i] < 0 && rd.isCandidateCue(i) && NounPhrases.isFinite(rd.toks.get(i))
                    && !rd.isRelativePronoun(i - 1)) { // "…, which denied class status" is the content's
                return null; // "…, officials said, but the union says …": another attribution
            }
        }
        int end = withoutTrailingTime(s, clauseEnd(s, last));
        return end >= s ? new int[] {s, end} : null;
    }

    /**
     * Whether the clause opening at k closes with a comma before the predicate of the clause it sits in: "the
     * entities, which include trusts in Liechtenstein, are still under his control".
     */
    private boolean embeddedClause(int k, int last) {
        return embeddedClause(k, last, false);
    }

    /** As {@link #embeddedClause(int, int)}; with {@code anyVerb}, a cue's word may be the verb after it. */
    private boolean embeddedClause(int k, int last, boolean anyVerb) {
        for (int i = k + 1; i < last; i++) {
            if (rd.inQ[i] >= 0) {
                continue;
            }
            String w = rd.toks.get(i).word();
            boolean symbol = "$".equals(rd.toks.get(i).tag()) || w.equals("%") || w.equals("&") // "$20,000"
                    || "HYPH".equals(rd.toks.get(i).tag()); // "a 38-year-old from Troy"
            if (w.equals(";") || rd.isPunctToken(i) && !w.equals(",") && !symbol) {
                return false;
            }
            if (w.equals(",")) {
                int v = i + 1;
                while (v < last && "RB".equals(rd.toks.get(v).tag())) {
                    v++;
                }
                return v <= last && NounPhrases.isFinite(rd.toks.get(v)) && (anyVerb || !rd.isCandidateCue(v));
            }
        }
        return false;
    }

    /**
     * Whether the finite verb at v has the tense of the content's own first verb (from x) and not that of the cue
     * before x: "McConnell says he spoke to Trump and asked him …" (the content goes on), not "said the plan was
     * dead and called for …" (the speaker's next act, or the content's: the cue's tense cannot tell).
     */
    private boolean sharesTheContentsTense(int x, int v) {
        int cue = x - 1;
        while (cue > 0 && (rd.isThat(cue) || rd.isPunctToken(cue) || NounPhrases.isAuxOrAdverb(rd.toks.get(cue))
                && !NounPhrases.isFinite(rd.toks.get(cue)))) {
            cue--;
        }
        String verb = rd.toks.get(v).tag();
        if (cue < 0 || !NounPhrases.isFinite(rd.toks.get(cue)) || verb.equals(rd.toks.get(cue).tag())) {
            return false;
        }
        for (int k = x; k < v; k++) {
            if (rd.inQ[k] < 0 && NounPhrases.isFinite(rd.toks.get(k))) {
                return verb.equals(rd.toks.get(k).tag());
            }
        }
        return false;
    }

    /** Whether a past participle other than "been" stands in tokens a..b, outside quotations. */
    private boolean participleIn(int a, int b) {
        for (int i = a; i <= b; i++) {
            if (rd.inQ[i] < 0 && "VBN".equals(rd.toks.get(i).tag()) && !rd.toks.get(i).word().equalsIgnoreCase("been")) {
                return true;
            }
        }
        return false;
    }

    /** Whether "have" or "be" stands in the four words before k: a participle after k may share it. */
    private boolean auxiliaryBefore(int k) {
        for (int i = Math.max(0, k - 4); i < k; i++) {
            String lemma = rd.lemma(i);
            if ("have".equals(lemma) || "be".equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word opens a clause of when or how it was said ("as", "when"), not of why ("because"). */
    private static boolean opensTheScene(String word) {
        return ArticleReading.SUBORDINATORS.contains(word) && !REASONS.contains(word);
    }

    /** Whether a relative pronoun after a comma comes before token x in its sentence ("The decision, which he …"). */
    private boolean insideRelativeClause(int x) {
        for (int i = x - 1; i > 0; i--) {
            if (rd.inQ[i] < 0 && rd.opensRelativeClause(i) && rd.toks.get(i - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content from x opens with a noun phrase and a relative clause on it that ends at the comma k
     * ("said Nichols, who also received 485 years, offered …"): the verb after k is then the content's own.
     */
    private boolean relativeOnTheSubject(int x, int k) {
        if (!subjectOfAReportedClause(x)) {
            return false;
        }
        for (int j = x + 1; j + 1 < k; j++) {
            if (rd.inQ[j] >= 0 || NounPhrases.isFinite(rd.toks.get(j))) {
                return false;
            }
            if (rd.toks.get(j).word().equals(",") || rd.isDash(j)) { // also "the audit -- which was …"
                return RELATIVE_OPENERS.contains(rd.toks.get(j + 1).word().toLowerCase(Locale.ROOT))
                        && !rd.commaBetween(j + 1, k);
            }
        }
        return false;
    }

    /** Whether the content at x follows a cue whose subject is a relative pronoun after a dash ("Trump - who said"). */
    private boolean cueOfRelativeClauseAfterADash(int x) {
        for (int i = x - 1; i > 0 && x - i <= 3; i--) {
            if (rd.inQ[i] >= 0 || rd.toks.get(i).word().equals(",")) {
                return false;
            }
            if (rd.opensRelativeClause(i)) {
                return rd.isDash(i - 1);
            }
        }
        return false;
    }

    /**
     * Whether the content at x follows a cue whose subject is a relative pronoun after a comma ("Assange, who
     * denies the accusation, has …"): a phrase ending at the next comma is then all the content.
     */
    private boolean cueOfRelativeClause(int x) {
        for (int i = x - 1; i > 0 && x - i <= 3; i--) {
            if (rd.inQ[i] >= 0 || rd.toks.get(i).word().equals(",")) {
                return false;
            }
            if (rd.opensRelativeClause(i)) {
                return rd.toks.get(i - 1).word().equals(",");
            }
        }
        return false;
    }

    /**
     * Whether the words before the comma at k, back to the comma before them (after x), are a relative clause
     * ("the trusts, which hold the shares, are"): the verb after the comma is then the content's own.
     */
    private boolean afterRelativeClause(int k, int x) {
        for (int i = k - 1; i > x; i--) {
            if (rd.inQ[i] < 0 && rd.toks.get(i).word().equals(",")) {
                return rd.opensRelativeClause(i + 1);
            }
        }
        return false;
    }

    /**
     * Whether token k opens a quotation that resumes one the attribution broke off: after a comma, going on in
     * lower case, and a quotation of this sentence closed with a comma before token x ('“Every time you say
     * that,” Tester said, referring to …, “you give …”').
     */
    private boolean resumesEarlierQuotation(int k, int x) {
        QuotedRegion r = rd.isOpeningMark(k) ? rd.regionStartingAt(k) : null;
        if (r == null || !rd.opensInLowerCaseAfterComma(r)) {
            return false;
        }
        for (QuotedRegion q : rd.regions) {
            if (q.paragraph() == rd.p && q.start() >= rd.toks.get(0).begin() && q.end() <= rd.toks.get(x).begin()
                    && rd.text.substring(q.start(), q.end()).strip().endsWith(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first comma, semicolon or dash between x and k after which no finite verb comes before k ("…, and when
     * pressed, the mother replied"), or k when there is none.
     */
    private int separatorLeadingInto(int k, int x) {
        int found = k;
        for (int i = k - 1; i > x; i--) {
            if (rd.inQ[i] < 0 && NounPhrases.isFinite(rd.toks.get(i))) {
                break;
            }
            if (rd.inQ[i] < 0 && SEPARATORS.contains(rd.toks.get(i).word())) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The last token before k, after x, that is not a comma or punctuation; a closing quotation mark is kept
     * when {@code keepClosingMark} ("“a farce,” and saying": the content ends with its mark).
     */
    private int lastWordBefore(int k, int x, boolean keepClosingMark) {
        int end = k - 1;
        while (end > x && (rd.toks.get(end).word().equals(",") || rd.isPunctToken(end))
                && !(keepClosingMark && rd.isClosingMark(end))) {
            end--;
        }
        return end;
    }

    /**
     * The token after a short opening phrase closed by a comma ("for Republicans, it is"), or k when there is none:
     * a preposition and at most five words of a noun phrase, then a comma.
     */
    private int afterOpeningPhrase(int k) {
        if (k >= rd.toks.size() || !"IN".equals(rd.toks.get(k).tag()) || rd.isThat(k)) {
            return k;
        }
        for (int j = k + 1; j < rd.toks.size() && j <= k + 6 && rd.inQ[j] < 0; j++) {
            if (rd.toks.get(j).word().equals(",")) {
                return j > k + 1 ? j + 1 : k;
            }
            if (!NounPhrases.isNpToken(rd.toks, j)) {
                return k;
            }
        }
        return k;
    }

    /**
     * As {@link #clauseFollows(int)}, also behind a quantifying adverb or comparative ("about 4 in 10 want",
     * "more than half chose").
     */
    private boolean clauseAfter(int k) {
        if (clauseFollows(k)) {
            return true;
        }
        if (k + 1 >= rd.toks.size()) {
            return false;
        }
        String tag = rd.toks.get(k).tag() == null ? "" : rd.toks.get(k).tag();
        if (rd.toks.get(k + 1).word().equalsIgnoreCase("than") && (tag.equals("JJR") || tag.equals("RBR"))) {
            return clauseFollows(k + 2);
        }
        if (tag.equals("JJ") || tag.equals("CD")) {
            // "while other voters said …", "and one in four said …": a subject opening with an adjective or number
            int v = k + 1;
            while (v < rd.toks.size() && v <= k + 4 && rd.inQ[v] < 0 && ("IN".equals(rd.toks.get(v).tag())
                    || "CD".equals(rd.toks.get(v).tag()) || "JJ".equals(rd.toks.get(v).tag())
                    || NounPhrases.isNounish(rd.toks.get(v)))) {
                v++;
            }
            return v > k + 1 && v < rd.toks.size() && NounPhrases.isFinite(rd.toks.get(v));
        }
        return tag.equals("RB") && clauseFollows(k + 1);
    }

    /** Whether a finite verb, after adverbs, starts at token k ("and quickly hung up"). */
    boolean coordinatedPredicate(int k) {
        int v = k;
        while (v < rd.toks.size() && "RB".equals(rd.toks.get(v).tag())) {
            v++;
        }
        String tag = v < rd.toks.size() ? rd.toks.get(v).tag() : null;
        return "VBD".equals(tag) || "VBZ".equals(tag);
    }

    /** Whether "he", "she", "they", "I" or "we" and a finite verb start at token k. */
    private boolean newClauseOfAPerson(int k) {
        return pronounAndVerb(k, true);
    }

    /**
     * The comma that closes a clause or phrase opening the content before its main clause: "said that if the
     * harbour were a stock, he would buy it", "said even if they wanted one, a recount could not be done", "told
     * the paper that despite the excitement, he did not think …". The main clause is what was said, even when its
     * verb could report speech itself. -1 when the content opens otherwise.
     */
    private int frontedClauseEnd(int x, int last) {
        int i = x < last && rd.toks.get(x).word().equalsIgnoreCase("even") ? x + 1 : x;
        // "said that by month's end, Clinton will have …": after "that", a preposition opens the clause's adverbial
        boolean adverbial = i == x && x > 0 && rd.isThat(x - 1) && "IN".equals(rd.toks.get(x - 1).tag())
                && i < last && "IN".equals(rd.toks.get(i).tag());
        if (i >= last || rd.inQ[i] >= 0 || !adverbial && !FRONTED.contains(rd.toks.get(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = i + 1; k < last && k - i <= 30; k++) {
            String w = rd.toks.get(k).word();
            if (rd.inQ[k] >= 0) {
                continue;
            }
            if (w.equals(";") || w.equals(":")) {
                return -1;
            }
            if (w.equals(",")) {
                return clauseFollows(k + 1) || newClauseOfAPerson(k + 1) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a subordinate clause opening the sentence, when the content at x lies inside it: "As
     * Obama announced [that the war would go on], U.S. forces bombed …", "When he said [he would not run], the
     * party …". -1 when the sentence opens otherwise or the clause closed before x.
     */
    private int subordinateClauseEnd(int x, int last) {
        int first = rd.openingWordIndex();
        if (first + 1 < x && "RB".equals(rd.toks.get(first).tag()) && rd.inQ[first] < 0
                && FRONTED.contains(rd.toks.get(first + 1).word().toLowerCase(Locale.ROOT))) {
            first++; // "Just as Obama declared a new beginning, rebels removed …"
        }
        if (first < x && !FRONTED.contains(rd.toks.get(first).word().toLowerCase(Locale.ROOT))) {
            first = subordinatorAfterComma(x); // "Since June 16, when he asked supporters to run, 21,000 said …"
        }
        if (first < 0 || first >= x || !FRONTED.contains(rd.toks.get(first).word().toLowerCase(Locale.ROOT))
                || rd.toks.get(first).word().equalsIgnoreCase("whether")) {
            return -1;
        }
        for (int k = first + 1; k < last; k++) {
            if (rd.inQ[k] >= 0 || !rd.toks.get(k).word().equals(",")) {
                continue;
            }
            if (clauseFollows(k + 1) || newClauseOfAPerson(k + 1) || namedClause(k + 1)) {
                return k > x ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The subordinator right after a comma that opens the clause holding content x ("Since June 16, when he asked
     * …"), with no comma between it and x; -1 when there is none.
     */
    private int subordinatorAfterComma(int x) {
        for (int i = x - 1; i > rd.firstWordIndex(); i--) {
            String w = rd.toks.get(i).word().toLowerCase(Locale.ROOT);
            if (rd.inQ[i] >= 0 || w.equals(",")) {
                return -1;
            }
            if (FRONTED.contains(w) && rd.toks.get(i - 1).word().equals(",")) {
                return rd.hasFiniteVerb(i + 1, x - 1) ? i : -1; // not "quoted X, a native, as saying that …"
            }
        }
        return -1;
    }

    /**
     * Whether the comma at k opens an aside closed by a comma before a finite verb, with no finite verb in it: the
     * aside stands between a clause's subject and its verb ("Trump, more than his rivals, would cause …").
     */
    private boolean subjectAside(int k, int last) {
        for (int j = k + 1; j < last && j - k <= 15; j++) {
            if (rd.inQ[j] >= 0 || NounPhrases.isFinite(rd.toks.get(j))) {
                return false;
            }
            if (rd.toks.get(j).word().equals(",") && NounPhrases.isFinite(rd.toks.get(j + 1))
                    && rd.inQ[j + 1] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "compared with …", "versus …", "less than half of …", "up from 4 percent", "the latter a reference to …": a
     * figure set beside another, at token k.
     */
    private boolean comparison(int k) {
        String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
        String next = k + 1 < rd.toks.size() ? rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT) : "";
        return COMPARING.contains(w)
                || (w.equals("less") || w.equals("more") || w.equals("fewer")) && next.equals("than")
                || (w.equals("up") || w.equals("down")) && next.equals("from")
                || w.equals("the") && (next.equals("latter") || next.equals("former")) && !titleAfter(k + 2);
    }

    /** Whether a noun, perhaps after adjectives, stands at k: "the former mayor", "the former chief executive". */
    private boolean titleAfter(int k) {
        while (k < rd.toks.size() && "JJ".equals(rd.toks.get(k).tag())) {
            k++;
        }
        return k < rd.toks.size() && NounPhrases.isNounish(rd.toks.get(k));
    }

    /** Whether token k opens a quotation that has an attribution of its own after it ('- "…," she said -'). */
    private boolean quotationAttributedAfter(int k) {
        QuotedRegion r = k < rd.toks.size() && rd.isOpeningMark(k) ? rd.regionStartingAt(k) : null;
        return r != null && rd.attributedAfter(rd.lastOfGroup(r.group()));
    }

    /** Whether a quotation opens after token k, up to token last. */
    boolean quotationAfter(int k, int last) {
        for (int i = k + 1; i <= last; i++) {
            if (rd.inQ[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma ends the words before token k, inside a closing quotation mark or not ('“…,” but'). */
    private boolean commaBefore(int k) {
        return rd.toks.get(k - 1).word().equals(",")
                || k > 1 && rd.isClosingMark(k - 1) && rd.toks.get(k - 2).word().equals(",");
    }

    /** Whether a gerund after a preposition comes between x and k, with no comma after it ("of crafting …"). */
    private boolean gerundAfterPreposition(int x, int k) {
        for (int i = k - 1; i > x; i--) {
            if (rd.toks.get(i).word().equals(",")) {
                return false;
            }
            if ("VBG".equals(rd.toks.get(i).tag()) && "IN".equals(rd.toks.get(i - 1).tag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "he", "she", "they", "I" or "we" and then a verb start at token k: finite only, or of any form
     * ("…, said she always treated …" opens the content though the tagger read "treated" as a participle; it is
     * no inverted "said she"). Auxiliaries and adverbs may come between.
     */
    boolean pronounAndVerb(int k, boolean finite) {
        if (k + 1 >= rd.toks.size() || rd.inQ[k] >= 0
                || !NounPhrases.SUBJECT_PRONOUNS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int v = k + 1;
        while (v < rd.toks.size() && (finite
                ? NounPhrases.isAuxOrAdverb(rd.toks.get(v)) && !"MD".equals(rd.toks.get(v).tag())
                : "RB".equals(rd.toks.get(v).tag()))) {
            v++;
        }
        return v < rd.toks.size() && (finite ? NounPhrases.isFinite(rd.toks.get(v))
                : NounPhrases.isVerb(rd.toks.get(v)) || "MD".equals(rd.toks.get(v).tag()));
    }

    /** "when asked whom …", "asked about …", "asked on …": a question, not "asked to leave". */
    private static boolean opensAQuestion(String w) {
        return ArticleReading.QUESTION_WORDS.contains(w) && !w.equals("to") || w.equals("on");
    }

    /** Whether a person's name (an appositive after it allowed) and then a finite verb start at k. */
    private boolean namedClause(int k) {
        return NounPhrases.namedClauseAt(rd.toks, k, i -> rd.inQ[i] >= 0, true);
    }

    /**
     * Whether a person's name at k and a finite speech cue after it open an attribution of their own: the cue
     * followed by a comma, a colon, a quotation or "that" ("and Clinton said, “…”").
     */
    private boolean personSaysNext(int k, int last) {
        if (k > last || rd.inQ[k] >= 0 || !"PERSON".equals(rd.toks.get(k).ner())) {
            return false;
        }
        int j = attributionCue(k, last);
        if (!rd.isFiniteSpeechCue(j) || j + 1 > last) {
            return false;
        }
        return rd.toks.get(j + 1).word().equals(",") || rd.isColon(j + 1) || rd.isOpeningMark(j + 1)
                || rd.isThat(j + 1);
    }

    /**
     * Whether the finite verb at k raises a cue of saying ({@link SpeakerPhrases#RAISING}): "went on to say",
     * "proceeded to tell"; not "failed to tell", whose subject is the content's.
     */
    private boolean raisesASpeechCue(int k) {
        if (!SpeakerPhrases.RAISING.contains(rd.lemma(k))) {
            return false;
        }
        int i = k + 1;
        while (i < rd.toks.size() && i <= k + 2 && rd.inQ[i] < 0 && ("RP".equals(rd.toks.get(i).tag())
                || "RB".equals(rd.toks.get(i).tag()) || rd.toks.get(i).word().equalsIgnoreCase("on"))) {
            i++;
        }
        return i + 1 < rd.toks.size() && rd.inQ[i] < 0 && "TO".equals(rd.toks.get(i).tag())
                && "VB".equals(rd.toks.get(i + 1).tag()) && rd.isCandidateCue(i + 1)
                && rd.lexicon.kind(rd.toks.get(i + 1).word(), rd.toks.get(i + 1).lemma()) == CueLexicon.Kind.SPEECH;
    }

    private boolean isFiniteCue(int k) {
        String tag = rd.toks.get(k).tag();
        return ("VBD".equals(tag) || "VBZ".equals(tag)) && rd.isCandidateCue(k);
    }

    /** Whether tokens from k start "(and) SUBJECT CUE": a new attribution after a separator. */
    boolean opensAttribution(int k, int last) {
        int j = attributionCue(k, last);
        return j >= 0 && !"VBG".equals(rd.toks.get(j).tag()) && !"VBN".equals(rd.toks.get(j).tag());
    }

    /** Whether the preposition at j joins a share to its whole: "one in four", "most of them", "half of voters". */
    private boolean partitive(int j) {
        String w = rd.toks.get(j).word().toLowerCase(Locale.ROOT);
        NlpToken before = rd.toks.get(j - 1);
        boolean share = "CD".equals(before.tag()) || SHARES.contains(before.word().toLowerCase(Locale.ROOT));
        return share && (w.equals("in") || w.equals("of")) && NounPhrases.isNpToken(rd.toks, j + 1);
    }

    /**
     * Whether a noun phrase ending in a name, and a participle of saying, start at k outside quotations: "– Ryan
     * saying he was “very encouraged”".
     */
    private boolean absoluteParticiple(int k, int last) {
        int j = attributionCue(k, last);
        return j > k && rd.inQ[k] < 0 && rd.isVbg(j) && NounPhrases.isProperNoun(rd.toks.get(j - 1));
    }

    /**
     * The finite speech cue of "(and|but) SUBJECT who … CUE" starting at k: a subject with a restrictive relative
     * clause on people before its cue ("…, but residents who live nearby said it was not"); -1 when there is
     * none, or the relative clause's own verb is the only finite verb ("but residents who said so left").
     */
    int cueAfterRelativeClause(int k, int last) {
        int i = k;
        if (i <= last && "CC".equals(rd.toks.get(i).tag())) {
            i++;
        }
        int j = i;
        while (j <= last && rd.inQ[j] < 0 && NounPhrases.isNpToken(rd.toks, j) && j - i < 10) {
            j++;
        }
        String relative = j <= last ? rd.toks.get(j).word().toLowerCase(Locale.ROOT) : "";
        if (j == i || j > last || rd.inQ[j] >= 0 || !relative.equals("who") && !relative.equals("whom")) {
            return -1; // people who speak; not "bans in 2003 and 2005 that included … and opposed"
        }
        boolean relativeVerb = false;
        for (int m = j + 1; m <= last && m - j <= 15; m++) {
            if (rd.inQ[m] >= 0 || NounPhrases.isPunct(rd.toks.get(m))) {
                return -1;
            }
            if (NounPhrases.isFinite(rd.toks.get(m))) {
                if (relativeVerb) {
                    return rd.isFiniteSpeechCue(m) ? m : -1;
                }
                relativeVerb = true;
            }
        }
        return -1;
    }

    /** The cue of "(and) SUBJECT CUE" starting at k, or -1. */
    private int attributionCue(int k, int last) {
        int i = k;
        if (i <= last && "CC".equals(rd.toks.get(i).tag())) {
            i++;
        }
        int j = i;
        while (j <= last && rd.inQ[j] < 0 && (NounPhrases.isNpToken(rd.toks, j)
                    || j > i && j < last && partitive(j)) // "one in four said", "most of them say"
                && j - i < 10) {
            j++;
        }
        while (j <= last && NounPhrases.isAuxOrAdverb(rd.toks.get(j))) {
            j++;
        }
        // not "the word Johnson spoke of was changing …": a relative clause on the content's own noun
        return j > i && j <= last && rd.isCandidateCue(j) && !rd.endsAContactClause(j) ? j : -1;
    }

    /**
     * Whether tokens from k start a predicate with no subject of its own ("would testify"), after a content from x
     * that has no verb yet ("said Smith, the former mayor, would testify"): the content's own predicate, not
     * the speaker's next one ("said …, and has also not answered").
     */
    private boolean predicateOfTheContent(int k, int x) {
        if (k >= rd.toks.size() || rd.inQ[k] >= 0) {
            return false;
        }
        NlpToken t = rd.toks.get(k);
        String lemma = rd.lemma(k);
        // a modal, or a finite "be", "have" or "do" (by lemma, or by the auxiliaries' word list without one)
        boolean auxiliary = "MD".equals(t.tag()) || NounPhrases.isFinite(t)
                && (lemma.equals("be") || lemma.equals("have") || lemma.equals("do") || NounPhrases.isAuxOrAdverb(t));
        return auxiliary && !rd.hasFiniteVerb(x, k - 2) && subjectOfAReportedClause(x);
    }

    /**
     * Whether the content at x opens with a noun phrase after a cue that reports a clause ("said Smith, …"): the
     * phrase is the clause's subject, and a verb must come after it.
     */
    private boolean subjectOfAReportedClause(int x) {
        int cue = x - 1;
        while (cue > 0 && rd.isThat(cue)) {
            cue--;
        }
        return cue >= 0 && reportsAClause(cue)
                && (NounPhrases.isDeterminer(rd.toks.get(x)) || NounPhrases.isNounish(rd.toks.get(x)));
    }

    /** Whether the cue at c reports a clause and hardly ever takes a mere object ({@link #CLAUSE_CUES}). */
    boolean reportsAClause(int c) {
        return CLAUSE_CUES.contains(rd.cueLemma(c));
    }

    /**
     * Cues that report a clause and hardly ever take a mere object, whose content needs a verb ("said Smith, the
     * former mayor, would …"); not "announced the merger, then said …".
     */
    private static final Set<String> CLAUSE_CUES = Set.of("say", "tell", "claim", "insist", "argue", "allege",
            "testify", "believe", "think");

    /**
     * A noun-phrase content without the time after it: "announced the pension plan in March" reports the plan;
     * "in March" says when it was announced. A clause keeps its times ("said the strike would start in March").
     */
    int withoutTrailingTime(int x, int last) {
        if (rd.hasFiniteVerb(x, last) || rd.inQ[last] >= 0) {
            return last;
        }
        int k = last;
        while (k > x && rd.isPunctToken(k)) {
            k--;
        }
        int end = k;
        while (k > x && rd.inQ[k] < 0 && rd.isTimeWord(k)) {
            k--;
        }
        if (k == end || k <= x) {
            return last; // no time at the end, or nothing but a time
        }
        if (k > x && TIME_MODIFIERS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))) {
            k--; // "late Wednesday", "early Monday"
        }
        if (k - 1 > x && "DT".equals(rd.toks.get(k).tag()) && rd.inQ[k] < 0
                && TIME_PREPOSITIONS.contains(rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            k--; // "in the summer of 2004": the article goes with the time; not "to last into the spring"
        }
        if (TIME_PREPOSITIONS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                || "IN".equals(rd.toks.get(k).tag()) && !rd.isThat(k)
                    && !rd.toks.get(k).word().equalsIgnoreCase("of")) {
            k--; // "in March", "on Tuesday", "over the weekend"; not "a sentence of three years"
        }
        return k > x ? lastWordBefore(k + 1, x, true) : last;
    }

    /**
     * The "that" ending a participle phrase that completes an adverbial ("a statement read outside her ministry
     * that", "a letter sent to members on Monday that"): its index, or -1 when token k opens no such phrase.
     */
    int thatAfterParticiple(int k) {
        String tag = k < rd.toks.size() ? rd.toks.get(k).tag() : null;
        // the tagger may read "read", "sent" as a past tense here, where no second finite verb can stand
        if (k < 1 || k >= rd.toks.size() || rd.inQ[k] >= 0 || !"VBN".equals(tag) && !"VBD".equals(tag)
                || !"NN".equals(rd.toks.get(k - 1).tag()) && !"NNS".equals(rd.toks.get(k - 1).tag())) {
            return -1;
        }
        for (int j = k + 1; j < rd.toks.size() && j - k <= 10; j++) {
            NlpToken t = rd.toks.get(j);
            if (rd.isThat(j)) {
                // "… that she took": a clause; "… that could supplement": a relative clause, no content
                String next = j + 1 < rd.toks.size() ? rd.toks.get(j + 1).tag() : null;
                return next == null || next.startsWith("VB") || "MD".equals(next) ? -1 : j;
            }
            if (rd.inQ[j] >= 0 || NounPhrases.isFinite(t) || t.word().equals(",") || rd.isOpeningMark(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Words that open an adjunct of time after a noun-phrase content: "endorsed Trump after the debate". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("during", "after", "before", "when", "while",
            "following", "amid", "until");
    /** What happens at an occasion, and keeps it: "the violence at the rally", "the arrests at the hearing". */
    private static final Set<String> HAPPENINGS = Set.of("violence", "shooting", "shootings", "attack", "attacks",
            "chaos", "clashes", "clash", "protest", "protests", "riot", "riots", "incident", "incidents", "scuffle",
            "brawl", "outburst", "disruption", "disruptions", "unrest", "fighting", "arrest", "arrests", "behavior",
            "behaviour", "conduct", "treatment", "security");
    /** Occasions a noun-phrase content was said or done at: "criticized Clinton at a rally in Hartford". */
    private static final Set<String> OCCASIONS = Set.of("rally", "rallies", "debate", "debates", "forum",
            "hearing", "meeting", "gathering", "summit", "convention", "fundraiser", "dinner", "conference", "hall",
            "luncheon", "breakfast", "ceremony", "briefing");

    /**
     * A noun-phrase content ends before an adjunct of when or where it was said or done: "endorsed
     * Mr. Trump at a news conference", "criticized Bill Clinton during a debate", "announced the partnership after
     * cutting ties with …", "supported Sanders in Virginia". A clause keeps its adjuncts, and so does a noun that
     * takes them ("the war in Iraq", "the day after the vote").
     */
    int withoutTrailingAdjunct(int x, int last) {
        if (rd.hasFiniteVerb(x, last) || rd.inQ[x] >= 0 || rd.isOpeningMark(x) || NounPhrases.isVerb(rd.toks.get(x))
                || "TO".equals(rd.toks.get(x).tag()) || "PRP".equals(rd.toks.get(x).tag())) {
            return last; // nor "rejected it before the vote", which would leave a lone pronoun
        }
        for (int k = x + 1; k < last; k++) {
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k)) {
                return last; // a quoted phrase: leave what follows it to the quotation's reading
            }
            if (NounPhrases.isVerb(rd.toks.get(k - 1)) || "TO".equals(rd.toks.get(k - 1).tag())) {
                return last; // "to block it during the review", "showed Trump leading …": a verb keeps its adjuncts
            }
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            NlpToken before = rd.toks.get(k - 1);
            if (ADJUNCT_OPENERS.contains(w) && !rd.isTimeWord(k - 1) && !isTimeUnit(before.word())
                    && !"RB".equals(before.tag()) && k + 1 <= last && rd.inQ[k + 1] < 0
                    && (w.equals("when") || w.equals("while") || "VBG".equals(rd.toks.get(k + 1).tag())
                        || clauseFollows(k + 1) || occasionAt(k + 1, last) || NounPhrases.isProperNoun(before))) {
                // "… after cutting ties", "… after Mrs. Clinton accused him", "… during a debate", "Canova in late
                // May"; not "the day after", "shortly after", "violence after the election", "life during the siege"
                return lastWordBefore(k, x, true);
            }
            boolean place = w.equals("in") || w.equals("at");
            if (place && "PERSON".equals(before.ner()) && k + 1 <= last && isPlace(k + 1)) {
                // "supported Sanders in Virginia": where, not which Sanders; but "endorsed Clinton in the race"
                return lastWordBefore(k, x, true);
            }
            if ((place || w.equals("on")) && k + 1 <= last && occasionAt(k + 1, last)
                    && !HAPPENINGS.contains(before.word().toLowerCase(Locale.ROOT))) {
                // not "condemned the violence at the rally": what happened there is the object, with its place
                return lastWordBefore(k, x, true); // "at a news conference", "in the fifth Republican debate"
            }
        }
        return last;
    }

    /**
     * Whether the noun phrase at j has an occasion for its head: "a news conference", "the fifth Republican
     * debate", "a town hall"; not "press freedom", "hearing aids", "debate rules".
     */
    private boolean occasionAt(int j, int last) {
        while (j < last && rd.inQ[j] < 0 && (NounPhrases.isDeterminer(rd.toks.get(j))
                || "JJ".equals(rd.toks.get(j).tag()) || "PRP$".equals(rd.toks.get(j).tag())
                || "POS".equals(rd.toks.get(j).tag()) || "CD".equals(rd.toks.get(j).tag()))) {
            j++; // "a", "the fifth", "his"
        }
        while (j < last && rd.inQ[j + 1] < 0 && (NounPhrases.isNoun(rd.toks.get(j + 1))
                || "POS".equals(rd.toks.get(j + 1).tag()) || "CD".equals(rd.toks.get(j + 1).tag())
                || "HYPH".equals(rd.toks.get(j + 1).tag()) || "HYPH".equals(rd.toks.get(j).tag()))) {
            j++; // to the compound's head: "news conference", "last week's Commander-in-Chief forum"
        }
        return j <= last && rd.inQ[j] < 0 && NounPhrases.isNoun(rd.toks.get(j))
                && OCCASIONS.contains(rd.toks.get(j).word().toLowerCase(Locale.ROOT));
    }

    /** Whether token k, or the one after its article, names a place ("Virginia", "the Bronx"). */
    private boolean isPlace(int k) {
        int j = NounPhrases.isDeterminer(rd.toks.get(k)) && k + 1 < rd.toks.size() ? k + 1 : k;
        return rd.inQ[j] < 0 && SpeakerResolver.isPlaceType(rd.toks.get(j).ner());
    }

    /**
     * A noun-phrase content ends before the medium it was said in: "announced her decision in a short statement
     * read outside the ministry" is the decision, "in a short statement …" says how. A clause keeps all of it.
     */
    int withoutTrailingMedium(int x, int last) {
        if (MEDIUM_PREPOSITIONS.contains(rd.toks.get(x).word().toLowerCase(Locale.ROOT))) {
            return last; // a content that is itself "in a speech … and in an interview"
        }
        for (int k = x; k <= last; k++) {
            boolean misread = k > x && "VBD".equals(rd.toks.get(k).tag())
                    && MEDIA.contains(rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT)); // "a statement read …"
            if (!misread && rd.hasFiniteVerb(k, k)) {
                return last; // a clause keeps its medium
            }
        }
        for (int k = x + 1; k < last; k++) {
            String preposition = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            if (rd.inQ[k] >= 0 || !MEDIUM_PREPOSITIONS.contains(preposition)) {
                continue;
            }
            int j = k + 1;
            while (j <= last && j - k <= 4 && rd.inQ[j] < 0
                    && (NounPhrases.isDeterminer(rd.toks.get(j)) || "JJ".equals(rd.toks.get(j).tag())
                        || "PRP$".equals(rd.toks.get(j).tag()) || "NN".equals(rd.toks.get(j).tag())
                            && !MEDIA.contains(rd.toks.get(j).word().toLowerCase(Locale.ROOT))
                            && !INTERMEDIARIES.contains(rd.toks.get(j).word().toLowerCase(Locale.ROOT)))) {
                j++; // "in a short", "on the party's"
            }
            String medium = j <= last ? rd.toks.get(j).word().toLowerCase(Locale.ROOT) : "";
            boolean head = j + 1 > last || !NounPhrases.isNoun(rd.toks.get(j + 1)); // not "email chains"
            // "commenting on her speech" is a topic: after "on", only a call or a broadcast is a medium
            boolean through = preposition.equals("through") || preposition.equals("via");
            if ((MEDIA.contains(medium) || through && INTERMEDIARIES.contains(medium)) && head
                    && (!preposition.equals("on") || ON_MEDIA.contains(medium))) {
                return lastWordBefore(k, x, true);
            }
        }
        return last;
    }

    /**
     * Whether token k, tagged as a verb's base form, is the noun ending a preposition's phrase: "at a campaign
     * stop/VB in Las Vegas". A base form does not follow an article and a noun.
     */
    private boolean nounReadAsVerb(int k, int preposition) {
        return k >= preposition + 3 && "VB".equals(rd.toks.get(k).tag())
                && "NN".equals(rd.toks.get(k - 1).tag()) && NounPhrases.isDeterminer(rd.toks.get(k - 2));
    }

    /**
     * Whether "to" at x opens a phrase naming a thing that "that" follows (below); with {@code relativeOnly}, only
     * when a verb follows "that" at once, so that the clause is surely a relative one on the thing ("adds to the
     * drama that has surrounded …"), where "reports to news that the quake began …" has a clause of its own.
     */
    boolean toAThingBeforeThat(int x, boolean relativeOnly) {
        int k = x + 1;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && NounPhrases.isNpToken(rd.toks, k) && !rd.isThat(k)) {
            k++;
        }
        return rd.toks.get(x).word().equalsIgnoreCase("to") && isThingBeforeThat(x, k)
                && (!relativeOnly || verbAfterThat(k));
    }

    /** Whether a finite verb or a modal follows the "that" at once: a relative clause with no subject of its own. */
    private boolean verbAfterThat(int that) {
        return that + 1 < rd.toks.size() && rd.inQ[that + 1] < 0 && NounPhrases.isFinite(rd.toks.get(that + 1));
    }

    /**
     * Whether the phrase after "to" at {@code to}, ending before k, names a thing and a "that" stands at k: "respond
     * to the anthems of angst that British bands were giving" (not "said to reporters that", "wrote to the council
     * that", "explained to him that").
     */
    private boolean isThingBeforeThat(int to, int k) {
        if (k <= to + 1 || k >= rd.toks.size() || !rd.isThat(k)) {
            return false;
        }
        NlpToken head = rd.toks.get(k - 1);
        String w = head.word();
        return ("NN".equals(head.tag()) || "NNS".equals(head.tag())) && (head.ner() == null || "O".equals(head.ner()))
                && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && !SpeakerResolver.isPersonNoun(w) && !SpeakerResolver.isBody(w);
    }

    int skipAdverbials(int x) {
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            String tag = rd.toks.get(k).tag();
            if (rd.isTimeWord(k) && !ADVERBIAL_PREPOSITIONS.contains(w)) {
                k++; // "said Wednesday he …": the day alone, not the clause after it
            } else if ((w.equals("late") || w.equals("early")) && k + 1 < rd.toks.size() && rd.isTimeWord(k + 1)) {
                k++; // "said in a statement late Wednesday that …"
            } else if (ADVERBIAL_PREPOSITIONS.contains(w) || "RB".equals(tag)) {
                int preposition = k;
                k++;
                while (k < rd.toks.size() && (rd.inQ[k] < 0 && (NounPhrases.isNpToken(rd.toks, k)
                            || nounReadAsVerb(k, preposition)) && !rd.isThat(k)
                        || rd.inTitle(k))) { // "on the show ''Morning Joe'' that …"
                    k++;
                    if (rd.isTimeWord(k - 1) && k < rd.toks.size() && !NounPhrases.isNoun(rd.toks.get(k))
                            && !"POS".equals(rd.toks.get(k).tag())) { // "during Saturday's debate" goes on
                        break; // "said on Wednesday it would …": the time phrase ends with its day
                    }
                }
                if (k > preposition + 1 && k < rd.toks.size() && rd.inQ[k] < 0
                        && ArticleReading.SUBORDINATORS.contains(w) && NounPhrases.isFinite(rd.toks.get(k))) {
                    return preposition; // "apologized after the insurer said …": a clause, not an adverbial
                }
                if (w.equals("to") && isThingBeforeThat(preposition, k) && verbAfterThat(k)) {
                    return preposition; // "adds to the drama that has surrounded …": no addressee
                }
                int that = thatAfterParticiple(k);
                if (that > k) {
                    k = that; // "said in a statement read outside her ministry that …"
                }
            } else {
                break;
            }
        }
        return k;
    }
}

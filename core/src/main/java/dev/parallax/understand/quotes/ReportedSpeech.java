package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cue frames with the content after the cue: {@code X said (that) …}, {@code X told reporters …},
 * {@code X said in a statement: "…"}, stance verbs followed by a clause ({@code X believes that …},
 * {@code X wants to …}), participles and coordinated verbs of the sentence's speaker ({@code …, adding that …}),
 * and {@code according to X}.
 */
final class ReportedSpeech {
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "from", "after", "before", "while",
            "in", "when", "without", "upon", "as"); // "was quoted as saying"
    /** Words before "asked" that open a question the source was asked ("When asked whether …"). */
    private static final Set<String> ASKED_OPENERS = Set.of("when", "if", "once");
    private static final Set<String> SEEING = Set.of("see", "view", "regard", "consider");
    /** Talking with no object: after "as" it tells when, not what ("As Whiteside talked in court, …"). */
    private static final Set<String> TALKING_ONLY = Set.of("talk", "speak", "testify", "chat", "lecture",
            "preach", "converse");
    /** What a crowd does that says nothing of its own after an opening "as" or "when": "As the crowd chanted, …". */
    private static final Set<String> CROWD_NOISES = Set.of("chant", "cheer", "applaud", "boo", "jeer", "clap",
            "heckle", "shout", "scream", "sing");
    /** Subjects that stand for no speaker before a colon: "it gets better:", "this is how:". */
    private static final Set<String> NOBODY = Set.of("it", "this", "that", "these", "those", "there", "here",
            "which", "what", "who");
    /** What one tells that is no addressee and no report: "tell the truth", "told lies" ("told the story of …" is). */
    private static final Set<String> TOLD_THINGS = Set.of("truth", "lie", "lies", "joke", "jokes", "difference");
    static final Set<String> SURVEYS = Set.of("poll", "polls", "survey", "surveys", "study", "studies");
    private static final Set<String> NO_CONTENT_PREPOSITIONS = Set.of("to", "at", "with", "into", "after",
            "before", "during", "from", "until", "by", "outside", "inside", "near", "behind", "across", "along",
            "throughout", "amid", "beside", "beneath");
    private static final Set<String> CUE_PREPOSITIONS = Set.of("about", "for", "on", "of", "against", "over");
    /** Adverbs in -ly that narrow what follows them, not how one speaks: "said only about 40 were left". */
    private static final Set<String> FOCUS_ADVERBS = Set.of("only", "nearly", "roughly", "mostly", "largely",
            "exactly", "approximately", "merely", "mainly", "chiefly", "partly", "simply", "early", "likely");
    private static final Set<String> NOMINAL_CUES = Set.of("criticism", "endorsement", "call", "calls", "praise",
            "claim", "claims", "warning", "warnings", "promise", "pledge", "demand", "demands", "assertion",
            "insistence", "denial", "suggestion", "accusation", "accusations", "vow", "threat", "attacks");
    private static final Set<String> NOMINAL_LINKS = Set.of("of", "to", "for", "about", "that", "on");
    private static final Set<String> FINITE_AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are",
            "do", "does", "did");
    /** Verbs whose object does what follows ("leaving voters confused and asking …"). */
    private static final Set<String> CAUSATIVES = Set.of("leave", "make", "force", "prompt", "send", "cause", "keep",
            "get", "have", "let", "set");
    /** Words opening an indirect question, not a relative clause ("explained to CBS why …", not "… where she taught"). */
    private static final Set<String> INDIRECT_QUESTIONS = Set.of("whether", "if", "why", "how", "what");
    /** Cues whose object is the talk, not what was said ("answering questions", "telling jokes", "saying goodbye"). */
    private static final Set<String> TALKING = Set.of("say", "tell", "ask", "answer", "speak", "talk", "respond",
            "reply", "joke", "write", "post", "tweet", "chant", "shout", "thank", "brief");
    /** Cues whose object after "to" is what they are about: "pointed to a poll", "referring to reports". */
    private static final Set<String> TO_WHAT = Set.of("point", "refer", "respond", "reply", "allude", "object");
    /** Cues whose "to" names a thing, never whom one speaks to: "adds to the drama", "agreed to tests". */
    private static final Set<String> TO_THINGS_ONLY = Set.of("add", "agree", "call");
    /** Verbs of seeming, whose subject and complement are what seems so: "Investors seem to agree". */
    private static final Set<String> SEEMING = Set.of("seem", "appear");
    /** Passives of what is said or thought by no one named: "is expected to", "was said to be", "is believed to". */
    private static final Set<String> PASSIVE_HEARSAY = Set.of("expected", "said", "believed", "thought", "reported",
            "rumored", "rumoured", "alleged", "understood");
    /** Adverbs that make their clause hearsay: "The group is reportedly spending …". */
    private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly");
    private static final Set<String> WISHES = Set.of("want", "prefer", "expect", "fear", "hope");
    /** Pronouns of a narrator's subject, never the passage's own voice ("I", "we", "you"). */
    private static final Set<String> THIRD_PERSONS = Set.of("he", "she", "they");
    /** Verbs that open a page's prompt to its reader, not a passage: "Watch the full video below". */
    private static final Set<String> PAGE_PROMPTS = Set.of("watch", "read", "click", "see", "listen", "view",
            "subscribe", "sign", "follow", "share", "download");

    /** Subordinators of time that open the occasion of speaking, not what was said; not "as" ("as many as"). */
    private static final Set<String> TIME_SUBORDINATORS = Set.of("when", "after", "before", "while", "once",
            "until");

    private final ArticleReading rd;
    private final SpeakerPhrases phrases;
    private final ContentBoundaries bounds;
    private final CueObjects objects;

    ReportedSpeech(ArticleReading rd, SpeakerPhrases phrases, ContentBoundaries bounds) {
        this.rd = rd;
        this.phrases = phrases;
        this.bounds = bounds;
        this.objects = new CueObjects(rd, phrases);
    }

    /** "on (the) condition that …": the clause after is the condition's, not what was said. */
    private boolean conditionThat(int x) {
        int k = x + 2 + (x + 1 < rd.toks.size() && rd.toks.get(x + 1).word().equalsIgnoreCase("the") ? 1 : 0);
        return k < rd.toks.size() && rd.isThat(k) && rd.toks.get(k - 1).word().equalsIgnoreCase("condition");
    }

    boolean isAccordingTo(int c) {
        return sourcePhraseLength(c) > 0;
    }

    /**
     * The number of words of a phrase naming a source at c: "according to" (2), "as reported by" (3), "as
     * first reported by" (4); 0 when there is none.
     */
    private int sourcePhraseLength(int c) {
        int n = rd.toks.size();
        if (rd.toks.get(c).word().equalsIgnoreCase("according") && c + 1 < n
                && rd.toks.get(c + 1).word().equalsIgnoreCase("to")) {
            return 2;
        }
        if (!rd.toks.get(c).word().equalsIgnoreCase("as") || c + 2 >= n || rd.inQ[c] >= 0) {
            return 0;
        }
        boolean adverb = "RB".equals(rd.toks.get(c + 1).tag())
                || rd.toks.get(c + 1).word().equalsIgnoreCase("first"); // "as first/JJ reported by"
        int r = adverb ? c + 2 : c + 1;
        return r + 1 < n && rd.toks.get(r).word().equalsIgnoreCase("reported")
                && rd.toks.get(r + 1).word().equalsIgnoreCase("by") ? r + 2 - c : 0;
    }

    /**
     * "According to the ministry, …", "…, according to court documents", "As reported by the Times, …": the
     * source named after the phrase, the clause before or after it the content.
     */
    Attribution accordingTo(int c) {
        int length = sourcePhraseLength(c);
        int[] np = phrases.rightNp(c + length);
        if (np == null) {
            return null;
        }
        int last = rd.lastWord();
        Span content;
        Span more = null;
        List<NlpToken> described = null;
        // also after a colon or semicolon, which opens a clause of its own ("The result was clear: according to
        // the count, Lind won"), unless nothing follows the source ("came from one source: according to the clerk")
        boolean opensAClause = c > 0 && (rd.isColon(c - 1) || rd.toks.get(c - 1).word().equals(";")) && np[1] < last;
        if (c <= 1 || rd.firstWordIndex() >= c || opensAClause) {
            int participle = participleTail(np[1], last);
            if (participle > np[1]) {
                np = new int[] {np[0], participle}; // "According to court documents seen by Reuters, …"
            }
            int start = np[1];
            int[] role = start < last && rd.toks.get(start).word().equals(",") ? roleAfterName(np, start) : null;
            if (role != null) {
                described = rd.toks.subList(role[0], role[1]); // "According to Alan Mauldin, research director of …,"
                start = role[1];
            }
            while (start <= last && (rd.toks.get(start).word().equals(",") || rd.isPunctToken(start))) {
                start++;
            }
            if (start > last) {
                return null;
            }
            content = new Span(rd.p, rd.toks.get(start).begin(), rd.toks.get(last).end());
        } else {
            int end = c - 1;
            while (end > 0 && rd.isPunctToken(end)) {
                end--;
            }
            for (int k = rd.firstWordIndex(); length > 2 && k <= end; k++) {
                if (rd.covered[k]) {
                    // '“…,” Carson noted in an interview, as reported by BuzzFeed News': the attribution before is
                    // what was reported
                    return null;
                }
            }
            content = new Span(rd.p, rd.toks.get(rd.firstWordIndex()).begin(), rd.toks.get(end).end());
            int[] rest = rd.toks.get(c - 1).word().equals(",") && np[1] <= last
                    ? bounds.continuation(np[1], end) : null;
            if (rest != null) {
                // "G4S receives, according to one report, $234 million": the content goes on after its source
                more = new Span(rd.p, rd.toks.get(rest[0]).begin(), rd.toks.get(rest[1]).end());
            }
        }
        List<Span> pieces = more == null ? List.of(content) : List.of(content, more);
        boolean direct = rd.quotedShare(content) > 0.6 && (more == null || rd.quotedShare(more) > 0.6);
        // resolved once the attribution stands: the resolver remembers whom it resolves
        Speaker speaker = rd.resolver.resolve(rd.p, rd.text, rd.toks.subList(np[0], np[1]), described);
        for (int k = c + 1; k < c + length; k++) {
            rd.covered[k] = true; // "reported" in "as reported by" is no cue of its own
        }
        String cue = rd.text.substring(rd.toks.get(c).begin(), rd.toks.get(c + length - 1).end())
                .toLowerCase(Locale.ROOT);
        return new Attribution(pieces, speaker, length == 2 ? "according to" : cue, direct, c);
    }

    /**
     * The role set off by commas after a person's name that "according to" opens the sentence with ("According
     * to Alan Mauldin, research director of TeleGeography, the cables …"): [start, end) of the role, which a comma
     * closes and whose words name a person's post; null when the name is no person's or the phrase is the
     * content's own subject ("According to the report, the company, which …").
     */
    private int[] roleAfterName(int[] name, int comma) {
        if (!SpeakerResolver.isPersonName(rd.toks.subList(name[0], name[1]))) {
            return null;
        }
        int[] role = phrases.appositiveAfterComma(comma);
        if (role == null || role[1] >= rd.lastWord() || !rd.toks.get(role[1]).word().equals(",")
                || rd.isRelativePronoun(role[1] + 1)) {
            return null; // "According to Lind, the chairman, who took over in May, will step down": his subject
        }
        for (int k = role[0]; k < role[1]; k++) {
            NlpToken t = rd.toks.get(k);
            if (("NN".equals(t.tag()) || "NNS".equals(t.tag()))
                    && SpeakerResolver.isPersonNoun(t.word().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }

    /**
     * The end of a phrase that completes a source before the comma ("documents seen by Reuters,", "a report
     * obtained by the Post,", "a filing with the privacy commissioner seen by the Courier,"): a participle or a
     * preposition, then no verb and no quotation up to the comma; the comma's index, or {@code from} when there is
     * none.
     */
    private int participleTail(int from, int last) {
        if (from > last || rd.inQ[from] >= 0 || !"VBN".equals(rd.toks.get(from).tag())
                && !("IN".equals(rd.toks.get(from).tag()) && !rd.isThat(from))) {
            return from;
        }
        for (int k = from + 1; k <= last && k - from <= 12; k++) {
            NlpToken t = rd.toks.get(k);
            if (t.word().equals(",")) {
                return k;
            }
            if (rd.inQ[k] >= 0 || NounPhrases.isFinite(t)) {
                return from;
            }
        }
        return from;
    }

    /**
     * The "that" after a source phrase at x set off by commas, a participle in it or not ("according to a
     * transcript released by the campaign, that he would not …"); -1 when none follows.
     */
    private int thatAfterSourcePhrase(int x) {
        for (int k = x + 1; k + 1 < rd.toks.size() && k - x <= 25; k++) {
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k) || NounPhrases.isFinite(rd.toks.get(k))) {
                return -1;
            }
            if (rd.toks.get(k).word().equals(",")) {
                return rd.isThat(k + 1) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The "that" after an aside set off by commas right after the cue ("said, after his speech, in a session
     * with X, that …"): no verb and no quotation in the aside; else -1.
     */
    private int thatAfterAside(int x) {
        if (x >= rd.toks.size() || !rd.toks.get(x).word().equals(",")) {
            return -1;
        }
        for (int k = x + 1; k + 1 < rd.toks.size() && k - x <= 25; k++) {
            NlpToken t = rd.toks.get(k);
            if (rd.inQ[k] >= 0 || rd.isOpeningMark(k) || NounPhrases.isVerb(t)) {
                return -1;
            }
            if (t.word().equals(",") && rd.isThat(k + 1)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Where a clause starts after a prepositional phrase at x ("after the convention he would …", "to the crowd that
     * …"): after its noun phrase (and "that"), when a clause follows; else -1.
     */
    private int clauseAfterPhrase(int x) {
        int[] np = phrases.rightNp(x + 1);
        if (np == null || np[1] + 1 >= rd.toks.size() || np[1] - x > 7 || rd.inQ[np[1]] >= 0) {
            return clauseAfterComma(x);
        }
        if (rd.isThat(np[1])) {
            return thatOpensAClause(np[1]) ? np[1] + 1 : -1; // not "to the crowd that gathered"
        }
        if (INDIRECT_QUESTIONS.contains(rd.toks.get(np[1]).word().toLowerCase(Locale.ROOT))
                && bounds.clauseFollows(np[1] + 1)) {
            return np[1]; // "explained to CBS why Merkel was selected": the question is what was explained
        }
        return bounds.clauseFollows(np[1]) ? np[1] : -1;
    }

    /**
     * Whether the comma at k, after the name of a place that closes the cue's adverbials, only goes on with the
     * place or with another clause: "speaking at a rally in Wilmington, N.C.", "adding to his wins in Nevada, South
     * Carolina and …" (no finite verb after it), "testified on the attacks in Benghazi, and Sen. Johnson kept asking"
     * (another's clause). No words were reported then.
     */
    private boolean placeGoesOn(int k) {
        return rd.toks.get(k).word().equals(",") && k + 1 <= rd.lastWord()
                && NounPhrases.isProperNoun(rd.toks.get(k - 1)) && !rd.isTimeWord(k - 1)
                && (!rd.hasFiniteVerb(k + 1, rd.lastWord()) || "CC".equals(rd.toks.get(k + 1).tag()))
                && !bounds.quotationAfter(k, rd.toks.size() - 1);
    }

    /**
     * Whether tokens np[0]..np[1] are an article or possessive and common nouns ("a later interview"): a phrase that
     * cannot also hold a clause's subject, as "the rally Trump" or "Iowa voters" can.
     */
    private boolean onlyCommonNouns(int[] np) {
        NlpToken first = rd.toks.get(np[0]);
        if (!"DT".equals(first.tag()) && !"PRP$".equals(first.tag())) {
            return false;
        }
        for (int i = np[0]; i < np[1]; i++) {
            if (NounPhrases.isProperNoun(rd.toks.get(i)) || "PRP".equals(rd.toks.get(i).tag())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The colon closing a short phrase at x that a quotation opens right after ("responded pointedly, with a smile:
     * “…”"): its index, or -1 when a verb or a quotation comes first, or no colon within eleven words.
     */
    private int colonAfterPhrase(int x) {
        for (int k = x; k + 1 < rd.toks.size() && k - x <= 10; k++) {
            if (rd.inQ[k] >= 0 || NounPhrases.isVerb(rd.toks.get(k))) {
                return -1; // not "spoke under a banner reading: “…”": the banner's words
            }
            if (rd.isColon(k)) {
                return rd.isOpeningMark(k + 1) || rd.inQ[k + 1] >= 0 ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The quotation that ends the sentence after adverbials and asides at x, set off by commas, with no verb of
     * their own but participles ("on Twitter on Monday, in reference to her first child, a girl born in 2014, “…”");
     * null when there is none, when the quotation is taken, when it opens in lower case, or when words of the
     * sentence follow it (its own attribution: '…, “…,” Lind added').
     */
    private QuotedRegion quotationAfterAsides(int x) {
        if (x >= rd.toks.size() || rd.inQ[x] >= 0 || !"IN".equals(rd.toks.get(x).tag()) || rd.isThat(x)) {
            return null;
        }
        int commas = 0;
        for (int k = x; k < rd.toks.size() && k - x <= 40; k++) {
            NlpToken t = rd.toks.get(k);
            if (rd.isOpeningMark(k) && commas >= 2 && rd.toks.get(k - 1).word().equals(",")
                    && k + 1 < rd.toks.size() && Character.isUpperCase(rd.toks.get(k + 1).word().charAt(0))) {
                // a sentence of its own; not "wrote about a visit …, “at the invitation of …”", a phrase of the
                // content
                QuotedRegion next = rd.nextRegionAfter(rd.p, rd.toks.get(k - 1).end());
                return next == null || rd.usedGroups.contains(next.group()) || !rd.endsTheSentence(next) ? null : next;
            }
            if (rd.inQ[k] >= 0 || NounPhrases.isFinite(t) || rd.isThat(k)
                    || rd.isRelativePronoun(k) || rd.isColon(k) || "CC".equals(t.tag()) && commas > 0) {
                return null;
            }
            commas += t.word().equals(",") ? 1 : 0;
        }
        return null;
    }

    /**
     * Where a clause starts after an adverbial phrase at x closed by a comma ("explained after winning his home
     * state on Mar. 15, he would have to …"): after the comma, when the phrase has no finite verb and a clause
     * follows; else -1.
     */
    private int clauseAfterComma(int x) {
        for (int k = x + 1; k < rd.toks.size() - 1 && k - x <= 14; k++) {
            if (rd.inQ[k] >= 0 || rd.isThat(k) || NounPhrases.isFinite(rd.toks.get(k))) {
                return -1;
            }
            if (rd.toks.get(k).word().equals(",")) {
                boolean list = NounPhrases.isProperNoun(rd.toks.get(k - 1)) && NounPhrases.isProperNoun(rd.toks.get(k + 1));
                // not "after meeting Smith, Jones and Brown left"; not "spoke at the convention on Monday, according
                // to a report": the source of the sentence, no clause of the cue's
                return !list && !isAccordingTo(k + 1) && bounds.clauseFollows(k + 1) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether the "that" at k opens a clause with a subject ("that he would stay"), not a relative clause. */
    private boolean thatOpensAClause(int k) {
        return bounds.clauseFollows(k + 1);
    }

    /**
     * Whether tokens x..last are only a clause of time, perhaps after a time ("when she resigned", "Friday before
     * the talks began", "when asked about it"): a subordinator of time and a clause, then no comma (a main clause
     * may follow one), no "that" ("said while in office that …") and no quotation.
     */
    private boolean onlyAClauseOfTime(int x, int last) {
        int k = x;
        while (k <= last && rd.inQ[k] < 0 && rd.isTimeWord(k)) {
            k++;
        }
        if (k >= last || rd.inQ[k] >= 0
                || !TIME_SUBORDINATORS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "told NBC's Today show when asked about Bill Clinton": a clause without its subject, only a participle
        boolean reduced = rd.inQ[k + 1] < 0 && ("VBN".equals(rd.toks.get(k + 1).tag()) || rd.isVbg(k + 1));
        if (!reduced && !bounds.clauseFollows(k + 1)) {
            return false;
        }
        for (int i = k + 1; i <= last; i++) {
            if (rd.inQ[i] >= 0 || rd.isOpeningMark(i) || rd.toks.get(i).word().equals(",") || rd.isThat(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token c opens "in a poll", "in the latest survey": a finding reported from a survey. */
    boolean isInSurvey(int c) {
        if (!rd.toks.get(c).word().equalsIgnoreCase("in") || rd.inQ[c] >= 0) {
            return false;
        }
        int[] np = phrases.rightNp(c + 1);
        return np != null && SURVEYS.contains(rd.toks.get(np[1] - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "In a poll released Monday, 50 percent chose Clinton" and "Trump leads in the latest polls": the clause
     * is the content, the survey its source (a description).
     */
    Attribution inSurvey(int c) {
        int[] np = phrases.rightNp(c + 1);
        int last = rd.lastWord();
        int first = rd.firstWordIndex();
        Span content;
        if (c <= first) {
            int start = np[1];
            while (start <= last && rd.inQ[start] < 0 && !rd.toks.get(start).word().equals(",")
                    && start - np[1] < 8) {
                start++; // "released Monday by the university"
            }
            if (start > last || !rd.toks.get(start).word().equals(",")) {
                return null;
            }
            start++;
            if (start > last || !rd.hasFiniteVerb(start, last)) {
                return null;
            }
            content = new Span(rd.p, rd.toks.get(start).begin(), rd.toks.get(bounds.clauseEnd(start, last)).end());
        } else {
            int end = c - 1;
            while (end > first && (rd.isPunctToken(end) || rd.toks.get(end).word().equals(","))) {
                end--;
            }
            if (np[1] <= last && !rd.isPunctToken(np[1]) || end - first < 2 || !rd.hasFiniteVerb(first, end)) {
                return null; // the survey must end the sentence: "Trump leads in the latest polls."
            }
            content = new Span(rd.p, rd.toks.get(clauseOfTheSurvey(first, end, c)).begin(), rd.toks.get(end).end());
        }
        Speaker source = rd.resolver.resolve(rd.p, rd.text, rd.toks.subList(np[0], np[1]));
        return new Attribution(List.of(content), source, "in", rd.quotedShare(content) > 0.6, c);
    }

    /** Words that open the clause a closing "in the polls" belongs to: "…, where he has had a big lead". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("where", "who", "which", "while", "whereas",
            "because", "although", "though", ";", ":");
    /** Of {@link #CLAUSE_OPENERS}, those that open a clause on a noun, only after a comma for a survey's clause. */
    private static final Set<String> RELATIVE_OPENERS = Set.of("where", "who", "which");

    /**
     * Where the clause that a survey closing the sentence measures starts, from first to end: after the last
     * "where", "who", "while" … that opens a clause with a finite verb of its own ("He will head to New
     * Hampshire, where he has had a big lead in the most recent polls" measures the lead); first when none does.
     */
    private int clauseOfTheSurvey(int first, int end, int c) {
        for (int k = end - 2; k > first; k--) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            if (rd.inQ[k] < 0 && CLAUSE_OPENERS.contains(w)) {
                // the clause runs unbroken to the survey ("Biden, while still ahead, has lost ground" is the main
                // clause's); a clause on a noun is set off by a comma ("…, where he has had a big lead"), not
                // "The state where he was born has turned against him", whose subject holds it
                boolean onANoun = RELATIVE_OPENERS.contains(w);
                if (!rd.hasFiniteVerb(k + 1, end) || rd.commaBetween(k + 1, c)
                        || onANoun && !rd.toks.get(k - 1).word().equals(",")) {
                    continue; // "…, where voters who attend church have boosted him": the clause of "where"
                }
                return w.equals("who") || w.equals("which") ? k : k + 1; // "who is far behind him": its subject
            }
        }
        return first;
    }

    /**
     * Where what seems so, or is expected, starts after its cue at c, or -1: "seems to agree", "appeared ready to",
     * "is widely expected to raise", "It now seems inevitable that …", "seemed like the talks had stalled". Not
     * "appeared on television" (one shows up), nor "appeared to say" (the infinitive's cue reports the words).
     */
    int impersonalComplement(int c) {
        int n = rd.toks.size();
        if (rd.inQ[c] >= 0 || rd.covered[c] || rd.toks.get(c).tag() == null) {
            return -1;
        }
        String lemma = rd.lemma(c);
        String word = rd.toks.get(c).word().toLowerCase(Locale.ROOT);
        if (isHearsay(c)) {
            // "The group is reportedly spending $1.5 million", "Trump reportedly wants …": the clause, no one's
            return c + 1 < n && rd.inQ[c + 1] < 0 && c > 0 && !rd.toks.get(c - 1).word().equals(",")
                    && rd.toks.get(c + 1).tag() != null && rd.toks.get(c + 1).tag().startsWith("VB") ? c + 1 : -1;
        }
        boolean expected = PASSIVE_HEARSAY.contains(word) && rd.isPassive(c); // "is widely expected", "had been said"
        if (!expected && !(SEEMING.contains(lemma) && rd.toks.get(c).tag().startsWith("VB"))) {
            return -1;
        }
        int x = c + 1;
        while (x < n && rd.inQ[x] < 0 && ("RB".equals(rd.toks.get(x).tag()) || "RBS".equals(rd.toks.get(x).tag()))
                && !rd.toks.get(x).word().equalsIgnoreCase("not")) {
            x++; // "seemed most concerned", "appears somewhat uneasy"
        }
        if (x + 1 >= n || rd.inQ[x] >= 0) {
            return -1;
        }
        String w = rd.toks.get(x).word().toLowerCase(Locale.ROOT);
        if (w.equals("to")) {
            return "VB".equals(rd.toks.get(x + 1).tag()) && !infinitiveReports(x + 1) ? x : -1;
        }
        if (expected) {
            return -1;
        }
        String tag = rd.toks.get(x).tag();
        if ("JJ".equals(tag) || "JJR".equals(tag) || "VBN".equals(tag) && x > c + 1) {
            return x; // "seemed unperturbed", "appeared closer to", "seemed most concerned"
        }
        return w.equals("like") && x + 2 < n && x == c + 1 && !NounPhrases.isNounish(rd.toks.get(x + 1))
                || rd.isThat(x) ? x : -1; // "seemed like the members had decided", "It appears that …"
    }

    /**
     * The subject of what seems so, its words before the cue at c (from cueStart, its auxiliaries): the noun phrase
     * with its appositive or relative clause, and the words of its own before it ("The candidate's explanations
     * for her use of a private server appear …"), back to a comma, a verb or a word opening the clause; null for
     * "it" and the like ("It seems that …").
     */
    private int[] impersonalSubject(int c, int cueStart) {
        int[] np = phrases.leftNp(c);
        int start;
        int end;
        if (np != null && np[1] <= cueStart) {
            start = np[0];
            end = Math.max(np[1], np.length > 3 ? np[3] : -1);
        } else {
            start = cueStart;
            end = cueStart;
        }
        while (start > 0 && rd.inQ[start - 1] < 0) {
            NlpToken t = rd.toks.get(start - 1);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || rd.isPunctToken(start - 1) || rd.isDash(start - 1) || NounPhrases.isFinite(t)
                    || t.tag() != null && (t.tag().startsWith("W") || t.tag().startsWith("VB")) || rd.isThat(start - 1)
                    || ArticleReading.CLAUSE_OPENERS.contains(w) || "CC".equals(t.tag())) {
                break;
            }
            start--;
        }
        if (end <= start || end - start == 1 && NOBODY.contains(rd.toks.get(start).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new int[] {start, end};
    }

    /** Whether token c is an adverb that makes its clause hearsay: "reportedly", "allegedly". */
    private boolean isHearsay(int c) {
        return HEARSAY.contains(rd.toks.get(c).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the verb after "to" at k, or the participle after its auxiliary, is a cue ("appeared to say"). */
    private boolean infinitiveReports(int k) {
        for (int i = k; i < Math.min(k + 3, rd.toks.size()); i++) {
            if (rd.isCandidateCue(i) && rd.lexicon.kind(rd.toks.get(i).word(), rd.toks.get(i).lemma())
                    == CueLexicon.Kind.SPEECH) {
                return true;
            }
            if (!"VB".equals(rd.toks.get(i).tag()) && !"VBN".equals(rd.toks.get(i).tag())
                    && !"RB".equals(rd.toks.get(i).tag())) {
                return false; // "have found", "be seen as"; not "raise rates that critics say …"
            }
        }
        return false;
    }

    /**
     * "The House is expected to pass the bill", "Investors seem to agree": what seems so or is expected, the
     * subject with the complement after the cue, said by no one in particular.
     */
    Attribution impersonal(int c) {
        int x = impersonalComplement(c);
        int last = rd.lastWord();
        if (x < 0 || x > last) {
            return null;
        }
        boolean clause = rd.isThat(x); // "it appears that Sanders, who …, and Trump do agree": commas of its own
        x = clause ? x + 1 : c + 1; // "seemed most concerned" keeps its adverb
        int end = bounds.clauseEnd(x, last);
        for (int k = x + 1; k < end; k++) {
            if (rd.inQ[k] < 0 && (!clause && (rd.toks.get(k).word().equals(",") || rd.isDash(k)) || rd.isColon(k))) {
                end = k - 1; // "is expected to sign the measure, potentially teeing up …": the expectation ends
                break;
            }
        }
        if (end < x || clause && !rd.hasFiniteVerb(x, end)) {
            return null;
        }
        int cueStart = c;
        boolean adverb = isHearsay(c);
        while (cueStart > 0 && !adverb && rd.inQ[cueStart - 1] < 0
                && NounPhrases.isAuxOrAdverb(rd.toks.get(cueStart - 1)) && !rd.isRelativePronoun(cueStart - 1)) {
            cueStart--; // "is widely expected"
        }
        if (cueStart > 0 && cueStart - 1 == rd.firstWordIndex()
                && rd.toks.get(cueStart - 1).word().equalsIgnoreCase("what")) {
            return null; // "What seemed clear to aides was that …": the clause is the subject of another verb
        }
        List<Span> content = new ArrayList<>();
        int[] subject = impersonalSubject(c, cueStart);
        if (subject != null) {
            content.add(new Span(rd.p, rd.toks.get(subject[0]).begin(), rd.toks.get(subject[1] - 1).end()));
        }
        content.add(new Span(rd.p, rd.toks.get(x).begin(), rd.toks.get(end).end()));
        String cue = rd.text.substring(rd.toks.get(cueStart).begin(), rd.toks.get(c).end());
        return new Attribution(content, new Speaker(null, null, null), cue, false, c);
    }

    /** Whether token c is a possessed noun naming what someone said ("Trump's criticism of …"). */
    boolean isNominalCue(int c) {
        if (c < 1 || c + 2 >= rd.toks.size() || rd.inQ[c] >= 0
                || !"POS".equals(rd.toks.get(c - 1).tag()) && !"PRP$".equals(rd.toks.get(c - 1).tag())) {
            return false;
        }
        String w = rd.toks.get(c).word().toLowerCase(Locale.ROOT);
        String next = rd.toks.get(c + 1).word().toLowerCase(Locale.ROOT);
        return NOMINAL_CUES.contains(w) && NOMINAL_LINKS.contains(next) && rd.inQ[c + 1] < 0;
    }

    /**
     * "Trump's criticism of the trade deal", "the senator's claim that the vote was rigged": the possessor is
     * the speaker, the phrase after the link the content, up to the next verb or comma.
     */
    Attribution nominalCue(int c) {
        boolean pronoun = "PRP$".equals(rd.toks.get(c - 1).tag()); // "his criticism of …"
        int[] owner = pronoun ? new int[] {c - 1, c} : phrases.npEndingAt(c - 2);
        if (owner == null) {
            return null;
        }
        int x = c + 2;
        int last = rd.lastWord();
        int end = x;
        boolean clause = rd.toks.get(c + 1).word().equalsIgnoreCase("that");
        for (int k = x; k <= last; k++) {
            boolean verb = NounPhrases.isFinite(rd.toks.get(k));
            if (rd.inQ[k] < 0 && ((!clause && verb) || rd.toks.get(k).word().equals(",")
                    || rd.toks.get(k).word().equals(";"))) {
                break;
            }
            end = k;
        }
        if (clause) {
            end = bounds.clauseEnd(x, end);
        }
        while (end > x && rd.isPunctToken(end) && rd.inQ[end] < 0) {
            end--;
        }
        if (end < x || (end == x && !NounPhrases.isNounish(rd.toks.get(x)))) {
            return null;
        }
        Span content = new Span(rd.p, rd.toks.get(x).begin(), rd.toks.get(end).end());
        Speaker speaker = rd.speakerFor(new int[] {owner[0], owner[1], -1, -1});
        String cue = rd.text.substring(rd.toks.get(c).begin(), rd.toks.get(c + 1).end());
        return new Attribution(List.of(content), speaker, cue, rd.quotedShare(content) > 0.6, c);
    }

    Attribution participle(int c) {
        int raised = phrases.raisingVerb(c);
        int before = raised >= 0 ? raised - 1 : c - 1; // "…, but went on to say": coordinated with what came before
        while (before > 0 && rd.inQ[before] < 0 && NounPhrases.isAuxOrAdverb(rd.toks.get(before))) {
            before--; // "… and then says", "…, later said"
        }
        int[] object = before > 2 && rd.inQ[before] < 0 ? phrases.npEndingAt(before) : null;
        if (object != null && object[0] >= 2 && "IN".equals(rd.toks.get(object[0] - 1).tag())
                && "CC".equals(rd.toks.get(object[0] - 2).tag()) && onlyCommonNouns(object)
                && !ArticleReading.SUBORDINATORS.contains(rd.toks.get(object[0] - 1).word().toLowerCase(Locale.ROOT))
                && !rd.isThat(object[0] - 1)) { // not "and though they speak", "and that he planned"
            // "…, but in a later interview said": a prepositional phrase between the conjunction and the cue, whose
            // subject is the one before the conjunction; not "but at the rally Trump said", "and in Iowa voters said"
            before = object[0] - 2;
        } else if (object == null && before > 2 && rd.inQ[before] < 0 && rd.isTimeWord(before)) {
            int k = before;
            while (k > 1 && rd.inQ[k] < 0 && (rd.isTimeWord(k) || NounPhrases.isDeterminer(rd.toks.get(k)))) {
                k--;
            }
            if (k > 1 && "IN".equals(rd.toks.get(k).tag()) && "CC".equals(rd.toks.get(k - 1).tag())) {
                before = k - 1; // "… and on Monday announced": a time between the conjunction and the cue
            }
        }
        boolean coordinated = before > 0 && !rd.isVbg(c)
                && (!"VBN".equals(rd.toks.get(c).tag()) || c + 1 < rd.toks.size() && rd.isThat(c + 1) // "but implied that"
                    // "has encouraged European nations to … but has said she will …": a perfect and a clause
                    || rd.afterHave(c) && clauseAfterAdverbs(c + 1) // also "but has said repeatedly that …"
                    || c + 2 < rd.toks.size() && rd.toks.get(c + 1).word().equals(",") && rd.isOpeningMark(c + 2))
                && ("CC".equals(rd.toks.get(before).tag()) && (rd.sentenceSpeaker != null
                        || rd.hasFiniteVerb(0, before - 1))
                    || before < c - 1 && rd.toks.get(before).word().equals(",") && rd.hasFiniteVerb(0, before - 1));
        int[] filmed = personOnFilm(c);
        if (filmed != null) {
            // "The ad uses footage of Hillary Clinton asking, “…?”": the one filmed speaks
            return contentAfter(c, rd.speakerFor(filmed));
        }
        int[] absolute = withSubject(c);
        if (absolute != null && c + 2 < rd.toks.size() && rd.toks.get(c + 1).word().equals(",")
                && !rd.isOpeningMark(c + 2) && bounds.clauseFollows(c + 2)) { // not "warning, however, that …"
            return null; // "with all precincts reporting, the race remained close": the main clause follows
        }
        if (absolute != null) {
            // "…, with 30 percent of voters saying they …": the phrase after "with" speaks
            return contentAfter(c, rd.speakerFor(absolute));
        }
        int[] document = documentAfterPreposition(c);
        if (document != null) {
            // "said about the article alleging that …": the article alleges, not the one who spoke about it
            return contentAfter(c, rd.speakerFor(document));
        }
        int[] blamed = blamedForSaying(c);
        if (blamed != null) {
            // "Trump attacked Khan for saying that …": the one blamed said it
            return contentAfter(c, rd.speakerFor(blamed));
        }
        // "…, adding that …" and "began by saying that …"
        int p = c - 1;
        while (p > 1 && "RB".equals(rd.toks.get(p).tag())
                && !GERUND_PREPOSITIONS.contains(rd.toks.get(p).word().toLowerCase(Locale.ROOT))) {
            p--; // "before again claiming"
        }
        boolean afterPreposition = rd.isVbg(c) && c > 1
                && ("IN".equals(rd.toks.get(p).tag()) || "RB".equals(rd.toks.get(p).tag())) // "before" read as RB
                && GERUND_PREPOSITIONS.contains(rd.toks.get(p).word().toLowerCase(Locale.ROOT));
        int lead = c - 1;
        while (lead > 1 && rd.inQ[lead] < 0 && "RB".equals(rd.toks.get(lead).tag())) {
            lead--; // "…, eventually saying he would be a disaster"
        }
        if (rd.isVbg(c) && lead > 2 && rd.inQ[lead] < 0 && (rd.toks.get(lead).word().equalsIgnoreCase("each")
                || rd.toks.get(lead).word().equalsIgnoreCase("both")) && rd.toks.get(lead - 1).word().equals(",")
                && (!NounPhrases.isNoun(rd.toks.get(lead - 2)) || rd.isTimeWord(lead - 2))) {
            // "The candidates clashed on Wednesday, each saying the other lacks …": the subject's, one by one; not
            // "interviewed 20 voters outside the station, each saying …", the object's
            lead--;
        }
        boolean afterComma = c > 0 && (rd.toks.get(lead).word().equals(",") // also '…values,” saying'
                // "flipped his choice on the spot – saying …"
                || ArticleReading.LONG_DASHES.contains(rd.toks.get(lead).word())
                || c > 1 && rd.isClosingMark(c - 1)
                    && rd.text.substring(0, rd.toks.get(c - 1).begin()).endsWith(","))
                || c > 2 && "CC".equals(rd.toks.get(c - 1).tag()) // "…, and saying", "“…,” and saying"
                    && (rd.toks.get(c - 2).word().equals(",") || rd.isClosingMark(c - 2) || rd.isSpacedHyphen(c - 2)
                        || participleCueBefore(c - 1)); // "…, criticizing the pipeline and calling for …"
        if (!coordinated && !afterPreposition && (!rd.isVbg(c) || !afterComma && !afterDocument(c))) {
            return null;
        }
        if (afterComma && isAsideBeforeTheMainVerb(c)) {
            return null; // "Lind, speaking in Brussels, said …": the main verb reports, the participle sets the scene
        }
        if (!afterComma && rd.isVbg(c) && afterDocument(c)) {
            int[] received = receivedDocument(c);
            if (received != null) {
                // "She received an email in January saying the account was closed": the email says it, not she
                return contentAfter(c, rd.speakerFor(received));
            }
            int[] signer = subjectOfVerbBefore(c);
            if (signer != null) {
                // "Her comments came after 40 MPs signed a letter warning that …": the letter is the MPs'
                return contentAfter(c, rd.speakerFor(signer));
            }
        }
        int[] subordinate = coordinated ? subjectOfOpeningClause(c) : null;
        Speaker speaker = subordinate != null ? rd.speakerFor(subordinate) : rd.sentenceSpeaker;
        if (speaker == null) {
            int[] subject = phrases.leadingNp();
            if (subject == null || !subjectOfAVerb(subject[1])) {
                // "Speaking in Salem, Trump went after Bush, calling him …": the clause's own subject
                int[] nearest = subjectOfVerbBefore(c);
                int[] afterOpening = nearest == null ? subjectAfterOpening(c) : null;
                subject = nearest != null ? nearest : afterOpening != null ? afterOpening : subject;
            }
            if (subject == null || subject[1] >= c) {
                return null;
            }
            speaker = rd.speakerFor(subject);
        }
        return contentAfter(c, speaker);
    }

    /**
     * Whether a participle of saying after a comma or dash comes before token k in its sentence, outside
     * quotations ("…, criticizing the pipeline and calling for …", "…, saying that the bill was sound - and
     * arguing …": the second participle goes on the first's series, past the first one's content).
     */
    private boolean participleCueBefore(int k) {
        for (int j = k - 1; j > 1; j--) {
            NlpToken t = rd.toks.get(j);
            if (rd.inQ[j] < 0 && "VBG".equals(t.tag()) && (rd.toks.get(j - 1).word().equals(",") || rd.isDash(j - 1))
                    && (rd.lexicon.kind(t.word(), t.lemma()) == CueLexicon.Kind.SPEECH
                        // "…, painting others as weak and suggesting …"; not "…, leaving voters confused and asking
                        // whether …", where the voters ask
                        || !rd.hasFiniteVerb(j + 1, k - 1) && !CAUSATIVES.contains(rd.lemma(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at c opens an aside with no object of its own, closed by a comma before the
     * sentence's finite verb: "Lind, speaking in Brussels, said", "Vorontsov, speaking early last month, had
     * promised". A participle with an object ("calling the offer a farce, said") or a clause ("saying he was
     * tired, left") has content of its own.
     */
    private boolean isAsideBeforeTheMainVerb(int c) {
        if (!rd.opensAdverbial(c + 1)) {
            return false;
        }
        for (int k = c + 1; k < rd.toks.size() - 1 && k <= c + 15; k++) {
            if (rd.inQ[k] >= 0 || rd.isThat(k) && k > c + 1 || NounPhrases.isFinite(rd.toks.get(k))) {
                return false;
            }
            if (rd.toks.get(k).word().equals(",")) {
                int place = k + 1;
                while (place < rd.toks.size() - 1 && rd.inQ[place] < 0
                        && NounPhrases.isProperNoun(rd.toks.get(place))) {
                    place++;
                }
                if (place > k + 1 && rd.toks.get(place).word().equals(",")
                        && NounPhrases.isProperNoun(rd.toks.get(k - 1))) {
                    // "speaking at a rally in Wilmington, N.C., warned", "campaigning in Des Moines, Iowa, on
                    // Monday, said": the place goes on to its state, and the aside goes on after it
                    k = place - 1;
                    continue;
                }
                int v = k + 1;
                while (v < rd.toks.size() - 1 && NounPhrases.isAuxOrAdverb(rd.toks.get(v))
                        && !NounPhrases.isFinite(rd.toks.get(v))) {
                    v++;
                }
                if (NounPhrases.isFinite(rd.toks.get(v)) || rd.misreadFinite(v)) {
                    return true;
                }
                if (!rd.opensAdverbial(k + 1)) {
                    return false;
                }
                // "campaigning in Des Moines, Iowa, on Monday, said": another adverbial of the aside
            }
        }
        return false;
    }

    /**
     * The document right before participle c when a preposition governs it ("about the article alleging",
     * "cited in a report saying"), or null: such a document speaks for itself. A document that is the object of a
     * verb ("released a statement saying") speaks for the verb's subject ({@link #afterDocument}).
     */
    private int[] documentAfterPreposition(int c) {
        if (!rd.isVbg(c) || c < 2 || rd.inQ[c - 1] >= 0) {
            return null;
        }
        NlpToken last = rd.toks.get(c - 1);
        if (!("NN".equals(last.tag()) || "NNS".equals(last.tag()))
                || !SpeakerResolver.DOCUMENTS.contains(last.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int[] np = phrases.npEndingAt(c - 1);
        return np != null && np[0] >= 1 && "IN".equals(rd.toks.get(np[0] - 1).tag())
                ? new int[] {np[0], np[1], -1, -1} : null;
    }

    /**
     * Whether the occasion noun at k stands in a prepositional phrase ("at a news conference announcing …"), the
     * clause's own occasion; not "Protesters interrupted Trump's speech calling for …", someone else's.
     */
    private boolean occasionOfTheClause(int k) {
        int j = k - 1;
        while (j >= 0 && rd.inQ[j] < 0 && NounPhrases.isNpToken(rd.toks, j) && !"POS".equals(rd.toks.get(j).tag())) {
            j--;
        }
        return j >= 0 && rd.inQ[j] < 0 && "IN".equals(rd.toks.get(j).tag());
    }

    /** Occasions of one's own speaking: "said at a news conference announcing that …", "a speech calling for …". */
    private static final Set<String> SPOKEN_OCCASIONS = Set.of("conference", "speech", "address", "interview",
            "remarks", "testimony", "sermon");

    /**
     * "released a statement late Tuesday saying: …", "posted a video calling it …": a participle right after
     * a document noun (times, "in 2013" and adverbs between) reports what the document says, for the clause's
     * subject; so does one after an occasion of the subject's speaking ("said at a news conference announcing that
     * …").
     */
    private boolean afterDocument(int c) {
        for (int k = c - 1; k >= 1 && c - k <= 4 && rd.inQ[k] < 0; k--) {
            NlpToken t = rd.toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (("NN".equals(t.tag()) || "NNS".equals(t.tag()))
                    && (SpeakerResolver.DOCUMENTS.contains(w)
                        || SPOKEN_OCCASIONS.contains(w) && occasionOfTheClause(k))) {
                return true;
            }
            boolean timePreposition = "IN".equals(t.tag()) && k + 1 < c && rd.isTimeWord(k + 1); // "in 2013"
            if (!rd.isTimeWord(k) && !rd.isTimeModifier(k) && !NounPhrases.isAuxOrAdverb(t) && !"JJ".equals(t.tag())
                    && !timePreposition) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of getting a document, whose subject did not write it: "received a letter saying …". */
    private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "see", "read", "find",
            "open", "discover");

    /**
     * The document before participle c when the verb whose object it is receives it: "She received an email in
     * January saying …", "reporters obtained a memo warning …"; null otherwise.
     */
    private int[] receivedDocument(int c) {
        for (int v = c - 1; v > 0 && c - v <= 8; v--) {
            if (rd.inQ[v] >= 0) {
                return null;
            }
            if (NounPhrases.isVerb(rd.toks.get(v))) {
                if (!RECEIVING.contains(rd.lemma(v))) {
                    return null;
                }
                int[] np = phrases.rightNp(v + 1);
                return np != null && np[1] <= c ? new int[] {np[0], np[1], -1, -1} : null;
            }
        }
        return null;
    }

    /**
     * "After the report, Grimm stormed back, leaned in and said": the first noun phrase after a comma that a
     * finite verb follows, before token c; null when there is none.
     */
    private int[] subjectAfterOpening(int c) {
        for (int k = rd.firstWordIndex() + 1; k < c - 1; k++) {
            if (rd.inQ[k] < 0 && rd.toks.get(k).word().equals(",")) {
                int[] np = phrases.rightNp(k + 1);
                if (np != null && np[1] < c && subjectOfAVerb(np[1])) {
                    return new int[] {np[0], np[1], -1, -1};
                }
            }
        }
        return null;
    }

    /**
     * The subject of the clause that opens the sentence with a subordinator and holds token c before its comma:
     * "Although the state doesn't track the rates and has maintained that …, Lind said …" gives "the state", whose
     * verbs are coordinated, not the main clause's speaker; null when c is not in such a clause.
     */
    private int[] subjectOfOpeningClause(int c) {
        if (!inOpeningClause(c, null)) {
            return null;
        }
        int first = rd.openingWordIndex();
        int[] np = phrases.rightNp(first + 1);
        return np != null && np[1] < c && subjectOfAVerb(np[1]) ? new int[] {np[0], np[1], -1, -1} : null;
    }

    /**
     * Whether token c is in the clause that opens the sentence with a subordinator other than {@code except}, before
     * the clause's comma: "Although the state …", "As the crowd began to chant".
     */
    private boolean inOpeningClause(int c, String except) {
        int first = rd.openingWordIndex();
        String w = rd.toks.get(first).word().toLowerCase(Locale.ROOT);
        if (first + 1 >= c || rd.inQ[first] >= 0 || !ArticleReading.SUBORDINATORS.contains(w) || w.equals(except)) {
            return false;
        }
        for (int k = first + 1; k < c; k++) {
            if (rd.inQ[k] < 0 && (rd.toks.get(k).word().equals(",") || rd.isColon(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a finite verb (after auxiliaries and adverbs) follows token k: the phrase before k is a subject. */
    private boolean subjectOfAVerb(int k) {
        int v = k;
        while (v < rd.toks.size() && rd.inQ[v] < 0 && NounPhrases.isAuxOrAdverb(rd.toks.get(v))
                && !"MD".equals(rd.toks.get(v).tag())
                && !FINITE_AUXILIARIES.contains(rd.toks.get(v).word().toLowerCase(Locale.ROOT))) {
            v++;
        }
        if (v >= rd.toks.size() || rd.inQ[v] >= 0) {
            return false;
        }
        return NounPhrases.isFinite(rd.toks.get(v)) || rd.misreadFinite(v);
    }

    /** The phrase of "with X saying": the noun phrase right before participle c when "with" opens it, or null. */
    private int[] withSubject(int c) {
        if (!rd.isVbg(c)) {
            return null;
        }
        int[] np = phrases.npEndingAt(c - 1);
        // also "…, expressing optimism – Ryan saying he was “very encouraged”": a phrase after a dash
        return np != null && np[0] >= 1 && (rd.toks.get(np[0] - 1).word().equalsIgnoreCase("with")
                    || np[0] >= 2 && rd.isDash(np[0] - 1) && NounPhrases.isProperNoun(rd.toks.get(np[1] - 1)))
                ? new int[] {np[0], np[1], -1, -1} : null;
    }

    /**
     * The subject of the last finite verb before a participle: "Speaking in Salem, Trump went after Bush,
     * calling him …" gives "Trump"; null when there is none.
     */
    private int[] subjectOfVerbBefore(int c) {
        for (int v = c - 1; v > 0; v--) {
            if (rd.inQ[v] < 0 && (NounPhrases.isTensed(rd.toks.get(v)) || rd.misreadFinite(v))) {
                int[] np = phrases.leftNp(v);
                return np != null && np.length == 4 ? np : null;
            }
        }
        return null;
    }

    /**
     * "Asked whether the bridge would reopen, the mayor said …" (also after "And when"): a sentence opening with
     * "asked" and a question reports the question up to the comma; "…, Le Pen told CNN when asked which candidate
     * she would back.": a question closing the sentence runs to its end. The asker is not named.
     */
    private static boolean isQuestionWord(String w) {
        return ArticleReading.QUESTION_WORDS.contains(w);
    }

    private static boolean isQuestionWord(NlpToken t) {
        return isQuestionWord(t.word().toLowerCase(Locale.ROOT));
    }

    Attribution askedOpening(int c) {
        NlpToken cue = rd.toks.get(c);
        int first = rd.openingWordIndex(); // also "And when asked who …", "But asked whether …"
        boolean opener = c > 0 && ASKED_OPENERS.contains(rd.toks.get(c - 1).word().toLowerCase(Locale.ROOT));
        boolean opening = c == first || c == first + 1 && opener;
        // "…, Le Pen told CNN when asked which candidate she would back.": the question closes the sentence
        boolean closing = !opening && opener && c - 1 > first && rd.toks.get(c - 1).word().equalsIgnoreCase("when");
        if (!opening && !closing || !"ask".equals(rd.lexicon.cueLemma(cue.word(), cue.lemma()))) {
            return null;
        }
        // "Asked whether …", "Asked by reporters on Monday about …", "When asked specifically what …"
        int q = c + 1;
        while (q < rd.toks.size() && q - c <= 10 && rd.inQ[q] < 0 && !rd.toks.get(q).word().equals(",")
                && !isQuestionWord(rd.toks.get(q))) {
            q++;
        }
        if (q >= rd.toks.size() || !isQuestionWord(rd.toks.get(q))
                || q > c + 1 && rd.toks.get(q).word().equalsIgnoreCase("to")) {
            return null;
        }
        int end = q;
        while (end + 1 < rd.toks.size() && (rd.inQ[end + 1] >= 0 || !rd.toks.get(end + 1).word().equals(","))) {
            end++;
        }
        if (closing) {
            end = Math.min(end, rd.lastWord());
        }
        if (!closing && end + 1 >= rd.toks.size() || end - q < 1) {
            return null;
        }
        Span content = new Span(rd.p, rd.toks.get(q).begin(), rd.toks.get(end).end());
        return new Attribution(List.of(content), new Speaker(null, null, null), rd.toks.get(c).word(),
                rd.quotedShare(content) > 0.6, c);
    }

    /**
     * "Calling the plan a “reckless gamble,” Lind told reporters …", "Warning that the bridge could close, the
     * mayor asked …": a sentence opening with a participle of saying speaks for the subject of the main clause
     * after the comma. What was said is the participle's own object or clause, up to that comma.
     */
    Attribution openingParticiple(int c) {
        int first = rd.openingWordIndex(); // also "But calling the plan …"
        if (first + 2 < c && "RB".equals(rd.toks.get(first).tag()) && rd.toks.get(first + 1).word().equals(",")
                && rd.inQ[first] < 0) {
            first += 2; // "Now, after arguing that …, his team is suggesting …"
        }
        NlpToken cue = rd.toks.get(c);
        // "After saying her foot was “so swollen …,” she was …": a preposition before the participle
        String opener = rd.toks.get(first).word().toLowerCase(Locale.ROOT);
        boolean afterPreposition = c == first + 1 && rd.isVbg(c) && GERUND_PREPOSITIONS.contains(opener)
                && !opener.equals("without"); // "Without mentioning Trump by name, Obama warned …": nothing said
        if (c != first && !afterPreposition || !rd.isVbg(c) && !rd.openingGerundReadAsNoun(c)
                || rd.lexicon.kind(cue.word(), cue.lemma()) != CueLexicon.Kind.SPEECH) {
            return null;
        }
        for (int k = c + 2; k < rd.lastWord(); k++) {
            boolean closing = k + 1 < rd.toks.size() && rd.isClosingMark(k + 1); // 'a “reckless gamble,” Lind'
            if (!rd.toks.get(k).word().equals(",") || rd.inQ[k] >= 0 && !closing) {
                continue;
            }
            int j = closing ? k + 2 : k + 1;
            int[] subject = mainClauseSubject(j);
            if (subject == null) {
                continue; // "Calling the plan, which …, a gamble": the comma is the phrase's own
            }
            Attribution a = contentAfter(c, rd.speakerFor(subject));
            if (a == null) {
                return null;
            }
            int end = rd.toks.get(closing ? k + 1 : k - 1).end();
            int start = a.content().get(0).start();
            for (int i = c + 1; i < k && rd.toks.get(i).begin() < start; i++) {
                if (rd.toks.get(i).word().equals(",") && rd.inQ[i] < 0) {
                    return null; // "Speaking at a town hall in Salem, New Hampshire, Trump said": no object at all
                }
            }
            if (!statementBefore(c, start, k)) {
                return null; // "Answering questions from reporters, Lind …", "Talking animals, …": no words reported
            }
            List<Span> content = new ArrayList<>();
            for (Span piece : a.content()) {
                if (piece.paragraph() == rd.p && piece.start() < end) {
                    content.add(new Span(rd.p, piece.start(), Math.min(piece.end(), end)));
                }
            }
            if (content.isEmpty()) {
                return null;
            }
            boolean direct = content.size() == 1 && rd.quotedShare(content.get(0)) > 0.6; // 'Citing “safety concerns,”'
            return new Attribution(content, a.speaker(), a.cue(), direct, c);
        }
        return null;
    }

    /**
     * Whether the words of the opening participle c, from offset start to the comma at k, report a statement: a
     * clause ("Saying he was disappointed", "Noting that the pier was old"), a quotation ('Citing “safety
     * concerns,”'), or the object of a cue that reports what it names ("Calling the plan a gamble", "Discussing
     * the show's success"); not the object of a cue of talking ("Answering questions from reporters", "Asking for
     * help", "Telling jokes").
     */
    private boolean statementBefore(int c, int start, int k) {
        int from = c + 1;
        while (from < k && rd.toks.get(from).begin() < start) {
            from++;
        }
        for (int i = from; i < k; i++) {
            if (rd.inQ[i] >= 0) {
                return true;
            }
        }
        return k - from >= 2 && (rd.hasFiniteVerb(from, k - 1)
                || !TALKING.contains(rd.cueLemma(c)));
    }

    /**
     * The subject of a main clause starting at token j (a noun phrase, perhaps with an appositive, then a finite
     * verb within a dozen words): [start, end, appStart, appEnd], or null when no clause starts there.
     */
    private int[] mainClauseSubject(int j) {
        if (phrases.rightNp(j) == null) {
            return null;
        }
        for (int v = j + 1; v < rd.toks.size() && v <= j + 12 && rd.inQ[v] < 0; v++) {
            if (NounPhrases.isFinite(rd.toks.get(v)) || rd.misreadFinite(v)) {
                int[] np = phrases.leftNp(v);
                return np != null && np.length >= 4 && np[0] == j ? np : null;
            }
            if (!NounPhrases.isNpToken(rd.toks, v) && !rd.toks.get(v).word().equals(",")
                    && !NounPhrases.isAuxOrAdverb(rd.toks.get(v))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Trump was asked whether …", "Clinton has been asked to release …", "was asked, “What …?”": a question
     * or request put to the subject; the asker is named only by "by X", else unknown.
     */
    Attribution passiveQuestion(int c) {
        NlpToken cue = rd.toks.get(c);
        if (!rd.isPassive(c) || !"ask".equals(rd.lexicon.cueLemma(cue.word(), cue.lemma()))) {
            return null;
        }
        int x = c + 1;
        Speaker asker = new Speaker(null, null, null);
        if (x < rd.toks.size() && rd.toks.get(x).word().equalsIgnoreCase("by")) {
            int[] np = phrases.rightNp(x + 1);
            if (np == null) {
                return null;
            }
            asker = rd.speakerFor(new int[] {np[0], np[1], -1, -1});
            x = np[1];
        }
        if (x < rd.toks.size() && !"TO".equals(rd.toks.get(x).tag())) {
            x = bounds.skipAdverbials(x); // "was asked on Monday whether", not "was asked to release"
        }
        while (x < rd.toks.size() && (rd.toks.get(x).word().equals(",") || rd.isColon(x))) {
            x++;
        }
        int last = rd.lastWord();
        if (x > last) {
            return null;
        }
        String w = rd.toks.get(x).word().toLowerCase(Locale.ROOT);
        QuotedRegion opening = rd.regionStartingAt(x);
        List<Span> content = new ArrayList<>();
        boolean direct;
        if (opening != null && !rd.usedGroups.contains(opening.group())) {
            content.addAll(rd.group(opening.group()));
            direct = true;
        } else if (isQuestionWord(w) && !w.equals("who") && !w.equals("when") && !w.equals("where")) {
            int end = bounds.clauseEnd(x, last);
            if (end <= x) {
                return null;
            }
            Span main = new Span(rd.p, rd.toks.get(x).begin(), rd.toks.get(end).end());
            content.add(main);
            direct = rd.quotedShare(main) > 0.6;
        } else {
            return null;
        }
        String written = rd.text.substring(rd.toks.get(c - 1).begin(), cue.end());
        return new Attribution(content, asker, written, direct, c);
    }

    /** "sees the plan as a trap", "viewed Clinton as the favourite": a view held of something. */
    private boolean seenAs(int c, int x) {
        if (!SEEING.contains(rd.cueLemma(c))) {
            return false;
        }
        for (int k = x + 1; k < rd.toks.size() && k <= x + 10; k++) {
            if (rd.toks.get(k).word().equalsIgnoreCase("as") && rd.inQ[k] < 0) {
                return true;
            }
            if (rd.inQ[k] < 0 && (NounPhrases.isVerb(rd.toks.get(k)) || rd.isPunctToken(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the phrase after a cue such as "warn" is the subject of what is said, not whom it is said to:
     * a subject pronoun ("warned they had the votes") or a phrase a finite verb follows ("warned it may come
     * to that", "warned 43 people would be admitted").
     */
    private boolean opensTheContent(int[] np) {
        String first = rd.toks.get(np[0]).word().toLowerCase(Locale.ROOT);
        if (np[1] - np[0] == 1 && NounPhrases.SUBJECT_PRONOUNS.contains(first)) {
            return true;
        }
        if (np[1] >= rd.toks.size() || rd.inQ[np[1]] >= 0) {
            return false;
        }
        NlpToken verb = rd.toks.get(np[1]);
        // not "told 2,267 people gathered at Purdue": a past form in -ed may be a participle describing them; not
        // "told NBC's Today show the number": a present form may be a noun of the name
        String w = verb.word().toLowerCase(Locale.ROOT);
        return NounPhrases.isFinite(verb) && !("VBD".equals(verb.tag()) && w.endsWith("ed"))
                && (!"VBP".equals(verb.tag()) || w.equals("are") || w.equals("have") || w.equals("do"));
    }

    /**
     * Where a name at the end of an addressee phrase opens what was told: "told police LaCalamita loaded a shell",
     * "told reporters Smith had a gun". The tokens np[0]..np[1]-1 end in a run of proper nouns after a common
     * noun, and a finite verb follows; the common noun is the addressee and the name the subject of the content.
     * Not "told Fox News host Sean Hannity the plan …" (no verb follows the name). -1 when there is none.
     */
    private int nameOpeningTheContent(int[] np) {
        if (np[1] >= rd.toks.size() || rd.inQ[np[1]] >= 0 || !NounPhrases.isFinite(rd.toks.get(np[1]))) {
            return -1;
        }
        int k = np[1];
        while (k > np[0] && NounPhrases.isProperNoun(rd.toks.get(k - 1))) {
            k--;
        }
        if (k == np[1] || k == np[0]) {
            return -1;
        }
        String before = rd.toks.get(k - 1).tag();
        return "NN".equals(before) || "NNS".equals(before) ? k : -1;
    }

    /**
     * "urged Democrats to vote", "accused Clinton of lying", "thanked her for her service": what follows the
     * addressee says what the addressee should do or did, and the addressee belongs to the content; after
     * "told reporters that …" it does not.
     */
    private boolean controlled(int k) {
        if (k >= rd.toks.size() || rd.inQ[k] >= 0) {
            return false;
        }
        String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("for")
                || w.equals("to") && k + 1 < rd.toks.size() && NounPhrases.isVerb(rd.toks.get(k + 1));
    }

    /**
     * "The UN's Mr Gunness disagreed with the minister:" and then a quotation: a sentence that ends with a colon
     * right before a quotation, and holds no attribution of its own, introduces the quotation as the words of the
     * subject of its last clause, whatever the verb ("was blunt:", "had a warning for Congress:"). The subject
     * must stand for someone ("Wait, it gets better:" and "Here they are:" introduce nobody's words). Null when
     * there is no such sentence.
     */
    Attribution colonIntroduction() {
        int end = rd.toks.size() - 1;
        while (end > 0 && (rd.inQ[end] >= 0 || rd.isOpeningMark(end) || rd.isClosingMark(end)
                || ".".equals(rd.toks.get(end).word()))) {
            end--; // 'Lind was blunt: “We lost.”': the quotation may end the colon's own sentence
        }
        if (end < 2 || !rd.isColon(end) || rd.inQ[end] >= 0) {
            return null;
        }
        QuotedRegion next = rd.nextRegionAfter(rd.p, rd.toks.get(end).end());
        if (next == null || rd.usedGroups.contains(next.group())
                || rd.attributedAfter(rd.lastOfGroup(next.group()))
                || next.paragraph() != rd.p && (!rd.onlyPunctuation(rd.toks.get(end).end(), rd.text.length())
                    || next.start() > 2)) {
            return null;
        }
        int v = end - 1;
        while (v >= 0 && (rd.inQ[v] >= 0 || !NounPhrases.isFinite(rd.toks.get(v)))) {
            v--;
        }
        if (v < 1) {
            return null;
        }
        for (int k = v + 1; k < end; k++) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("from") || w.equals("by")) {
                return null; // "Lind read from a letter by Berg:", "shared a message from her son:": another's words
            }
        }
        int[] left = phrases.leftNp(v);
        if (left == null || left[0] > rd.firstWordIndex() && !rd.toks.get(left[0] - 1).word().equals(",")
                && !"CC".equals(rd.toks.get(left[0] - 1).tag())) {
            return null;
        }
        List<NlpToken> subject = rd.toks.subList(left[0], left[1]);
        List<Span> content = rd.group(next.group());
        int cue = v;
        for (int k = v + 1; k < end && rd.inQ[k] < 0 && (NounPhrases.isVerb(rd.toks.get(k))
                || "TO".equals(rd.toks.get(k).tag()) || "RB".equals(rd.toks.get(k).tag())); k++) {
            if (NounPhrases.isVerb(rd.toks.get(k))) {
                cue = k; // "will be left to wonder:": the verb chain's last verb, not the modal
            }
        }
        String verb = rd.toks.get(cue).word();
        if (!isSomeone(subject) || verb.length() > 1 && ArticleReading.isAllCaps(verb)
                || rd.textOf(content).strip().split("\\s+").length < 4) {
            // "can add a new title to his resume: “song anthropologist.”" names something; "IOWA POLLS NOT
            // NECESSARILY WRONG - Mark Blumenthal:" is a headline in capitals
            return null;
        }
        return new Attribution(content, rd.speakerFor(left, content), verb, true, cue);
    }

    /**
     * Whether a subject names a person or a body: a name or a speaking entity, a subject pronoun, or a noun of
     * people, bodies or documents ("the minister", "the committee", "the letter"); not "The timing of Sanders'
     * surge", "it" or "this".
     */
    private static boolean isSomeone(List<NlpToken> np) {
        String first = np.get(0).word().toLowerCase(Locale.ROOT);
        if (NOBODY.contains(first)) {
            return false;
        }
        NlpToken head = np.get(np.size() - 1);
        String w = head.word().toLowerCase(Locale.ROOT);
        if ("NN".equals(head.tag()) || "NNS".equals(head.tag())) {
            return SpeakerResolver.isPersonNoun(w) || SpeakerResolver.isBody(w)
                    || SpeakerResolver.DOCUMENTS.contains(w); // "Hoff's letter makes the case:"
        }
        for (NlpToken t : np) {
            if (SpeakerResolver.canSpeak(t.ner()) || NounPhrases.isProperNoun(t)) {
                return true;
            }
        }
        return NounPhrases.SUBJECT_PRONOUNS.contains(w);
    }

    /**
     * The quotation opening the next paragraph when the sentence being read ends its paragraph, nobody's yet
     * and not attributed after it; else null.
     */
    private QuotedRegion quotationOpeningNextParagraph() {
        NlpToken lastToken = rd.toks.get(rd.toks.size() - 1);
        if (!rd.onlyPunctuation(lastToken.end(), rd.text.length())) {
            return null;
        }
        QuotedRegion next = rd.nextRegionAfter(rd.p, rd.text.length());
        if (next == null || next.paragraph() != rd.p + 1 || rd.usedGroups.contains(next.group())
                || rd.attributedAfter(rd.lastOfGroup(next.group()))
                || !rd.paragraphs.get(next.paragraph()).text().substring(0, next.start()).isBlank()
                    && next.start() > 2) {
            return null;
        }
        return next;
    }

    /**
     * Whether the noun phrase opening at x after cue c is something done, not something said: "maintain" takes a
     * clause when it reports ("maintained that he was innocent", "maintained, “…”", "maintained to reporters
     * that …"), not an object ("maintained a large lead"); "recall" takes goods when a maker takes them back
     * ("recalled 3,000 cars"); "call" a number or a place one rings ("call 911", "called her house").
     */
    private boolean objectIsNoStatement(int c, int x, String lemma) {
        NlpToken t = rd.toks.get(x);
        boolean nounPhrase = NounPhrases.isDeterminer(t) || NounPhrases.isNounish(t) || "JJ".equals(t.tag())
                || "PRP$".equals(t.tag());
        return (nounPhrase && ("maintain".equals(lemma) || "point".equals(lemma) && x == c + 1)) // "pointed the gun"
                || "speak".equals(lemma) && objects.speaksALanguage(x) // "speaks fluent Spanish"
                || "find".equals(lemma) && nounPhrase && !objects.reportsAFinding(c, x) // "found a way", "find jobs"
                || ("recall".equals(lemma) && recallsGoods(c, x))
                || ("call".equals(lemma) && (isTelephoneNumber(x) || ringsAPlace(x))) // "call 212-306-6794"
                || showsSomeoneSpeaking(x);
    }

    /**
     * Whether an adverb or a time at x opens nothing but adverbs, times and prepositional phrases of place or time
     * up to the sentence's end: "spoken periodically throughout the contest", "spoke briefly in Ohio on Tuesday".
     * Not a phrase of what about ("talked openly about her views"), an object ("indicated publicly their support"),
     * an infinitive or a clause.
     */
    private boolean onlyAdverbialsToTheEnd(int x) {
        int last = rd.lastWord();
        if (x > last || rd.inQ[x] >= 0 || !"RB".equals(rd.toks.get(x).tag()) && !rd.isTimeWord(x)) {
            return false;
        }
        int k = x;
        while (k <= last) {
            NlpToken t = rd.toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (rd.inQ[k] >= 0) {
                return false;
            }
            if ("RB".equals(t.tag()) && !w.equals("not") || rd.isTimeWord(k) || rd.isTimeModifier(k)) {
                k++;
            } else if ("IN".equals(t.tag()) && (!CUE_PREPOSITIONS.contains(w) || k + 1 <= last && rd.isTimeWord(k + 1))
                    && !rd.isThat(k)
                    && !ArticleReading.SUBORDINATORS.contains(w) && k + 1 <= last) {
                k++;
                int start = k;
                while (k <= last && rd.inQ[k] < 0 && (NounPhrases.isDeterminer(rd.toks.get(k))
                        || NounPhrases.isNounish(rd.toks.get(k)) || "JJ".equals(rd.toks.get(k).tag())
                        || "CD".equals(rd.toks.get(k).tag()) || "PRP$".equals(rd.toks.get(k).tag()))) {
                    k++;
                }
                if (k == start) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an aside from k closes with a comma before "that" or a quotation, which the cue before the aside
     * shares: "said, and I think rightly, that …", "said, and witnesses confirmed, that …", "said, and I quote, “…”".
     */
    private boolean sharedAfterAnAside(int k) {
        for (int i = k; i + 1 < rd.toks.size(); i++) {
            if (rd.inQ[i] < 0 && rd.toks.get(i).word().equals(",")) {
                return rd.isThat(i + 1) || rd.isOpeningMark(i + 1);
            }
        }
        return false;
    }

    /**
     * Whether the object at x is a recording of someone speaking ("shows a video of Marco Rubio saying, “…”",
     * "features footage of Clinton asking, “…?”"): the one filmed speaks ({@link #personOnFilm}), and what
     * shows it reports nothing of its own.
     */
    private boolean showsSomeoneSpeaking(int x) {
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && (NounPhrases.isDeterminer(rd.toks.get(k))
                || "JJ".equals(rd.toks.get(k).tag()) || "PRP$".equals(rd.toks.get(k).tag()))) {
            k++; // "a new video", "its own footage"
        }
        if (k + 2 >= rd.toks.size() || !RECORDINGS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                || !rd.toks.get(k + 1).word().equalsIgnoreCase("of")) {
            return false;
        }
        int v = k + 2;
        while (v < rd.toks.size() && rd.inQ[v] < 0 && "PERSON".equals(rd.toks.get(v).ner())) {
            v++;
        }
        return v > k + 2 && v < rd.toks.size() && rd.isCandidateCue(v) && personOnFilm(v) != null;
    }

    /** Places one rings: "called Singh's house to let the family know". */
    private static final Set<String> RUNG = Set.of("house", "home", "office", "offices", "hotline", "number",
            "line", "phone", "cellphone", "landline", "switchboard", "desk", "helpline", "station", "shop",
            "store", "restaurant", "hospital", "clinic", "school");

    /**
     * Whether the noun phrase at x is a place one rings ("called Singh's house to let the family know", "called
     * the police station"), with no second phrase after it that would name it ("called the house a fortress").
     */
    private boolean ringsAPlace(int x) {
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && (NounPhrases.isDeterminer(rd.toks.get(k))
                || NounPhrases.isProperNoun(rd.toks.get(k)) || "POS".equals(rd.toks.get(k).tag())
                || "JJ".equals(rd.toks.get(k).tag()) || "NN".equals(rd.toks.get(k).tag())
                || "NNS".equals(rd.toks.get(k).tag()))) {
            k++;
        }
        if (k == x || !RUNG.contains(rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (k >= rd.toks.size()) {
            return true;
        }
        NlpToken after = rd.toks.get(k);
        return rd.inQ[k] < 0 && !rd.isOpeningMark(k) && !NounPhrases.isDeterminer(after)
                && !"JJ".equals(after.tag()) && !NounPhrases.isNoun(after);
    }

    /** A telephone number written as one token, with separators ("212-306-6794", "(555) 010-4477", "+44 20 …"). */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\(?\\d[\\d ().-]{5,}\\d");
    /** A span of years or numbers ("2016-2017", "1939-45"), which looks like a telephone number. */
    private static final Pattern NUMBER_SPAN = Pattern.compile("\\d{1,4}[-\u2013]\\d{1,4}");

    /**
     * Whether token x is a number one rings: a telephone number, or 911, 999 or 112 with no noun after it
     * ("called 911", not "called 112 lawmakers").
     */
    private boolean isTelephoneNumber(int x) {
        String w = rd.toks.get(x).word();
        if (PHONE_NUMBER.matcher(w).matches() && !NUMBER_SPAN.matcher(w).matches()) {
            return true;
        }
        boolean emergency = w.equals("911") || w.equals("999") || w.equals("112");
        return emergency && (x + 1 >= rd.toks.size() || !NounPhrases.isNoun(rd.toks.get(x + 1)));
    }

    /**
     * Whether "continue" before token x goes on rather than speaks, an adverb or a preposition after it with no
     * words said after them: "the regrowth continues apace", "the talks continued into the night"; not "He
     * continued with an appeal to voters: “…”" or "continued in a statement that …".
     */
    private boolean goesOnAfterAdverbial(int x) {
        return x < rd.toks.size() && rd.inQ[x] < 0 && !rd.isThat(x)
                && ("RB".equals(rd.toks.get(x).tag()) || "IN".equals(rd.toks.get(x).tag())) && !saidAfterAdverbials(x);
    }

    /**
     * Whether "continue to" at x goes on doing something rather than speaks: its subject names things ("The death
     * toll continues to rise", "Services continue to operate"), or the verb after it is no cue ("Sanders
     * continues to trail Clinton"); "continued to defend …" speaks.
     */
    private boolean goesOnDoing(int x, int[] subject) {
        return x + 1 < rd.toks.size() && rd.inQ[x] < 0 && "to".equalsIgnoreCase(rd.toks.get(x).word())
                && NounPhrases.isVerb(rd.toks.get(x + 1)) && (isThing(subject)
                    || rd.lexicon.kind(rd.toks.get(x + 1).word(), rd.toks.get(x + 1).lemma()) == null);
    }

    /**
     * Whether words said follow the adverbials from token x: "that", a colon, a quotation or a clause ("continued
     * in a statement that the plan was sound", "continued with an appeal to voters: “…”"), or a quotation opening
     * the next paragraph; not a comma ("continues apace, and …").
     */
    private boolean saidAfterAdverbials(int x) {
        int k = bounds.skipAdverbials(x);
        int colon = colonAfterPhrase(x);
        if (colon >= 0) {
            return true;
        }
        if (k >= rd.toks.size() || k > rd.lastWord()) {
            return quotationOpeningNextParagraph() != null;
        }
        return rd.isThat(k) || rd.isColon(k) || rd.isOpeningMark(k) || rd.inQ[k] >= 0 || bounds.clauseFollows(k);
    }

    /**
     * Whether a subject phrase names things, not someone who may act: no name of someone or somewhere, no proper
     * noun, no pronoun for people, no noun for people or a body in it ("the death toll", "live music"; not
     * "Clinton", "Russia", "his office", "automakers", "small groups of protesters"). A subject not found (a shared
     * subject before "and", a participle opening the sentence) is no thing.
     */
    private boolean isThing(int[] np) {
        if (np == null) {
            return false;
        }
        for (int k = np[0]; k < np[1]; k++) {
            NlpToken t = rd.toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (SpeakerResolver.canSpeak(t.ner()) || NounPhrases.isProperNoun(t)
                    || NounPhrases.SUBJECT_PRONOUNS.contains(w)
                    || NounPhrases.isNoun(t) && (SpeakerResolver.isPersonNoun(w) || SpeakerResolver.isBody(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "decline" before token x is a fall, not a refusal: a refusal takes "to" or an object ("declined to
     * comment", "declined an interview"), a fall an adverb, a preposition, a number or a dash ("declined sharply",
     * "declined by 3 percent", "declined in almost every state", "continue to decline — and faster").
     */
    private boolean isAFall(int x) {
        String tag = rd.toks.get(x).tag() == null ? "" : rd.toks.get(x).tag();
        if ("CD".equals(tag)) {
            return true; // "declined 2 percent to close at $45"
        }
        if (ArticleReading.LONG_DASHES.contains(rd.toks.get(x).word())) {
            // "continue to decline — and at a faster pace" falls; "declined — citing the inquiry — to comment"
            // refuses after its aside
            for (int k = x + 1; k + 2 < rd.toks.size() && k - x <= 15 && rd.inQ[k] < 0; k++) {
                if (ArticleReading.LONG_DASHES.contains(rd.toks.get(k).word())) {
                    return !(rd.toks.get(k + 1).word().equalsIgnoreCase("to")
                            && NounPhrases.isVerb(rd.toks.get(k + 2)));
                }
            }
            return true;
        }
        if (!tag.startsWith("RB") && !("IN".equals(tag) && !rd.isThat(x))) {
            return false;
        }
        for (int k = x; k + 1 < rd.toks.size() && k - x <= 6 && rd.inQ[k] < 0; k++) {
            NlpToken t = rd.toks.get(k);
            NlpToken next = rd.toks.get(k + 1);
            if ("to".equalsIgnoreCase(t.word()) && (next.tag() != null && next.tag().startsWith("VB")
                    || rd.lexicon.kind(next.word(), next.lemma()) != null)) {
                return false; // "has declined for years to reveal", "declined later to state/NN": a refusal
            }
            if (NounPhrases.isPunct(t) || NounPhrases.isVerb(t)) {
                break;
            }
        }
        return true; // "declined sharply to a record low"
    }

    /** Things a maker recalls, singular, as the head of the object of "recall" (plurals in -s are read too). */
    private static final Set<String> GOODS = Set.of("vehicle", "car", "truck", "suv", "pickup", "van", "product",
            "device", "battery", "pound", "bottle", "toy", "batch", "jar", "charger", "appliance", "laptop", "airbag",
            "seat", "crib", "stroller", "heater", "dryer", "tire", "tyre", "medicine", "drug", "tablet", "capsule");

    /**
     * Whether the object of "recall" at x is goods a maker takes back, not a memory: the subject is an
     * organisation, a body or "it" ("Ford is recalling 40,000 trucks", "The carmaker recalled its pickups",
     * "Nestor recalled the affected batches"), and the object is a count of things ("3,000 cars", "nearly
     * 40,000 Model Y crossovers") or goods. People's memories are never goods: "She recalled two conversations",
     * "Lind recalled 20 years of struggle".
     */
    private boolean recallsGoods(int c, int x) {
        if (!isMaker(phrases.leftNp(c))) {
            return false;
        }
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && ("RB".equals(rd.toks.get(k).tag())
                || "JJR".equals(rd.toks.get(k).tag()) || rd.toks.get(k).word().equalsIgnoreCase("than"))) {
            k++; // "nearly", "about", "more than"
        }
        int end = k;
        while (end < rd.toks.size() && rd.inQ[end] < 0 && NounPhrases.isNpToken(rd.toks, end)
                && !"IN".equals(rd.toks.get(end).tag()) && !rd.isTimeModifier(end)) {
            end++; // "recalled 3,000 cars last year": the time is no part of the object
        }
        if (end == k || !NounPhrases.isNoun(rd.toks.get(end - 1))) {
            return false;
        }
        NlpToken head = rd.toks.get(end - 1);
        boolean counted = "CD".equals(rd.toks.get(k).tag()) && end - k >= 2 && !rd.isTimeWord(end - 1)
                && ("NNS".equals(head.tag()) || "NNPS".equals(head.tag()));
        String w = head.word().toLowerCase(Locale.ROOT);
        return counted || GOODS.contains(w) || w.endsWith("s") && GOODS.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && GOODS.contains(w.substring(0, w.length() - 2)); // "batches"
    }

    /** Whether a subject phrase is a maker: an organisation, a body or company noun, or "it". */
    private boolean isMaker(int[] np) {
        if (np == null) {
            return false;
        }
        for (int k = np[0]; k < np[1]; k++) {
            NlpToken t = rd.toks.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if ("ORGANIZATION".equals(t.ner()) || w.equals("it")
                    || NounPhrases.isNoun(t) && SpeakerResolver.isBody(w)) {
                return true;
            }
        }
        return false;
    }

    /** Cues whose "to" names whom one spoke to ("spoke to Fox News", "wrote to the council"), not what. */
    private static final Set<String> ADDRESSED = Set.of("speak", "talk", "say", "write", "explain", "complain",
            "announce", "confide", "boast", "brag", "lie", "apologize", "apologise", "testify");

    /** Whether the "to" at x follows a cue of speaking to someone, so that it names the addressee. */
    private boolean addressedTo(int x) {
        int c = x - 1;
        while (c > 0 && NounPhrases.isAuxOrAdverb(rd.toks.get(c)) && !rd.isCandidateCue(c)) {
            c--;
        }
        return rd.isCandidateCue(c)
                && ADDRESSED.contains(rd.cueLemma(c));
    }

    /**
     * Whether a preposition opens what follows the cue at x: not "that", "whether", "if" or "as", and "to" only
     * before a noun phrase after a cue of speaking to someone ("spoke to Fox News"; "pointed to the costs" has
     * content).
     */
    private boolean startsWithPreposition(int x) {
        NlpToken t = rd.toks.get(x);
        if (rd.inQ[x] >= 0 || rd.isThat(x)) {
            return false;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals("to")) { // tagged TO or IN, as the tagger goes
            return x + 1 < rd.toks.size() && !NounPhrases.isVerb(rd.toks.get(x + 1)) && addressedTo(x);
        }
        if (bounds.isAtLeast(x)) {
            return false; // "reported at least six planes filled the skies": a number, no place
        }
        return "IN".equals(t.tag()) && !w.equals("whether") && !w.equals("if") && !w.equals("as");
    }

    /**
     * The paragraph after a colon that ends its own, when it is set off as what was said (a block quotation that
     * lost its marks: "Hewitt writes:" and then the passage); only that paragraph, and only when it has at least
     * four words, opens with a capital (not "pic.twitter.com/…", what is left of an embedded post), is no heading
     * (one line in title case with no full stop: "What Does Stadia Offer?"), reports no one else's words (no finite
     * speech verb outside quotation marks after a narrator's subject: "Ford, the chairman, then asked her …" is
     * narration) and does not open with a page's prompt ("Watch the full video below").
     */
    private Span blockAfterColon(int colon) {
        int p = rd.p;
        if (colon != rd.toks.size() - 1 || p + 1 >= rd.paragraphs.size()
                || rd.text.substring(rd.toks.get(colon).end()).strip().length() > 0) {
            return null;
        }
        NlpParagraph next = rd.paragraphs.get(p + 1);
        List<NlpToken> words = new ArrayList<>();
        for (NlpSentence s : next.sentences()) {
            words.addAll(s.tokens());
        }
        if (words.size() < 4) {
            return null;
        }
        String first = words.get(0).word();
        boolean heading = TitleCase.isTitleCase(words) && next.sentences().size() == 1
                && !words.get(words.size() - 1).word().equals(".");
        if (!Character.isUpperCase(first.charAt(0)) || heading
                || PAGE_PROMPTS.contains(first.toLowerCase(Locale.ROOT))) {
            return null; // not "pic.twitter.com/… — Amy Ford (@amyford)", what is left of an embedded post
        }
        for (int i = 0; i < words.size(); i++) {
            NlpToken t = words.get(i);
            if (NounPhrases.isTensed(t) && rd.lexicon.kind(t.word(), t.lemma()) == CueLexicon.Kind.SPEECH
                    && rd.regionAt(p + 1, t.begin()) < 0 && saidBySomeoneNamed(words, i)) {
                return null; // "The plan is dead, Ford told reporters later": an attribution of its own
            }
        }
        return new Span(p + 1, words.get(0).begin(), words.get(words.size() - 1).end());
    }

    /**
     * Whether the speech verb at i has a narrator's subject right before it, adverbs or an appositive between: a
     * name, "he", "she", "they" or a noun for people ("Ford told reporters", "officials said", "Ford, the chairman,
     * then asked"); not "I", "we" or "you", the passage's own words ("as you very aptly pointed out"), nor a noun
     * the tagger left before a misread verb ("riot cautions").
     */
    private static boolean saidBySomeoneNamed(List<NlpToken> words, int i) {
        int k = i - 1;
        while (k >= 0 && NounPhrases.isAuxOrAdverb(words.get(k))) {
            k--;
        }
        if (k > 0 && words.get(k).word().equals(",")) {
            k--; // "Ford, the committee chairman, then asked": the name before the appositive
            while (k > 0 && !words.get(k).word().equals(",")) {
                k--;
            }
            k--;
        }
        if (k < 0) {
            return false;
        }
        NlpToken t = words.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        return NounPhrases.isProperNoun(t) || "PRP".equals(t.tag()) && THIRD_PERSONS.contains(w)
                || NounPhrases.isNoun(t) && (SpeakerResolver.isPersonNoun(w) || SpeakerResolver.isBody(w));
    }

    /**
     * The "that" right after terms of speaking at x ("on the record that …", "on condition of anonymity that …"),
     * or -1.
     */
    private int thatAfterTerms(int x) {
        if (!rd.isTermsOfSpeaking(x) || !startsWithPreposition(x)) {
            return -1;
        }
        int k = x + 1 + (x + 1 < rd.toks.size() && rd.toks.get(x + 1).word().equalsIgnoreCase("the") ? 1 : 0);
        int j = k + 1;
        if (j + 1 < rd.toks.size() && rd.toks.get(j).word().equalsIgnoreCase("of")) {
            j += 2; // "on condition of anonymity"
        }
        return j < rd.toks.size() && rd.inQ[j] < 0 && rd.isThat(j) ? j : -1;
    }

    /**
     * Whether the cue at c stands in a relative clause set off by a comma: ", who heard Perez speak", or on an
     * appositive set off by one: "Alberto Lind, a resident who tweeted about the smoke, said".
     */
    private boolean inRelativeClause(int c) {
        boolean relative = false;
        for (int j = c - 1; j > 0 && rd.inQ[j] < 0; j--) {
            if (rd.toks.get(j).word().equals(",")) {
                return relative;
            }
            if (rd.isRelativePronoun(j) && rd.toks.get(j - 1).word().equals(",")) {
                return true;
            }
            if (relative && NounPhrases.isVerb(rd.toks.get(j))) {
                return false; // "Officials said the people who spoke …": not an appositive's
            }
            relative |= rd.isRelativePronoun(j);
        }
        return false;
    }

    /**
     * The subject of the content when the attribution stands between commas inside it: "The verdict, he said,
     * was …", "The decision, the ministry said in a statement, would not be reversed". Returns [start, end) of
     * the noun phrase opening the sentence, when the speaker's phrase {@code left} follows it after a comma and
     * the content at x opens with a finite verb after a comma (no subject of its own); else null.
     */
    private int[] frontedSubject(int[] left, int x) {
        if (left == null || left[0] < 2 || x < 1 || x > rd.lastWord() || !rd.toks.get(left[0] - 1).word().equals(",")
                || !rd.toks.get(x - 1).word().equals(",") || rd.inQ[x] >= 0 || !NounPhrases.isFinite(rd.toks.get(x))) {
            return null;
        }
        int start = rd.firstWordIndex();
        int end = left[0] - 1;
        if (end - start < 1 || end - start > 12 || !NounPhrases.isNounish(rd.toks.get(end - 1))) {
            return null;
        }
        for (int k = start; k < end; k++) {
            if (rd.inQ[k] >= 0 || !NounPhrases.isNpToken(rd.toks, k) || "PRP".equals(rd.toks.get(k).tag())
                    && k > start) {
                return null;
            }
        }
        return new int[] {start, end};
    }

    Attribution subject(int c) {
        if (rd.isPassive(c) || rd.isVbg(c) || isReducedRelative(c)) {
            return null;
        }
        int[] left = phrases.leftNp(c);
        if (left == null || speaksInAnOpeningTimeClause(c, left) || safeToSay(c) || participleOnAnObject(c, left)
                || onWhatIsSaid(c, left)) {
            return null;
        }
        if (left[0] >= 2 && rd.inQ[left[0] - 1] < 0 && rd.toks.get(left[0] - 1).word().equalsIgnoreCase("as")
                && left[0] - 1 > rd.firstWordIndex()) {
            // 'the race “is a dead heat right now,” as Cruz said on the radio, only magnifies …': "as" set in the
            // sentence points back at the quotation before it; what follows is the sentence's own predicate
            Attribution back = quotationBeforeAs(c, left);
            if (back != null) {
                return back;
            }
        }
        Attribution a = contentAfter(c, null, left);
        int main = a != null && left.length == 5 ? mainCueAfterRelativeClause(c) : -1;
        return main < 0 ? a : endingBefore(a, main);
    }

    /**
     * For a cue in an "as" clause set off by a comma inside the sentence ('“is a dead heat,” as Cruz said on the
     * radio,'), with a speaker for its subject and only adverbials after the cue, the quotation right before "as"
     * as what was said; null when there is none or it is taken, when the cue has words of its own ("as Clinton
     * echoed the criticism") or talks with no object ('chanted “Lock her up” as Clinton spoke').
     */
    private Attribution quotationBeforeAs(int c, int[] left) {
        int after = bounds.skipAdverbials(c + 1);
        // '“…,” as Cruz said' or '“…”, as Cruz said': a comma sets the clause off; not 'chanted “Lock her up” as
        // Clinton spoke', where "as" tells when, and never a cue of talking with no object
        boolean setOff = left[0] >= 3 && (rd.toks.get(left[0] - 2).word().equals(",")
                || rd.isClosingMark(left[0] - 2)
                    && rd.text.substring(0, rd.toks.get(left[0] - 2).begin()).endsWith(","));
        if (!setOff || TALKING_ONLY.contains(rd.cueLemma(c))) {
            return null;
        }
        NlpToken head = rd.toks.get(left[1] - 1);
        String noun = head.word().toLowerCase(Locale.ROOT);
        boolean someone = "PERSON".equals(head.ner()) || "ORGANIZATION".equals(head.ner()) || "PRP".equals(head.tag())
                || SpeakerResolver.isPersonNoun(noun) || SpeakerResolver.isBody(noun);
        if (!someone || rd.lexicon.kind(rd.toks.get(c).word(), rd.toks.get(c).lemma()) != CueLexicon.Kind.SPEECH) {
            return null; // '“Veep” as his top shows': a noun the tagger read as a verb, no one speaking
        }
        if (after < rd.toks.size() && (rd.inQ[after] >= 0 || !rd.toks.get(after).word().equals(",")
                && after < rd.lastWord())) {
            return null; // "…, as Clinton echoed the criticism": a clause of its own, "as" for "while"
        }
        int j = left[0] - 2;
        if (j > 0 && rd.inQ[j] < 0 && rd.toks.get(j).word().equals(",")) {
            j--;
        }
        if (j > 0 && rd.inQ[j] < 0 && rd.isClosingMark(j)) {
            j--; // the closing mark, outside the words it closes
        }
        if (rd.inQ[j] < 0) {
            return null;
        }
        QuotedRegion quoted = rd.regions.get(rd.inQ[j]);
        if (rd.usedGroups.contains(quoted.group())) {
            return null;
        }
        int end = c;
        while (end + 1 < rd.toks.size() && rd.inQ[end + 1] < 0 && "RP".equals(rd.toks.get(end + 1).tag())) {
            end++;
        }
        return quotationSaid(quoted, null, left, c, end);
    }

    /**
     * The attribution whose content is the quotation r (its whole group), its cue the words from c to cueEnd, its
     * speaker the one known, else the one of the phrase {@code left}.
     */
    private Attribution quotationSaid(QuotedRegion r, Speaker known, int[] left, int c, int cueEnd) {
        Speaker speaker = known != null ? known : rd.speakerFor(left);
        return new Attribution(rd.group(r.group()), speaker,
                rd.text.substring(rd.toks.get(c).begin(), rd.toks.get(cueEnd).end()), true, c);
    }

    /** Pronouns for what is said that a clause of saying may describe: "everything Trump says is true". */
    private static final Set<String> SAID_THINGS = Set.of("everything", "anything", "nothing", "something", "all",
            "whatever");

    /**
     * Whether the cue at c is in a clause on a pronoun for what is said, the sentence's verb right after it:
     * "Almost everything Trump says is true", "Nothing the senator said changed the outcome". What is said is
     * named, not reported. The pronoun must open the clause: in "…, something aides argue is possible" the verb
     * after the cue is what they argue.
     */
    private boolean onWhatIsSaid(int c, int[] left) {
        int k = left[0];
        boolean pronounFirst = SAID_THINGS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT));
        boolean pronounBefore = k >= 1 && rd.inQ[k - 1] < 0
                && SAID_THINGS.contains(rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT));
        int pronoun = pronounFirst ? k : k - 1;
        if (!pronounFirst && !pronounBefore || pronounFirst && left[1] - left[0] < 2) {
            return false;
        }
        int first = pronoun;
        while (first > 0 && rd.inQ[first - 1] < 0 && "RB".equals(rd.toks.get(first - 1).tag())) {
            first--; // "Almost everything …"
        }
        if (!phrases.startsClause(first)) {
            return false; // "… - something Sanders aides argue is possible": they argue it is
        }
        int x = bounds.skipAdverbials(c + 1); // also "Nothing the governor said on Tuesday changed …"
        return x < rd.toks.size() && rd.inQ[x] < 0 && NounPhrases.isFinite(rd.toks.get(x));
    }

    /** Whether a clause, perhaps after adverbs and "that", starts at x. */
    private boolean clauseAfterAdverbs(int x) {
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && "RB".equals(rd.toks.get(k).tag())) {
            k++;
        }
        return k < rd.toks.size() && rd.inQ[k] < 0 && (rd.isThat(k) || bounds.clauseFollows(k));
    }

    /** Whether the words after token c up to a comma have no verb and no "that": a phrase that the comma closes. */
    private boolean openingPhraseClosedByAComma(int c) {
        for (int k = c + 1; k <= rd.lastWord() && rd.inQ[k] < 0; k++) {
            if (rd.toks.get(k).word().equals(",")) {
                return k > c + 1;
            }
            if (NounPhrases.isVerb(rd.toks.get(k)) || rd.isThat(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The object of the verb before "for" and a participle of saying, who said what the participle reports
     * ("attacked Khan for saying", "criticized him for saying"): a name, people or an object pronoun, [start,
     * end, -1, -1]; null otherwise ("apologized for saying", "was mocked for saying": the subject said it).
     */
    private int[] blamedForSaying(int c) {
        if (!rd.isVbg(c) || c < 3 || !rd.toks.get(c - 1).word().equalsIgnoreCase("for") || rd.inQ[c - 2] >= 0
                || rd.lexicon.kind(rd.toks.get(c).word(), rd.toks.get(c).lemma()) != CueLexicon.Kind.SPEECH) {
            return null;
        }
        NlpToken last = rd.toks.get(c - 2);
        if ("PRP".equals(last.tag()) && SpeakerResolver.isObjectPronoun(last.word().toLowerCase(Locale.ROOT))) {
            return NounPhrases.isVerb(rd.toks.get(c - 3)) ? new int[] {c - 2, c - 1, -1, -1} : null;
        }
        int[] np = phrases.npEndingAt(c - 2);
        String ner = last.ner();
        String head = last.word().toLowerCase(Locale.ROOT);
        // a name, or people ("punished the party for saying"); not "drew criticism for saying", "won praise for …"
        boolean named = "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || NounPhrases.isNoun(last)
                && (SpeakerResolver.isPersonNoun(head) || SpeakerResolver.isBody(head));
        return named && np != null && np[1] == c - 1 && np[0] >= 1 && NounPhrases.isVerb(rd.toks.get(np[0] - 1))
                && !"be".equals(rd.lemma(np[0] - 1)) ? new int[] {np[0], np[1], -1, -1} : null;
    }

    /** Recordings in which someone is seen or heard speaking: "footage of Clinton asking, …". */
    private static final Set<String> RECORDINGS = Set.of("footage", "video", "videos", "clip", "clips",
            "recording", "recordings", "audio", "tape", "tapes");

    /** The person's name before a participle of saying, after "RECORDING of": [start, end, -1, -1], or null. */
    private int[] personOnFilm(int c) {
        if (!rd.isVbg(c) || c < 4 || c + 1 >= rd.toks.size()) {
            return null;
        }
        NlpToken next = rd.toks.get(c + 1);
        if (!next.word().equals(",") && !rd.isColon(c + 1) && !rd.isOpeningMark(c + 1) && !rd.isThat(c + 1)) {
            return null; // what was said follows at once; not "a video of Christie talking candidly … went viral"
        }
        int start = c;
        while (start > 0 && rd.inQ[start - 1] < 0 && "PERSON".equals(rd.toks.get(start - 1).ner())) {
            start--;
        }
        if (start == c || start < 2 || !rd.toks.get(start - 1).word().equalsIgnoreCase("of")
                || !RECORDINGS.contains(rd.toks.get(start - 2).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new int[] {start, c, -1, -1};
    }

    /**
     * "told REVOLT TV in a video posted/VBD to its Twitter account": a past right after the object of a
     * preposition, before another preposition, is a participle on that object, not a verb with a subject.
     */
    private boolean participleOnAnObject(int c, int[] left) {
        return "VBD".equals(rd.toks.get(c).tag()) && left[1] == c && left[0] >= 1
                // after a clause, or in an opening phrase that a comma closes ("In a video posted to her account,
                // she …"); not "In Ohio officials said on Tuesday that …"
                && (rd.hasFiniteVerb(rd.firstWordIndex(), left[0] - 2) || openingPhraseClosedByAComma(c))
                && "IN".equals(rd.toks.get(left[0] - 1).tag()) && !rd.isThat(left[0] - 1)
                && !ArticleReading.CLAUSE_OPENERS.contains(rd.toks.get(left[0] - 1).word().toLowerCase(Locale.ROOT))
                && !rd.toks.get(left[0] - 1).word().equalsIgnoreCase("with") // "with Murphy expected to win"
                && c + 1 < rd.toks.size() && rd.inQ[c + 1] < 0
                && ("IN".equals(rd.toks.get(c + 1).tag()) || "TO".equals(rd.toks.get(c + 1).tag()))
                && !rd.isThat(c + 1);
    }

    /**
     * "A witness who saw the crash said he stayed", "An official who spoke anonymously said/VBN Wednesday, “…”":
     * the cue c is the verb of a relative clause on the subject, and the first verb after it, one of saying, is
     * the sentence's own. Returns that verb's index, or -1 (also for "a witness who said the driver fled": the
     * first verb after the cue is its content's).
     */
    private int mainCueAfterRelativeClause(int c) {
        if (bounds.reportsAClause(c)) {
            return -1; // "Critics who argue the president said too little want hearings": the verb is the content's
        }
        for (int m = c + 1; m <= rd.lastWord() && rd.inQ[m] < 0 && m - c <= 12; m++) {
            NlpToken t = rd.toks.get(m);
            if (NounPhrases.isPunct(t) || rd.isThat(m) || "CC".equals(t.tag()) || rd.opensRelativeClause(m)
                    || ArticleReading.SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            String lemma = rd.cueLemma(m);
            boolean misread = "VBN".equals(t.tag()) && (lemma.equals("say") || lemma.equals("tell"))
                    && !"be".equals(rd.lemma(m - 1)) && !"have".equals(rd.lemma(m - 1)); // "spoke anonymously said/VBN"
            if (NounPhrases.isTensed(t) || misread) {
                // also a cue whose attribution was found already ("…, officials who declined to be named said.")
                return (misread || rd.isFiniteSpeechVerb(t)) && (rd.isCandidateCue(m) || rd.covered[m]) ? m : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a dash at x opens an aside that closes with a second dash right before a finite verb: "the videos
     * she was talking about - made by activists - showed the scene". The aside is on the noun before the cue, the
     * verb the sentence's; not "alleging — without evidence — that Obama wanted", where the content follows.
     */
    private boolean asideBeforeTheMainVerb(int x, int last) {
        if (x >= last || rd.inQ[x] >= 0 || !rd.isDash(x)) {
            return false;
        }
        for (int k = x + 1; k < last && k - x <= 15 && rd.inQ[k] < 0; k++) {
            if (rd.isDash(k)) {
                return rd.inQ[k + 1] < 0 && NounPhrases.isTensed(rd.toks.get(k + 1));
            }
        }
        return false;
    }

    /** The attribution with its content cut before token k (the next clause's verb), or null when none is left. */
    private Attribution endingBefore(Attribution a, int k) {
        int end = k - 1;
        while (end > a.cueIndex() && rd.isPunctToken(end)) {
            end--;
        }
        int first = a.cueIndex() + 1;
        while (first < end && rd.toks.get(first).begin() < a.content().get(0).start()) {
            first++;
        }
        String tag = rd.toks.get(first).tag();
        if (end <= a.cueIndex()
                || TALKING_ONLY.contains(rd.cueLemma(a.cueIndex())) && ("IN".equals(tag) || "TO".equals(tag))) {
            return null; // "an activist who spoke to aid workers at the camp later said": whom, not what
        }
        int limit = rd.toks.get(end).end();
        List<Span> content = new ArrayList<>();
        for (Span piece : a.content()) {
            if (piece.paragraph() == rd.p && piece.start() < limit) {
                content.add(new Span(rd.p, piece.start(), Math.min(piece.end(), limit)));
            }
        }
        return content.isEmpty() ? null
                : new Attribution(content, a.speaker(), a.cue(), content.size() == 1
                        && rd.quotedShare(content.get(0)) > 0.6, a.cueIndex());
    }

    /**
     * "It's safe to say Luck exceeded them", "Needless to say, …": "to say" after an adjective that "it" or
     * nothing is the subject of is the writer's own aside, nobody's statement.
     */
    private boolean safeToSay(int c) {
        if (c < 2 || !"say".equals(rd.cueLemma(c)) || !"to".equalsIgnoreCase(rd.toks.get(c - 1).word())
                || !"JJ".equals(rd.toks.get(c - 2).tag())) {
            return false;
        }
        int k = c - 3;
        while (k >= 0 && "RB".equals(rd.toks.get(k).tag())) {
            k--; // "it is only fair to say"
        }
        if (k < rd.firstWordIndex()) {
            return true; // "Needless to say, …"
        }
        return "be".equals(rd.lemma(k)) && k >= 1 && "it".equalsIgnoreCase(rd.toks.get(k - 1).word());
    }

    /**
     * "As Whiteside talked in court, the daughter sobbed", "When Smith testified on Monday, the jury listened":
     * the cue and its subject make the clause opening the sentence, which ends with the cue's adverbials and a
     * comma. The clause says when; what follows is the sentence's own news, not what was said. "As Smith noted,
     * the plan failed" does report it: after "as" only talking with no object ("talked", "spoke", "testified")
     * is a time.
     */
    private boolean speaksInAnOpeningTimeClause(int c, int[] left) {
        int first = rd.firstWordIndex();
        String opener = rd.toks.get(first).word().toLowerCase(Locale.ROOT);
        if (left[0] != first + 1 || !ArticleReading.SUBORDINATORS.contains(opener)
                || opener.equals("as") && !TALKING_ONLY.contains(rd.cueLemma(c))) {
            return false;
        }
        int x = bounds.skipAdverbials(c + 1);
        return x < rd.toks.size() && rd.inQ[x] < 0 && rd.toks.get(x).word().equals(",");
    }

    /**
     * Whether the cue at c is a participle describing the noun before it, the sentence's own verb coming after
     * it: "The plan announced in March was scrapped", "The deal announced last week is worth $5 billion". The
     * tagger reads such a participle as VBN and a cue with its own subject as VBD ("The company announced in
     * March it would cut jobs").
     */
    private boolean isReducedRelative(int c) {
        if (c < 1 || c + 2 >= rd.toks.size() || !"VBN".equals(rd.toks.get(c).tag())
                || !NounPhrases.isNoun(rd.toks.get(c - 1))) {
            return false;
        }
        NlpToken next = rd.toks.get(c + 1);
        if (next.word().equalsIgnoreCase("to") && NounPhrases.isVerb(rd.toks.get(c + 2))) {
            return false; // "Officials promised/VBN to cut taxes": the cue's own infinitive (and "a developer known
                          // to be bullish" is no cue at all: ArticleReading.describedByOthers)
        }
        if (("DT".equals(next.tag()) || "NNS".equals(next.tag()))
                && !rd.isTimeWord(c + 1)) {
            // "Officials said/VBN the plan was sound": a subject right after it opens the clause (a name or a
            // possessive there is what the noun is called: "A super PAC called Future 45 ran ads", "… called Our
            // Principles is ramping up")
            return false;
        }
        for (int k = c + 1; k < rd.toks.size() && rd.inQ[k] < 0; k++) {
            NlpToken t = rd.toks.get(k);
            String tag = t.tag() == null ? "" : t.tag();
            boolean newPhrase = tag.equals("DT") && NounPhrases.isNoun(rd.toks.get(k - 1));
            if (NounPhrases.isPunct(t) || rd.isThat(k) || tag.equals("PRP") || tag.equals("CC") || newPhrase
                    || ArticleReading.SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
                // "reported on Wednesday the Secret Service had …", "announced it would", "announced that …",
                // "preferred Clinton while …": a clause of its own follows
                return false;
            }
            if (NounPhrases.isFinite(t)) {
                return true;
            }
        }
        return false;
    }

    Attribution contentAfter(int c, Speaker speaker) {
        return contentAfter(c, speaker, null);
    }

    Attribution contentAfter(int c, Speaker known, int[] left) {
        CueLexicon.Kind kind = rd.lexicon.kind(rd.toks.get(c).word(), rd.toks.get(c).lemma());
        String lemma = rd.cueLemma(c);
        int x = c + 1;
        int cueEnd = c;
        if (x < rd.toks.size() && "RP".equals(rd.toks.get(x).tag()) && rd.inQ[x] < 0) {
            x++; // "ruled out raising taxes", "pointed out that …": the particle is the cue's
            cueEnd = c + 1;
        }
        if ("continue".equals(lemma) && goesOnAfterAdverbial(x)) {
            return null;
        }
        if (rd.endsAContactClause(c)) {
            return null; // "the word Johnson spoke of was changing …": a relative clause on a noun, not a report
        }
        if (TALKING_ONLY.contains(lemma) && x + 1 < rd.toks.size() && rd.inQ[x] < 0
                && rd.toks.get(x).word().equalsIgnoreCase("to") && "VB".equals(rd.toks.get(x + 1).tag())) {
            return null; // "People I've talked to say …": the stranded "to" of a relative clause, not an infinitive
        }
        if (ArticleReading.TELL.contains(rd.lemma(c))) {
            int[] addressee = phrases.rightNp(x);
            int object = x < rd.toks.size() && NounPhrases.isDeterminer(rd.toks.get(x)) ? x + 1 : x;
            if ("tell".equals(rd.lemma(c)) && object < rd.toks.size() && rd.inQ[object] < 0
                    && ("NN".equals(rd.toks.get(object).tag()) || "NNS".equals(rd.toks.get(object).tag()))
                    && (object + 1 >= rd.toks.size() || !NounPhrases.isNounish(rd.toks.get(object + 1)))
                    && TOLD_THINGS.contains(rd.toks.get(object).word().toLowerCase(Locale.ROOT))) {
                return null; // "as easily as it tells the truth", "told lies": what is told, not to whom
            }
            int subject = addressee == null ? -1 : nameOpeningTheContent(addressee);
            if (subject >= 0) {
                x = subject; // "told police LaCalamita loaded a shell": the name is what was told's subject
                cueEnd = x - 1;
            } else if (addressee != null && !controlled(addressee[1]) && !opensTheContent(addressee)) {
                x = addressee[1];
                cueEnd = x - 1;
            }
        }
        QuotedRegion closing = kind == CueLexicon.Kind.SPEECH ? quotationAfterAsides(x) : null;
        if (closing != null) {
            // "said on Twitter on Monday, in reference to her first child, a girl born in 2014, “…”": where, when
            // and of what it was said come between the cue and the quotation that ends the sentence
            return quotationSaid(closing, known, left, c, cueEnd);
        }
        if (x < rd.toks.size() && rd.isTermsOfSpeaking(x) && (!startsWithPreposition(x) || conditionThat(x))) {
            // "asked not to be named", "requested anonymity"; "spoke on the condition that they not be named":
            // the clause is the condition's
            return null;
        }
        int afterTerms = x < rd.toks.size() ? thatAfterTerms(x) : -1;
        if (afterTerms > x) {
            x = afterTerms; // "said on the record that it would be inappropriate": how it was said, then what
            cueEnd = x - 1;
        }
        boolean answering = "respond".equals(lemma) || "reply".equals(lemma);
        if (x < rd.toks.size() && TO_WHAT.contains(lemma) && bounds.toAThingBeforeThat(x, answering)) {
            // "pointed to a poll that shows him ahead", "referring to bruises that Fields showed", "responding to
            // the news that …": what is pointed or referred to, with its clause, is the content; an answer only
            // with a relative clause ("replied to the letter that he would not resign" answers with the clause)
            x++;
            cueEnd = x - 1;
        } else if (x < rd.toks.size() && !answering
                && bounds.toAThingBeforeThat(x, !TO_THINGS_ONLY.contains(lemma))) {
            // "adds to the drama that has surrounded …", "called to mind the promise that propelled …", "agreeing
            // to tests that they might not need": a clause on the thing; but after a cue that may say something to
            // someone ("reports to news that the quake began …", "pledged to the crowd that …") only a verb right
            // after "that" makes it one
            return null;
        }
        int skipped = bounds.skipAdverbials(x);
        if (skipped < rd.toks.size() && skipped > x && (rd.isThat(skipped) || rd.isColon(skipped)
                || rd.toks.get(skipped).word().equals(",") || rd.isOpeningMark(skipped) || rd.inQ[skipped] >= 0
                || rd.isTimeWord(skipped - 1) && (bounds.clauseFollows(skipped) // "said Wednesday he agrees"
                    || "TO".equals(rd.toks.get(skipped).tag())))) { // "threatened on Wednesday to withdraw"
            for (int k = x; k < skipped; k++) {
                if (rd.isTermsOfSpeaking(k) && conditionThat(k)) {
                    return null; // "spoke to the paper on condition that her name not be used": the condition's
                }
            }
            boolean source = rd.toks.get(skipped).word().equals(",") && skipped + 1 < rd.toks.size()
                    && isAccordingTo(skipped + 1);
            int thatAfterSource = source ? thatAfterSourcePhrase(skipped + 1) : -1;
            if (thatAfterSource > skipped) {
                skipped = thatAfterSource; // "said on Monday, according to a transcript released by …, that he …"
            } else if (source || placeGoesOn(skipped)) {
                return null; // "spoke at the convention on Monday, according to a report": the sentence's source
            }
            x = skipped;
            cueEnd = x - 1;
        }
        int aside = thatAfterAside(x);
        if (aside > x) {
            x = aside; // "said, after his speech, in a session with Charlie Rose, that …"
        }
        boolean addressed = ArticleReading.TELL.contains(rd.lemma(c));
        if (x > c + 1 && x < rd.toks.size() && rd.inQ[x] < 0 && ("VBN".equals(rd.toks.get(x).tag())
                || addressed && "VBD".equals(rd.toks.get(x).tag()) && rd.toks.get(x).word().endsWith("ed"))
                && NounPhrases.isNoun(rd.toks.get(x - 1))) {
            // "told reporters at a breakfast hosted by Bloomberg that …": the participle is the noun's, and what
            // was said comes after "that", if at all; so with "told 2,000 people gathered/VBD at the hall that …",
            // a participle the tagger read as a past, but "warned the agency failed to act" has no "that" and
            // the past is the content's verb
            int that = bounds.thatAfterParticiple(x);
            if (that >= 0) {
                x = that;
                cueEnd = x - 1;
            } else if ("VBN".equals(rd.toks.get(x).tag())) {
                return null;
            }
        }
        // "I think that's the message", "believes that is wrong": a "that" before its verb is the clause's subject
        boolean thatSubject = x + 1 < rd.toks.size() && rd.isThat(x) && rd.inQ[x + 1] < 0
                && (NounPhrases.isFinite(rd.toks.get(x + 1)) || rd.misreadFinite(x + 1))
                && (!NounPhrases.isNounish(rd.toks.get(x - 1)) || rd.isTimeWord(x - 1)); // not "in a film that showed"
        boolean that = x < rd.toks.size() && rd.isThat(x) && !thatSubject;
        if (x < rd.toks.size() && !that && rd.inQ[x] < 0 && !bounds.clauseFollows(x) && objectIsNoStatement(c, x, lemma)) {
            return null; // "maintained a large lead": no words reported
        }
        if ("continue".equals(lemma) && goesOnDoing(x, left != null ? left : phrases.leftNp(c))) {
            return null;
        }
        if (x < rd.toks.size() && rd.inQ[x] < 0 && "decline".equals(lemma) && isAFall(x)) {
            return null; // "Violent crime declined sharply", "It declined in almost every state": a fall
        }
        if (kind == CueLexicon.Kind.STANCE) {
            boolean to = x < rd.toks.size() && "TO".equals(rd.toks.get(x).tag());
            // "wants a wall", "prefers Clinton": wishes take a noun phrase too
            boolean object = x < rd.toks.size() && rd.inQ[x] < 0 && WISHES.contains(lemma)
                    && (NounPhrases.isDeterminer(rd.toks.get(x)) || NounPhrases.isProperNoun(rd.toks.get(x))
                        || "NN".equals(rd.toks.get(x).tag()) || "NNS".equals(rd.toks.get(x).tag())
                        || "JJ".equals(rd.toks.get(x).tag()) || "JJR".equals(rd.toks.get(x).tag())
                        || "PRP$".equals(rd.toks.get(x).tag())); // "wants more funding", "wants his money"
            if (!that && !thatSubject && !to && !object && !seenAs(c, x) && !bounds.clauseFollows(x)) {
                return null;
            }
        }
        if (x == c + 1 && x + 1 < rd.toks.size() && rd.toks.get(x).word().equals(",") && !rd.isOpeningMark(x + 1)
                && (inOpeningClause(c, "as") || inOpeningClause(c, null)
                    && (TALKING_ONLY.contains(lemma) || CROWD_NOISES.contains(lemma)))) {
            // "After the mayor spoke, …", "As he spoke, the crowd cheered", "As the crowd began to chant, Silverman
            // was joined on stage": the main clause follows the clause of time; but "As Lind said, the plan is
            // dead" and "As Smith went on to explain, …" say it
            return null;
        }
        boolean comma = false;
        while (x < rd.toks.size() && (rd.isThat(x) && !thatSubject || rd.isColon(x) || rd.toks.get(x).word().equals(","))) {
            comma |= rd.toks.get(x).word().equals(",");
            x++;
        }
        if (comma && x < rd.toks.size() && rd.inQ[x] < 0 && NounPhrases.isTensed(rd.toks.get(x))
                && inRelativeClause(c)) {
            // "Lind, who seemed to agree, said the plan was dead", "Grijalva, who heard Perez speak last year, said
            // …": the verb after the comma is the antecedent's
            return null;
        }
        if (x < rd.toks.size() && rd.inQ[x] < 0 && (comma && rd.toks.get(x).word().equalsIgnoreCase("but")
                || TALKING.contains(lemma) && rd.toks.get(x).word().equalsIgnoreCase("nothing")
                    && !(x + 1 < rd.toks.size() && NounPhrases.isFinite(rd.toks.get(x + 1))))) {
            // "He did not elaborate, but noted that …": the clause after "but" has a cue of its own; "saying
            // nothing about their interest": nothing said ("said nothing had changed" says something)
            return null;
        }
        int last = rd.lastWord();
        List<Span> content = new ArrayList<>();
        boolean direct;
        QuotedRegion opening = x < rd.toks.size() ? rd.regionStartingAt(x) : null;
        QuotedRegion nextQuotation;
        if (x > last && x > 0 && rd.isColon(x - 1)) {
            QuotedRegion next = rd.nextRegionAfter(rd.p, rd.toks.get(x - 1).end());
            Span block = next == null && kind == CueLexicon.Kind.SPEECH ? blockAfterColon(x - 1) : null;
            if (block != null) {
                // "In a speech last July, he said:" and the next paragraph, set off without quotation marks
                content.add(block);
                direct = false;
            } else if (next == null || rd.usedGroups.contains(next.group())) {
                return null;
            } else {
                content.addAll(rd.group(next.group()));
                direct = true;
            }
        } else if (x > last) {
            return null;
        } else if (opening != null && !rd.usedGroups.contains(opening.group())
                && opening.end() + 3 >= rd.toks.get(last).end()) {
            content.addAll(rd.group(opening.group()));
            direct = true;
        } else if (bounds.skipAdverbials(x) > last && (nextQuotation = quotationOpeningNextParagraph()) != null) {
            // "Trump noted so helpfully in a tweet Wednesday morning." and then a paragraph in quotation marks
            content.addAll(rd.group(nextQuotation.group()));
            direct = true;
            cueEnd = last;
        } else if (onlyAdverbialsToTheEnd(x)) {
            return null; // "a pair of aides who have spoken periodically throughout the contest.": how and when
        } else if (rd.inQ[x] < 0 && (x == c + 2 || x == c + 3 && "RP".equals(rd.toks.get(c + 1).tag()))
                && rd.toks.get(x - 1).word().equals(",")
                && (rd.toks.get(x).word().equalsIgnoreCase("and") || rd.toks.get(x).word().equalsIgnoreCase("or"))
                && !sharedAfterAnAside(x + 1)) {
            // "He later apologized, and even invited Trump": the speaker's next act, with a cue of its own if it
            // reports anything; but "said, and I quote, “…”", "said, and repeated on Sunday, that …" and "said, and
            // witnesses confirmed, that …" share what follows
            return null;
        } else {
            if (x + 2 <= last && x == c + 1 && "RB".equals(rd.toks.get(x).tag()) && rd.inQ[x] < 0
                    && rd.inQ[x + 1] < 0 && rd.toks.get(x).word().endsWith("ly")
                    && !FOCUS_ADVERBS.contains(rd.toks.get(x).word().toLowerCase(Locale.ROOT))
                    && "IN".equals(rd.toks.get(x + 1).tag()) && !"CD".equals(rd.toks.get(x + 2).tag())
                    && CUE_PREPOSITIONS.contains(rd.toks.get(x + 1).word().toLowerCase(Locale.ROOT))) {
                x++; // "talk openly about how scared they are": the manner is the cue's, and so is "about"
                cueEnd = x - 1;
            }
            // "said that with the delegates she had, the debate would not …", "said that, during the talks, Rask
            // was …": after "that", a preposition opens the clause's own fronted adverbial, not the cue's
            if (startsWithPreposition(x) && !(that && ("IN".equals(rd.toks.get(x - 1).tag())
                    || rd.toks.get(x - 1).word().equals(",") && rd.isThat(x - 2)))) {
                String w = rd.toks.get(x).word().toLowerCase(Locale.ROOT);
                if (w.equals("by") && "VBN".equals(rd.toks.get(c).tag()) && !rd.afterHave(c)) {
                    return null; // "a view echoed/VBN by everyone I asked": a passive's agent, nothing said after it
                }
                int clause = NO_CONTENT_PREPOSITIONS.contains(w) ? clauseAfterPhrase(x) : -1;
                if (clause > x) {
                    x = clause; // "said after the convention he would not accept", "told to the crowd that …"
                    cueEnd = rd.isThat(x - 1) || rd.toks.get(x - 1).word().equals(",") ? x - 2 : x - 1;
                } else if (NO_CONTENT_PREPOSITIONS.contains(w) || x + 1 > last) {
                    int end = rd.toks.size() - 1;
                    int colon = rd.isColon(end) ? end : colonAfterPhrase(x); // 'responded, with a smile: “…”'
                    QuotedRegion next = colon >= 0 ? rd.nextRegionAfter(rd.p, rd.toks.get(colon).end()) : null;
                    if (next == null || rd.usedGroups.contains(next.group())) {
                        return null; // "spoke to the delegation", "responded after the vote": no content
                    }
                    // "told the crowd, at the rally: “…”": the quotation after the colon is what was said
                    return quotationSaid(next, known, left, c, cueEnd);
                }
                if (rd.isTermsOfSpeaking(x)) {
                    return null; // "spoke on condition of anonymity", "talked on the record": how, not what
                }
                if (CUE_PREPOSITIONS.contains(w) && x + 1 <= last && rd.isTimeWord(x + 1)) {
                    int after = bounds.skipAdverbials(x);
                    if (after - 1 > x + 1 && rd.toks.get(after - 1).word().equalsIgnoreCase("to")) {
                        after--; // "on Wednesday to withdraw": "to withdraw …" is what was threatened
                    }
                    if (after <= last && after > x + 1) {
                        x = after; // "threatened on Wednesday to withdraw": a time, not the cue's object
                        cueEnd = x - 1;
                        if (startsWithPreposition(x) && NO_CONTENT_PREPOSITIONS.contains(
                                rd.toks.get(x).word().toLowerCase(Locale.ROOT))) {
                            return null; // "apologized on Wednesday after the insurer said …"
                        }
                    }
                } else if (CUE_PREPOSITIONS.contains(w)) {
                    x++; // "called for a wall", "talked about the deficit": the preposition belongs to the cue
                    cueEnd = x - 1;
                    int[] topic = (w.equals("of") || w.equals("about")) && !rd.isVbg(c) ? phrases.rightNp(x) : null;
                    QuotedRegion quoted = topic != null && topic[1] + 1 <= last && rd.inQ[topic[1]] < 0
                            && (rd.toks.get(topic[1]).word().equals(",") || rd.isColon(topic[1]))
                            && rd.isOpeningMark(topic[1] + 1)
                            ? rd.nextRegionAfter(rd.p, rd.toks.get(topic[1]).end()) : null;
                    // a sentence of its own that ends the sentence; not 'talked about his book, “The Art of the
                    // Deal,” which …' or 'spoke of the need for change, “real change,”': a title or an appositive
                    if (quoted != null && !rd.usedGroups.contains(quoted.group()) && rd.endsTheSentence(quoted)
                            && Character.isUpperCase(rd.text.charAt(quoted.start()))
                            && !rd.inTitle(topic[1] + 2)) {
                        // 'said of Mr. Rubio: “…”', 'joked of the museum, “…”': whom or what it was said of
                        // is the cue's, the quotation is what was said
                        return quotationSaid(quoted, known, left, c, rd.isColon(topic[1]) ? topic[1] : topic[1] - 1);
                    }
                }
            }
            if (asideBeforeTheMainVerb(x, last)) {
                return null; // "the videos she was talking about - made by activists - showed": an aside on the noun
            }
            last = bounds.clauseEnd(x, last);
            if (inRelativeClause(c)) {
                for (int k = x + 1; k < last; k++) {
                    if (rd.inQ[k] < 0 && rd.toks.get(k).word().equals(",")) {
                        // "Trump, who accused Clinton of lying, may have …": the relative clause closes at its first
                        // comma before a verb; not "who said the two men, and Cruz in particular, must …"
                        last = rd.inQ[k + 1] < 0 && NounPhrases.isFinite(rd.toks.get(k + 1)) ? k - 1 : last;
                        break;
                    }
                }
            }
            last = bounds.withoutTrailingTime(x, last);
            last = bounds.withoutTrailingMedium(x, last);
            last = bounds.withoutTrailingAdjunct(x, last);
            if (last - x < 0 || (last == x && rd.inQ[x] < 0 && !NounPhrases.isNounish(rd.toks.get(x))
                    && !"UH".equals(rd.toks.get(x).tag()))) { // "said yes" has a content
                return null;
            }
            if (onlyAClauseOfTime(x, last)) {
                return null; // "Liz Wahl said when she resigned …", "Hollande said Friday before the talks"
            }
            int end = rd.toks.get(last).end();
            QuotedRegion straddling = rd.regionAt(end - 1) >= 0 ? rd.regions.get(rd.regionAt(end - 1)) : null;
            int mainEnd = straddling != null && straddling.end() > end ? straddling.end() : end;
            if (straddling != null && straddling.closed() && mainEnd == straddling.end()
                    && straddling.start() > rd.toks.get(x).begin() && mainEnd < rd.text.length()
                    && "\u201D\"\u00BB\u2019'".indexOf(rd.text.charAt(mainEnd)) >= 0) {
                mainEnd++; // 'had "done the honourable thing"': the quoted phrase keeps its closing mark
            }
            Span main = new Span(rd.p, rd.toks.get(x).begin(), mainEnd);
            int[] fronted = frontedSubject(left, x);
            if (fronted != null) {
                // "The verdict, he said, was politically motivated": the subject before the aside is the content's
                content.add(new Span(rd.p, rd.toks.get(fronted[0]).begin(), rd.toks.get(fronted[1] - 1).end()));
            }
            content.add(main);
            if (straddling != null && !straddling.closed()) {
                for (Span s : rd.group(straddling.group())) {
                    if (s.paragraph() > rd.p) {
                        content.add(s);
                    }
                }
            }
            direct = rd.quotedShare(main) > 0.6;
        }
        Speaker speaker = known != null ? known : rd.speakerFor(left, content);
        String cue = rd.text.substring(rd.toks.get(c).begin(), rd.toks.get(cueEnd).end());
        return new Attribution(content, speaker, cue, direct, c);
    }
}

package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.Animacy;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The state of reading one article for {@link QuoteFinder}: its paragraphs and quotations, the sentence being
 * read (tokens, which quotation each token is in, which tokens an attribution already took), the speaker
 * resolver, and the quotes found so far; plus the token and quotation tests every pattern shares. One per
 * call, not thread-safe; the pattern classes read and update it in reading order.
 */
final class ArticleReading {
    private static final Set<String> PARTICLES = Set.of("off", "up", "back", "down", "in");
    /** Verbs that speak with "in" after them ("chimed in:", "weighed in"). */
    private static final Set<String> CHIMING = Set.of("chime", "weigh");
    /** Periods "that" points back with ("said in his speech that night"). */
    private static final Set<String> ANAPHORIC_PERIODS = Set.of("day", "night", "morning", "afternoon", "evening",
            "week", "weekend", "month", "year");
    private static final Set<String> TIME_DETERMINERS = Set.of("this", "last", "next", "that", "late", "early",
            "earlier", "later", "each", "every");
    static final Set<String> TELL = Set.of("tell", "inform", "assure", "remind", "warn", "urge", "ask",
            "advise", "brief", "promise", "thank", "accuse");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re",
            "\u2019s", "\u2019re"); // "He’s claiming that …", typeset with a curly apostrophe
    private static final Set<String> BOUNDARY = Set.of(",", "--", "\u2014", "\u2013", "''", "\u201D", "\"",
            "-RRB-", ")", ";");

    /** What a source speaks on or off, as in "on condition of anonymity", "off the record". */
    private static final Set<String> TERMS = Set.of("condition", "conditions", "record", "background",
            "anonymity");
    private static final Set<String> UNNAMED = Set.of("named", "identified", "quoted");
    /** Dashes that set off a phrase as a comma does ("on the spot – saying"); a hyphen token may be a word's. */
    static final Set<String> LONG_DASHES = Set.of("--", "\u2014", "\u2013", "\u2015");
    private static final Set<String> DASHES = Set.of("-", "--", "\u2014", "\u2013", "\u2015");
    /** Small words a quoted title may hold ("State of the Union"). */
    private static final Set<String> TITLE_LINKS = Set.of("of", "the", "a", "an", "and", "in", "on", "for", "to",
            "with", "at", "&");
    /** Cues that open a sentence before their speaker ("Said Dora Poyner, …: “…”"), which taggers read as names. */
    static final Set<String> OPENING_CUES = Set.of("Said", "Says", "Added", "Adds", "Wrote", "Writes", "Asked",
            "Explained", "Recalled", "Noted");
    /** Words that open a question one was asked ("asked whether …", "asked about …", "asked to …"). */
    static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "about", "why", "what", "how", "who",
            "whom", "which", "when", "where", "to");
    /** Words that open a subordinate clause of time, reason or contrast ("after", "while", "because"). */
    static final Set<String> SUBORDINATORS = Set.of("after", "when", "before", "while", "as", "since", "once",
            "until", "although", "though", "whereas", "because");
    /**
     * Verbs of what others say, think or mean of someone or something: "said to be", "believed to have", "known
     * to be", "intended to rein in".
     */
    private static final Set<String> THOUGHT_OF = Set.of("say", "believe", "think", "know", "report", "rumor",
            "rumour", "allege", "suppose", "reckon", "understand", "consider", "expect", "intend", "design");
    /** What a player adds or posts in a game ("added six rebounds", "posted 29 points"). */
    private static final Set<String> STAT_UNITS = Set.of("points", "rebounds", "assists", "goals", "yards",
            "touchdowns", "saves", "strikeouts", "steals", "blocks", "boards", "tackles", "sacks", "runs", "hits",
            "birdies", "carries", "catches", "receptions", "wickets", "aces", "kills", "digs", "interceptions",
            "turnovers", "three-pointers", "homers", "rbis", "innings");
    /** Units of a rise or fall ("added 20 points", "added 3 percent"). */
    private static final Set<String> AMOUNT_UNITS = Set.of("points", "point", "%", "percent", "per", "cents", "cent",
            "pence", "basis");

    /** Participles that describe people by what was done to them: "people briefed on the talks said". */
    private static final Set<String> PEOPLE_PARTICIPLES = Set.of("briefed", "informed", "consulted", "interviewed",
            "polled", "surveyed", "questioned", "contacted", "reached", "asked", "quoted", "cited", "involved",
            "based", "told");

    /** Prepositions a participle on a subject takes ("briefed on", "familiar with"). */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("on", "about", "of", "in", "by", "with",
            "to", "at", "for", "from", "into", "over");

    /** Tags of a word that may stand before a participle describing a noun ("300 pledged", "her pledged"). */
    private static final Set<String> MODIFIER_TAGS = Set.of("CD", "DT", "PRP$", "POS", "JJ", "JJR");
    /** Words before "states" that make it the noun ("swing states", "member states"). */
    private static final Set<String> STATE_KINDS = Set.of("battleground", "swing", "member", "border", "dozen",
            "primary", "caucus", "island", "nation", "early", "key", "southern", "northern", "western", "eastern");
    /** Words that open a clause with a subject of its own: the subordinators and "if", "unless", "whether". */
    static final Set<String> CLAUSE_OPENERS = plus(SUBORDINATORS, "if", "unless", "whether");

    final CueLexicon lexicon;
    final boolean stance;
    final List<NlpParagraph> paragraphs;
    final List<QuotedRegion> regions;
    final Set<Integer> usedGroups = new HashSet<>();
    final SpeakerResolver resolver = new SpeakerResolver();
    final List<FoundQuote> found = new ArrayList<>();

    // the sentence being read
    int p;
    String text;
    List<NlpToken> toks;
    int[] inQ;
    boolean[] covered;
    Speaker sentenceSpeaker;

    ArticleReading(List<NlpParagraph> paragraphs, CueLexicon lexicon, boolean stance) {
        this.lexicon = lexicon;
        this.stance = stance;
        this.paragraphs = List.copyOf(paragraphs);
        List<String> texts = new ArrayList<>();
        for (NlpParagraph para : paragraphs) {
            texts.add(para.text());
        }
        this.regions = QuoteMarkScanner.scan(texts);
    }

    /**
     * Where a paragraph's text starts after a wire dateline ("WASHINGTON —", "LONDON, Oct 16 (Reuters) -",
     * "Kyiv (AP) --"), or 0: a few capitalised words, numbers, commas and a bracketed agency, then a dash with
     * spaces around it. The place is not the subject of the sentence it opens.
     */
    static int datelineEnd(List<NlpToken> tokens) {
        boolean agency = false;
        for (int k = 0; k < tokens.size() - 1 && k <= 10; k++) {
            NlpToken t = tokens.get(k);
            String w = t.word();
            if (k > 0 && DASHES.contains(w) && tokens.get(k - 1).end() < t.begin()
                    && t.end() < tokens.get(k + 1).begin()) {
                String first = tokens.get(0).word();
                return agency || first.length() > 1 && isAllCaps(first) ? k + 1 : 0;
            }
            if (w.equals("(") || w.equals("-LRB-")) {
                agency = k > 0;
                continue;
            }
            boolean fits = w.equals(",") || w.equals(")") || w.equals("-RRB-") || w.equals(".")
                    || Character.isDigit(w.charAt(0)) || Character.isUpperCase(w.charAt(0));
            if (!fits || NounPhrases.isVerb(t)) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether a preposition or an adverb stands at k ("speaking in Brussels", "speaking early last month"). */
    boolean opensAdverbial(int k) {
        String tag = k < toks.size() ? toks.get(k).tag() : null;
        return tag != null && (tag.equals("IN") && !isThat(k) || tag.equals("TO") || tag.startsWith("RB"));
    }

    /**
     * "on condition of anonymity", "on the condition that he not be named", "on (the) record", "off the record",
     * "on background", "(asked) not to be named", "(requested) anonymity": the terms a source spoke on, never
     * what was said.
     */
    boolean isTermsOfSpeaking(int x) {
        String w = toks.get(x).word().toLowerCase(Locale.ROOT);
        if (w.equals("anonymity")) {
            return true;
        }
        if (w.equals("not") && x + 3 < toks.size() && toks.get(x + 1).word().equalsIgnoreCase("to")
                && BE.contains(toks.get(x + 2).word().toLowerCase(Locale.ROOT))) {
            return UNNAMED.contains(toks.get(x + 3).word().toLowerCase(Locale.ROOT));
        }
        if (!w.equals("on") && !w.equals("off") && !w.equals("under") && !w.equals("for")) {
            return false;
        }
        int k = x + 1;
        if (k < toks.size() && toks.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        return k < toks.size() && TERMS.contains(toks.get(k).word().toLowerCase(Locale.ROOT));
    }

    static boolean isAllCaps(String w) {
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

    /** Whether a quotation with a finite verb stands in tokens a..b ("“We teach nothing” in the meetings"). */
    boolean quotesAClause(int a, int b) {
        for (int k = a; k <= b && k < toks.size(); k++) {
            if (inQ[k] >= 0 && NounPhrases.isFinite(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form of "have" comes before the participle at c, past adverbs ("has confirmed", "have not found"). */
    boolean afterHave(int c) {
        int k = c - 1;
        while (k >= 0 && inQ[k] < 0 && "RB".equals(toks.get(k).tag())) {
            k--;
        }
        return k >= 0 && "have".equals(lemma(k));
    }

    /** Whether token i is an opening parenthesis, as written or as the tagger names it ("-LRB-"). */
    boolean isOpeningParen(int i) {
        return toks.get(i).word().equals("(") || "-LRB-".equals(toks.get(i).tag());
    }

    /** Whether token i is a closing parenthesis, as written or as the tagger names it ("-RRB-"). */
    boolean isClosingParen(int i) {
        return toks.get(i).word().equals(")") || "-RRB-".equals(toks.get(i).tag());
    }

    /** Whether only punctuation follows the quotation in its sentence. */
    boolean endsTheSentence(QuotedRegion quoted) {
        for (int j = 0; j < toks.size(); j++) {
            if (toks.get(j).begin() >= quoted.end() && inQ[j] < 0 && !isPunctToken(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma outside quotations stands in tokens a..b-1. */
    boolean commaBetween(int a, int b) {
        for (int i = Math.max(a, 0); i < b && i < toks.size(); i++) {
            if (inQ[i] < 0 && toks.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens a..b (inclusive) hold a finite verb outside quotations. */
    boolean hasFiniteVerb(int a, int b) {
        for (int k = a; k <= b && k < toks.size(); k++) {
            String tag = toks.get(k).tag();
            if (tag == null) {
                return true; // untagged text: no way to tell, keep the whole clause
            }
            if (inQ[k] < 0 && (NounPhrases.isFinite(toks.get(k)) || misreadFinite(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token k is "'s" (straight or curly) after a pronoun: "is" or "has" ("she's", "He’s"). */
    boolean contractedAfterPronoun(int k) {
        String w = toks.get(k).word();
        return k >= 1 && (w.equals("'s") || w.equals("\u2019s")) && "PRP".equals(toks.get(k - 1).tag());
    }

    /**
     * A finite verb the tagger misread: "He’s" with "’s" as a possessive, "Obama positioned" with the verb as a
     * participle right after a person's name, "The vote signals “the end”" with the verb as a plural noun.
     */
    boolean misreadFinite(int k) {
        if (k == 0) {
            return false;
        }
        NlpToken t = toks.get(k);
        NlpToken prev = toks.get(k - 1);
        return contractedAfterPronoun(k)
                || "VBN".equals(t.tag()) && ("PERSON".equals(prev.ner()) || opensClauseWithNoun(k - 1))
                || verbReadAsPluralNoun(k);
    }

    /**
     * "The rejection of the treaty signals “the beginning of the end”": a plural noun right after a singular one
     * and before an article, a possessive, "that" or an opening quotation mark is the verb of that noun.
     */
    private boolean verbReadAsPluralNoun(int k) {
        if (!"NNS".equals(toks.get(k).tag()) || k + 1 >= toks.size() || inQ[k] >= 0
                || !("NN".equals(toks.get(k - 1).tag()) || "NNP".equals(toks.get(k - 1).tag()))) {
            return false;
        }
        NlpToken next = toks.get(k + 1);
        return "DT".equals(next.tag()) && !next.word().equalsIgnoreCase("that") || "PRP$".equals(next.tag())
                || isThat(k + 1) || isOpeningMark(k + 1);
    }

    /**
     * Whether a bare plural noun opening a clause ends at token k ("Last month, drivers voted by 91% …", where the
     * tagger reads "voted" as a participle): a participle after it is the clause's verb.
     */
    private boolean opensClauseWithNoun(int k) {
        if (!"NNS".equals(toks.get(k).tag()) || inQ[k] >= 0) {
            return false;
        }
        return k == firstWordIndex() || k > 0 && toks.get(k - 1).word().equals(",");
    }

    /**
     * Whether token c follows a document named right after a quotation's closing mark and comma ('“…,” the
     * statement read', '“…” the sign reads'), and ends the sentence or a clause.
     */
    private boolean documentAfterQuotation(int c) {
        int s = c;
        while (s > 0 && inQ[s - 1] < 0 && NounPhrases.isNpToken(toks, s - 1) && !isClosingMark(s - 1)) {
            s--;
        }
        boolean afterQuotation = s > 0 && s < c && (isClosingMark(s - 1)
                || s > 1 && toks.get(s - 1).word().equals(",") && isClosingMark(s - 2));
        boolean ends = c + 1 >= toks.size() || isPunctToken(c + 1);
        return afterQuotation && ends && namesDocument(s, c);
    }

    /** Whether a common noun naming a document ("memo", "message") stands in tokens a..b-1. */
    boolean namesDocument(int a, int b) {
        for (int k = a; k < b; k++) {
            String tag = toks.get(k).tag();
            if (("NN".equals(tag) || "NNS".equals(tag))
                    && SpeakerResolver.DOCUMENTS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    boolean isRelativePronoun(int i) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        return inQ[i] < 0 && (w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom"));
    }

    /** Whether token i opens a relative clause: "who", "which", "whose", "whom", or a "that" tagged as one. */
    boolean opensRelativeClause(int i) {
        String tag = toks.get(i).tag();
        return isRelativePronoun(i) || inQ[i] < 0 && ("WDT".equals(tag) || "WP".equals(tag));
    }

    Speaker speakerFor(int[] np) {
        return speakerFor(np, List.of());
    }

    /**
     * As {@link #speakerFor(int[])} for the speaker of these words: "he" or "she" never stands for someone named
     * by surname in their first clause ("he had challenged Reagan"). Only words in this paragraph are read.
     */
    Speaker speakerFor(int[] np, List<Span> content) {
        StringBuilder said = new StringBuilder();
        for (Span s : content) {
            if (s.paragraph() == p && s.end() <= text.length()) {
                said.append(text, s.start(), s.end()).append(' ');
            }
        }
        List<NlpToken> app = np[2] >= 0 ? toks.subList(np[2], np[3]) : null;
        Speaker s = resolver.resolveSaying(p, text, toks.subList(np[0], np[1]), app, said.toString());
        if (np.length > 4) {
            NlpToken who = toks.get(np[4]);
            return new Speaker(s.name(), s.description(), new Span(p, who.begin(), who.end()));
        }
        return s;
    }

    boolean isCandidateCue(int c) {
        if (covered[c] || inQ[c] >= 0) {
            return false;
        }
        NlpToken t = toks.get(c);
        if (CHIMING.contains(lemma(c))) {
            return t.tag() != null && t.tag().startsWith("VB") && c + 1 < toks.size()
                    && toks.get(c + 1).word().equalsIgnoreCase("in"); // "The Times also chimed in: “…”"
        }
        if ("read".equals(lemma(c)) && t.tag() != null && t.tag().startsWith("VB")) {
            return documentAfterQuotation(c); // '“…,” the statement read.': what a document says, never "read a book"
        }
        CueLexicon.Kind kind = lexicon.kind(t.word(), t.lemma());
        if (kind == null || (kind == CueLexicon.Kind.STANCE && !stance)) {
            return false;
        }
        if (c + 1 < toks.size() && "RP".equals(toks.get(c + 1).tag())
                && PARTICLES.contains(toks.get(c + 1).word().toLowerCase(Locale.ROOT))) {
            return false; // "called off", "held up", "turned down": another verb
        }
        if (modifiesTheNounAfter(c)) {
            return false; // "758 pledged delegates", "the reported figures": a participle describing a noun
        }
        if (c + 1 < toks.size() && "HYPH".equals(toks.get(c + 1).tag()) && t.end() == toks.get(c + 1).begin()) {
            return false; // "the most sought-after electives", "a much-asked-about plan": part of a compound word
        }
        if ("add".equals(lemma(c)) && (addsAnAmount(c) || addsAThing(c))) {
            return false; // "The Nasdaq added 20.72 points", "Clifton added a goal": a rise or a score, not a remark
        }
        String cue = cueLemma(c);
        if ("add".equals(cue) && addsToAThing(c)) {
            return false; // "added to the gushing messages", "could add to global warming": a contribution
        }
        if (("add".equals(cue) || "post".equals(cue)) && addsAStatistic(c)) {
            return false; // "Singler added six rebounds", "Curry posted a game-high 29 points", "Pusar added 13,"
        }
        if (describesTheSubject(c)) {
            return false; // "Two people briefed on the talks said": the subject's participle, not its verb
        }
        if ("charge".equals(cue) && chargesAPrice(c)) {
            return false; // "charged a $100,000 initiation fee", "charged more than that": a price, not a charge
        }
        if ("find".equals(cue) && c + 1 < toks.size() && isReflexive(toks.get(c + 1))) {
            return false; // "The department found itself on the defensive": where it was, not what it found
        }
        if ("find".equals(cue) && "VBN".equals(t.tag()) && c + 1 < toks.size() && inQ[c + 1] < 0
                && !afterHave(c) // "have found little to suggest …" is a finding
                && "JJ".equals(toks.get(c + 1).tag())
                && (c + 2 >= toks.size() || !NounPhrases.isNounish(toks.get(c + 2)))) { // not "found little evidence"
            return false; // "the first person found guilty of …", "was found dead": a verdict on someone
        }
        if (describedByOthers(c, cue)) {
            return false; // "A man believed to be her husband screamed": what unnamed others think of him
        }
        if (namesTheAccused(c, cue)) {
            return false; // "A fired accountant accused of wounding …", "Jenkin, charged with the murders of …"
        }
        if (t.word().equals("states") && c > 0 && isStatesNoun(c)) {
            return false; // "the Rust Belt states have suffered", "the battleground states": a noun
        }
        if (c > 0 && c + 1 < toks.size() && t.word().equalsIgnoreCase("told")
                && toks.get(c - 1).word().equalsIgnoreCase("all") && toks.get(c + 1).word().equals(",")) {
            return false; // "All told, the groups spent $2.5 million": a sum, not a telling
        }
        return t.tag() == null || t.tag().startsWith("VB") || "NN".equals(t.tag()) && isInfinitive(c)
                || openingGerundReadAsNoun(c);
    }

    /**
     * "A man believed to be Johnson's husband", "a developer known to be bullish", "rules intended to rein in
     * lending": a participle right after a noun and before "to" and a verb says what others think or want of
     * the noun. The noun is what is said about, not who says it, and who does is not named: no quote.
     */
    private boolean describedByOthers(int c, String cue) {
        // "Page, said/VBD to be …"; not "Lewandowski, who has experience, declined to comment", nor "Officials
        // promised/VBN to cut taxes", a finite verb the tagger read as a participle
        if (!THOUGHT_OF.contains(cue)) {
            return false;
        }
        boolean aside = c >= 2 && toks.get(c - 1).word().equals(",");
        int noun = aside ? c - 2 : c - 1;
        String tag = toks.get(c).tag();
        return noun >= 0 && c + 2 < toks.size() && ("VBN".equals(tag) || aside && "VBD".equals(tag))
                && NounPhrases.isNounish(toks.get(noun)) && !"PRP".equals(toks.get(noun).tag())
                && toks.get(c + 1).word().equalsIgnoreCase("to")
                && NounPhrases.isVerb(toks.get(c + 2));
    }

    /** Whether a token is a reflexive pronoun: "itself", "herself", "themselves". */
    private static boolean isReflexive(NlpToken t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return "PRP".equals(t.tag()) && (w.endsWith("self") || w.endsWith("selves"));
    }

    /**
     * Whether the cue at c is a participle of accusing with its charge right after it: "accused of", "suspected
     * of", "charged with", "blamed for". The active verb takes the accused as its object before the charge
     * ("accused Bush of gutting"), so the noun before these is the accused, never the accuser.
     */
    private boolean namesTheAccused(int c, String cue) {
        if (c + 1 >= toks.size() || !NounPhrases.isVerb(toks.get(c))) {
            return false;
        }
        String next = toks.get(c + 1).word().toLowerCase(Locale.ROOT);
        boolean charge = switch (cue) {
            case "accuse", "suspect" -> next.equals("of");
            case "charge" -> next.equals("with");
            case "blame" -> next.equals("for");
            default -> false;
        };
        return charge && !accusedRelative(c);
    }

    /**
     * Whether a relative word and then a subject come before the cue at c: the accused is the relative's
     * ("whom he accused of preying", "which Hollande blamed for the attacks").
     */
    private boolean accusedRelative(int c) {
        int k = c - 1;
        while (k >= 0 && !toks.get(k).word().equalsIgnoreCase("that")
                && (NounPhrases.isNounish(toks.get(k)) || "PRP".equals(toks.get(k).tag())
                    || NounPhrases.isDeterminer(toks.get(k)) || "JJ".equals(toks.get(k).tag()))) {
            k--;
        }
        if (k == c - 1 || k < 0) {
            return false;
        }
        String tag = toks.get(k).tag();
        return "WDT".equals(tag) || "WP".equals(tag) || toks.get(k).word().equalsIgnoreCase("that");
    }

    /** Words that give the noun before them a name: "a firm called …", "a group named …", "a storm dubbed …". */
    static final Set<String> NAMING = Set.of("called", "named", "dubbed");

    /**
     * Whether "called" at c names what a noun phrase before it is called, and so reports nothing; the word stays a
     * candidate cue for reading the sentence around it. Either the phrase is indefinite ("a firm called Cambridge
     * Analytica", "a new group called Black Votes Matter", "a program called “Promise”"): a common noun right
     * before it, not one for a person, whose phrase opens with "a", "an" or "one", and a name or a quotation after
     * it with no second object ("one lawmaker called Trump “a prince”" reports a view); or "called", "named" or
     * "dubbed" after a common noun has a name alone after it, then a preposition or a break ("a chemical called
     * IL-25 in the gut", "a receptor called Olfr78/NN in …"), not "The senator called Smith, his rival, a liar".
     */
    boolean namesAThing(int c) {
        return namesAnIndefiniteThing(c) || nameBeforeABreak(c);
    }

    private boolean namesAnIndefiniteThing(int c) {
        if (c < 2 || c + 1 >= toks.size() || !"call".equals(cueLemma(c))
                || !"NN".equals(toks.get(c - 1).tag()) && !"NNS".equals(toks.get(c - 1).tag())) {
            return false;
        }
        String head = toks.get(c - 1).word().toLowerCase(Locale.ROOT);
        if (SpeakerResolver.isPersonNoun(head)) {
            return false; // "one lawmaker called Trump “the orange prince”": a person calls someone something
        }
        String determiner = wordBeforeNounPhrase(c);
        if (!determiner.equals("a") && !determiner.equals("an") && !determiner.equals("one")) {
            return false;
        }
        if (inQ[c + 1] >= 0 || isOpeningMark(c + 1)) {
            return true;
        }
        int n = c + 1;
        while (n < toks.size() && inQ[n] < 0 && NounPhrases.isProperNoun(toks.get(n))) {
            n++;
        }
        // not "A report called Trump's plan “dangerous”": a possessive opens the object of a view
        return n > c + 1 && (n >= toks.size() || inQ[n] < 0 && !isOpeningMark(n) && !"POS".equals(toks.get(n).tag())
                && !NounPhrases.isDeterminer(toks.get(n)) && !"JJ".equals(toks.get(n).tag()));
    }

    private boolean nameBeforeABreak(int c) {
        if (!NAMING.contains(toks.get(c).word().toLowerCase(Locale.ROOT)) || c < 2 || inQ[c - 1] >= 0
                || !"NN".equals(toks.get(c - 1).tag()) && !"NNS".equals(toks.get(c - 1).tag())) {
            return false;
        }
        int k = c + 1;
        while (k < toks.size() && inQ[k] < 0 && ("NNP".equals(toks.get(k).tag())
                || NounPhrases.isNoun(toks.get(k)) && Character.isUpperCase(toks.get(k).word().charAt(0)))) {
            k++; // also "Olfr78/NN"
        }
        if (k == c + 1) {
            return false;
        }
        String article = wordBeforeNounPhrase(c);
        boolean indefinite = article.equals("a") || article.equals("an"); // "a group called Moms Demand Action"
        // not 'One lawmaker called Lund “the orange prince”' (the quotation says what Lund was called) nor "The
        // senator called Smith, his rival, a liar"
        return k >= toks.size() || inQ[k] < 0 && ("IN".equals(toks.get(k).tag()) && !isThat(k)
                || NounPhrases.isPunct(toks.get(k)) && !isOpeningMark(k)
                    && (indefinite || !toks.get(k).word().equals(","))
                || indefinite && !NounPhrases.isDeterminer(toks.get(k)) && !isOpeningMark(k)
                    && !"POS".equals(toks.get(k).tag())); // not "A report called Lund's plan “dangerous”"
    }

    /** The word, in lower case, before the nouns and adjectives that end right before token c ("" when none). */
    private String wordBeforeNounPhrase(int c) {
        int k = c - 1;
        while (k > 0 && inQ[k - 1] < 0
                && (NounPhrases.isNoun(toks.get(k - 1)) || "JJ".equals(toks.get(k - 1).tag()))) {
            k--;
        }
        return k > 0 ? toks.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Whether a price follows "charge" at c: "$5", "a $100,000 fee", "20 percent", "more than that"; not "charged
     * 20 people with fraud", "charged more than once that …".
     */
    private boolean chargesAPrice(int c) {
        int k = c + 1;
        if (k < toks.size() && inQ[k] < 0 && NounPhrases.isDeterminer(toks.get(k)) && !"CD".equals(toks.get(k).tag())) {
            k++; // "a $100,000 fee"
        }
        if (k >= toks.size() || inQ[k] >= 0) {
            return false;
        }
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        return addsAnAmount(k - 1)
                || (w.equals("more") || w.equals("less")) && k + 2 < toks.size()
                    && toks.get(k + 1).word().equalsIgnoreCase("than")
                    && !toks.get(k + 2).word().matches("(?i)once|twice|a|an"); // "charged more than once that …"
    }

    /**
     * Whether money or a number and a unit follow token c ("added $3", "added 20.72 points"), not "added one
     * senior official" or "added 40 flights had been cancelled".
     */
    private boolean addsAnAmount(int c) {
        if (c + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(c + 1).word();
        if (next.equals("$") || next.equals("\u00a3") || next.equals("\u20ac")) {
            return true;
        }
        return "CD".equals(toks.get(c + 1).tag()) && c + 2 < toks.size()
                && AMOUNT_UNITS.contains(toks.get(c + 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether "add" at c goes "to" a thing: a noun phrase after "to" whose head names only things ("added to the
     * confusion", "add to global warming"), and no "that", colon or quotation after it. Not "added to reporters
     * that …".
     */
    private boolean addsToAThing(int c) {
        if (c + 2 >= toks.size() || !toks.get(c + 1).word().equalsIgnoreCase("to") || inQ[c + 1] >= 0) {
            return false;
        }
        int k = c + 2;
        while (k < toks.size() && inQ[k] < 0 && (NounPhrases.isDeterminer(toks.get(k))
                || "JJ".equals(toks.get(k).tag()) || "NN".equals(toks.get(k).tag())
                || "NNS".equals(toks.get(k).tag()) || "VBG".equals(toks.get(k).tag()) && k > c + 2)) {
            k++;
        }
        if (k == c + 2 || !"NN".equals(toks.get(k - 1).tag()) && !"NNS".equals(toks.get(k - 1).tag())
                || !Animacy.isInanimate(toks.get(k - 1).word())) {
            return false;
        }
        return k >= toks.size() || !isThat(k) && !isColon(k) && !isOpeningMark(k) && inQ[k] < 0;
    }

    /**
     * Whether a player's figures follow "add" or "post" at c: a number, perhaps after "a game-high", then a unit
     * of play ("six rebounds", "a career-high 29 points") or nothing more ("added 13, while …", "added 13 for
     * the Eagles"). The tagger often reads the unit as a verb ("rebounds/VBZ").
     */
    private boolean addsAStatistic(int c) {
        int k = c + 1;
        while (k < toks.size() && k - c <= 5 && inQ[k] < 0 && !"CD".equals(toks.get(k).tag())
                && (NounPhrases.isDeterminer(toks.get(k)) || "JJ".equals(toks.get(k).tag())
                    || "NN".equals(toks.get(k).tag()) || "HYPH".equals(toks.get(k).tag()))) {
            k++; // "a game-high", "a career-high" ("game", "-", "high")
        }
        if (k + 1 >= toks.size() || inQ[k] >= 0 || !"CD".equals(toks.get(k).tag())) {
            return false;
        }
        String next = toks.get(k + 1).word().toLowerCase(Locale.ROOT);
        return STAT_UNITS.contains(next) || next.equals(",") || next.equals(".") || next.equals(";")
                || next.equals("for") && !(k + 2 < toks.size() && NounPhrases.isFinite(toks.get(k + 2)));
    }

    /**
     * Whether only a noun phrase follows "add" at c before the clause ends or a preposition goes on ("Clifton
     * added a goal and an assist", "Beauvillier added his seventh for the Islanders"): something added, not a
     * remark. Not "added the plan would fail" (a clause), nor '“…,” added one senior official' (the speaker).
     */
    private boolean addsAThing(int c) {
        if (c + 1 >= toks.size() || c > 0 && (toks.get(c - 1).word().equals(",") || isClosingMark(c - 1))) {
            return false;
        }
        NlpToken first = toks.get(c + 1);
        if (!NounPhrases.isDeterminer(first) && !"NN".equals(first.tag()) && !"NNS".equals(first.tag())) {
            return false; // "by adding x-braces" too; not "added Smith would …"
        }
        int k = c + 1;
        while (k < toks.size() && inQ[k] < 0 && (NounPhrases.isNpToken(toks, k)
                || "CC".equals(toks.get(k).tag()) && k + 1 < toks.size()
                    && NounPhrases.isDeterminer(toks.get(k + 1)))) {
            k++; // "a goal and an assist"
        }
        if (k == c + 1 || k < toks.size() && inQ[k] >= 0) {
            return false;
        }
        if (k >= toks.size()) {
            return true;
        }
        NlpToken after = toks.get(k);
        String tag = after.tag() == null ? "" : after.tag();
        if (after.word().equals(".") || after.word().equals(";")
                || "IN".equals(tag) && SUBORDINATORS.contains(after.word().toLowerCase(Locale.ROOT))) {
            return true; // "added a goal as the Bruins beat the Devils"
        }
        if (!"IN".equals(tag) && !"TO".equals(tag) || isThat(k)) {
            return false;
        }
        for (int j = k + 1; j < toks.size() && !isPunctToken(j); j++) {
            if (NounPhrases.isFinite(toks.get(j))) {
                return false; // "added the council in Leeds would vote": the noun phrase opens a clause
            }
        }
        return true;
    }

    /**
     * Whether token k is a participle of {@link #PEOPLE_PARTICIPLES} right after a common noun for people and
     * before a preposition: "people briefed on", "a person familiar with", "officials polled by". Not "Schultz
     * said in her remarks" or "Police said at the scene": there the verb is the clause's.
     */
    boolean peopleParticiple(int k) {
        if (k < 1 || k + 1 >= toks.size()
                || !PARTICIPLE_PREPOSITIONS.contains(toks.get(k + 1).word().toLowerCase(Locale.ROOT))
                || !PEOPLE_PARTICIPLES.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        NlpToken noun = toks.get(k - 1);
        return ("NNS".equals(noun.tag()) || "NN".equals(noun.tag()))
                && SpeakerResolver.isPersonNoun(noun.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Two people briefed on the talks said", "officials informed of the decision have said": a participle of
     * {@link #PEOPLE_PARTICIPLES} (which the tagger may read as a past tense) right after a noun for people, whose
     * preposition's phrase is followed at once by the clause's own finite verb of saying; or a participle (VBN) on
     * any common noun whose phrase is followed by any finite verb ("The views expressed in the article do not …").
     * It describes the subject; the verb after it is the clause's.
     */
    private boolean describesTheSubject(int c) {
        String tag = toks.get(c).tag();
        if (!"VBD".equals(tag) && !"VBN".equals(tag) || c < 1 || c + 2 >= toks.size() || inQ[c - 1] >= 0
                || !PARTICIPLE_PREPOSITIONS.contains(toks.get(c + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean people = peopleParticiple(c);
        String noun = toks.get(c - 1).tag();
        // "The views expressed in the article do not reflect …": a participle on any common noun, when the clause's
        // verb follows its phrase; "views expressed by the author" names who expressed them
        boolean participle = "VBN".equals(tag) && ("NN".equals(noun) || "NNS".equals(noun))
                && !toks.get(c + 1).word().equalsIgnoreCase("by");
        if (!people && !participle) {
            return false;
        }
        if (isTimeWord(c + 2)) {
            return false; // "Outlets reported on Wednesday the service had …": a time is the verb's
        }
        int k = c + 2;
        while (k < toks.size() && k - c <= 12 && inQ[k] < 0 && NounPhrases.isNpToken(toks, k)
                && !"CC".equals(toks.get(k).tag()) // "a woman asked for a photo and Clinton said": two clauses
                && !(k > c + 2 && NounPhrases.isDeterminer(toks.get(k)) && !"CD".equals(toks.get(k).tag())
                    && NounPhrases.isNounish(toks.get(k - 1)))) { // a second phrase starts
            k++;
        }
        if (k == c + 2 || k >= toks.size() || inQ[k] >= 0 || !NounPhrases.isNounish(toks.get(k - 1))) {
            return false;
        }
        if (participle && (NounPhrases.isTensed(toks.get(k)) || "MD".equals(toks.get(k).tag()))) {
            return true;
        }
        while (people && k < toks.size() && inQ[k] < 0 && NounPhrases.isAuxOrAdverb(toks.get(k))
                && !isFiniteSpeechVerb(toks.get(k))) {
            k++; // "have said", "also told"
        }
        return people && k < toks.size() && inQ[k] < 0 && (isFiniteSpeechVerb(toks.get(k))
                || "VBN".equals(toks.get(k).tag()) && NounPhrases.isAuxOrAdverb(toks.get(k - 1))
                    && lexicon.kind(toks.get(k).word(), toks.get(k).lemma()) == CueLexicon.Kind.SPEECH);
    }

    /**
     * "Warning/NN that the bridge could close, the mayor …": a gerund opening the sentence before "that", which the
     * tagger read as a noun.
     */
    boolean openingGerundReadAsNoun(int c) {
        NlpToken t = toks.get(c);
        return ("NN".equals(t.tag()) || "NNP".equals(t.tag())) && t.word().toLowerCase(Locale.ROOT).endsWith("ing")
                && c == openingWordIndex() && c + 2 < toks.size() && isThat(c + 1)
                && !NounPhrases.isVerb(toks.get(c + 2)) && !"MD".equals(toks.get(c + 2).tag()); // not "Briefing that was held"
    }

    /**
     * Whether "states" at c is the plural noun: after a kind of state ("in swing states this week"), or after a
     * capitalized word that is no person's or organisation's name; not before "that", a colon or a quotation, nor,
     * after a capitalized word, before an object ("The letter from Taylor states that …", "The report by Taylor
     * states the facts" are the verb).
     */
    private boolean isStatesNoun(int c) {
        if (c + 1 < toks.size() && (isThat(c + 1) || isColon(c + 1) || isOpeningMark(c + 1))) {
            return false;
        }
        NlpToken previous = toks.get(c - 1);
        String before = previous.word();
        if (STATE_KINDS.contains(before.toLowerCase(Locale.ROOT))) {
            return true; // also "in swing states this week"
        }
        if (c + 1 < toks.size()
                && (NounPhrases.isDeterminer(toks.get(c + 1)) || "PRP$".equals(toks.get(c + 1).tag()))) {
            return false; // "… states the facts plainly": an object, so the verb
        }
        boolean named = "PERSON".equals(previous.ner()) || "ORGANIZATION".equals(previous.ner());
        boolean capitalized = !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && c - 1 > firstWordIndex()
                && !"PRP".equals(previous.tag()) && !named; // "The report by Taylor states" is the verb
        return capitalized;
    }

    /**
     * Whether the participle at c stands between a number, determiner or possessive and the noun it describes:
     * "won 758 pledged delegates", "the state's reported totals".
     */
    private boolean modifiesTheNounAfter(int c) {
        String tag = toks.get(c).tag();
        // a past tense right after "Some" or "12" is their verb ("Only 12 said taxes should rise"), unless a verb,
        // preposition or possessive before them shows the number belongs to a noun phrase ("won 758 pledged …")
        boolean participle = "VBN".equals(tag) || "VBD".equals(tag) && c > 1 && toks.get(c - 2).tag() != null
                && (toks.get(c - 2).tag().startsWith("VB") || "IN".equals(toks.get(c - 2).tag())
                    || "POS".equals(toks.get(c - 2).tag()));
        if (c == 0 || c + 1 >= toks.size() || inQ[c] >= 0) {
            return false;
        }
        if (toks.get(c).word().equalsIgnoreCase("pledged") && toks.get(c + 1).word().toLowerCase(Locale.ROOT)
                .startsWith("delegate") && MODIFIER_TAGS.contains(toks.get(c - 1).tag())) {
            return true; // "won 300 pledged delegates", "Clinton's pledged delegates": the delegates' kind
        }
        if (!participle) {
            return false;
        }
        String before = toks.get(c - 1).tag();
        String after = toks.get(c + 1).tag();
        // "a memo that said": a "that" read as a determiner opens a relative clause
        boolean determiner = "DT".equals(before) && !toks.get(c - 1).word().equalsIgnoreCase("that");
        return ("CD".equals(before) || determiner || "PRP$".equals(before) || "POS".equals(before))
                && ("NNS".equals(after) || "NN".equals(after)) && inQ[c + 1] < 0;
    }

    /**
     * Whether token c is a verb in the infinitive after "to" that follows an adjective or a verb ("quick to
     * retort", "went on to say"); the tagger sometimes reads such a verb as a noun after "to" tagged IN.
     */
    boolean isInfinitive(int c) {
        if (c < 2 || inQ[c - 1] >= 0 || !toks.get(c - 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        String tag = toks.get(c).tag();
        if (!"VB".equals(tag) && !"NN".equals(tag)) {
            return false;
        }
        String before = toks.get(c - 2).tag() == null ? "" : toks.get(c - 2).tag();
        return before.equals("JJ") || before.startsWith("VB") || before.equals("RP")
                || toks.get(c - 2).word().equalsIgnoreCase("on");
    }

    boolean isPassive(int c) {
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

    /**
     * Whether token i is part of a time: tagged DATE, TIME, DURATION or SET, by the analyzer or by the time
     * stage's own rules ({@link dev.parallax.understand.time.TimeMarks}, applied before reading).
     */
    boolean isTimeWord(int i) {
        return isTime(toks.get(i));
    }

    /** Whether a token is tagged as part of a time (DATE, TIME, DURATION or SET). */
    static boolean isTime(NlpToken t) {
        String ner = t.ner();
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner);
    }

    /**
     * "last" in "last week", "early" in "early this year": a word that only modifies a time after it; also
     * "that" in "that night", a time that points back to another and which the time stage leaves alone.
     */
    boolean isTimeModifier(int i) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        return TIME_DETERMINERS.contains(w) && i + 1 < toks.size() && (isTimeWord(i + 1)
                || w.equals("that") && ANAPHORIC_PERIODS.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT)));
    }

    /** A participle cue ("…, adding that"); "is telling" (progressive) is finite and not one. */
    boolean isVbg(int c) {
        if (!"VBG".equals(toks.get(c).tag())) {
            return false;
        }
        int j = c - 1;
        while (j >= 0 && NounPhrases.isAuxOrAdverb(toks.get(j))
                && !BE.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        return j < 0 || !BE.contains(toks.get(j).word().toLowerCase(Locale.ROOT));
    }

    boolean isBoundary(int i) {
        return BOUNDARY.contains(toks.get(i).word()) || isClosingMark(i);
    }

    boolean isThat(int i) {
        return toks.get(i).word().equalsIgnoreCase("that") && inQ[i] < 0;
    }

    /** Verbs after which a second base form follows an infinitive ("want to let go of", "to come visit"). */
    private static final Set<String> BARE_INFINITIVE_TAKERS = Set.of("let", "make", "help", "have", "see",
            "hear", "watch", "come", "go");
    /** Prepositions the tagger may read as adverbs when they are stranded ("the deal she talked about/RB is …"). */
    private static final Set<String> STRANDED_ADVERBS = Set.of("about", "on", "of", "for", "with", "over", "in");

    /**
     * Whether the verb at c ends a relative clause with no pronoun, its preposition or infinitive left without an
     * object before the noun's own finite verb: "the obliteration Johnson spoke of was changing …", "the deal she
     * talked about is dead", "the divisions he promised to bridge have grown".
     */
    boolean endsAContactClause(int c) {
        int k = c + 1;
        if (k + 1 >= toks.size() || inQ[k] >= 0) {
            return false;
        }
        String tag = toks.get(k).tag();
        String next = toks.get(k + 1).tag();
        boolean infinitive = toks.get(k).word().equalsIgnoreCase("to") && ("VB".equals(next) || "NN".equals(next))
                && inQ[k + 1] < 0;
        boolean particle = "RB".equals(tag) && STRANDED_ADVERBS.contains(toks.get(k).word().toLowerCase(Locale.ROOT));
        if (infinitive) {
            k++; // "promised to bridge", also with "bridge/NN" misread as a noun
        } else if (!"IN".equals(tag) && !"RP".equals(tag) && !"TO".equals(tag) && !particle || isThat(k)) {
            return false; // also "talked about/RB is dead"
        }
        if (k + 1 >= toks.size() || inQ[k + 1] >= 0) {
            return false;
        }
        // "The people he vowed to protect feel/VB abandoned": a second base form after the infinitive is finite,
        // but not after "let", "make", "help" ("want to let go of", "to help build")
        return NounPhrases.isFinite(toks.get(k + 1)) || infinitive && "VB".equals(toks.get(k).tag())
                && "VB".equals(toks.get(k + 1).tag()) && !BARE_INFINITIVE_TAKERS.contains(lemma(k))
                && Character.isLowerCase(toks.get(k + 1).word().charAt(0));
    }

    boolean isColon(int i) {
        return toks.get(i).word().equals(":");
    }

    boolean isOpeningMark(int i) {
        int end = toks.get(i).end();
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && r.start() == end) {
                return true;
            }
        }
        return false;
    }

    boolean isClosingMark(int i) {
        int begin = toks.get(i).begin();
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && r.end() == begin && r.closed()) {
                return true;
            }
        }
        return false;
    }

    boolean isPunctToken(int i) {
        return NounPhrases.isPunct(toks.get(i));
    }

    String lemma(int c) {
        NlpToken t = toks.get(c);
        return (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
    }

    /**
     * The cue lexicon's lemma of the token at c ("said" → "say"), from its word and the tagger's lemma; "" when
     * the token is no cue.
     */
    String cueLemma(int c) {
        String lemma = lexicon.cueLemma(toks.get(c).word(), toks.get(c).lemma());
        return lemma == null ? "" : lemma;
    }

    int lastWord() {
        int k = toks.size() - 1;
        while (k > 0 && isPunctToken(k) && inQ[k] < 0) {
            k--;
        }
        return k;
    }

    /** The sentence's first word after a leading conjunction ("But calling the plan …", "And when asked …"). */
    int openingWordIndex() {
        int first = firstWordIndex();
        return first + 1 < toks.size() && "CC".equals(toks.get(first).tag()) && inQ[first] < 0 ? first + 1 : first;
    }

    int firstWordIndex() {
        int k = 0;
        while (k < toks.size() - 1 && isPunctToken(k)) {
            k++;
        }
        return k;
    }

    /**
     * Whether token k is in, or is a mark of, a short quoted title: "host of MSNBC’s “Morning Joe,” suggested",
     * "said on the show ''Morning Joe'' that": a closed quotation of at most six words that all start with a
     * capital letter or are small linking words ("State of the Union").
     */
    boolean inTitle(int k) {
        QuotedRegion r = closedRegionAround(k);
        return r != null && isTitle(text.substring(r.start(), r.end()));
    }

    /** The closed quotation token k is in, or is the opening or closing mark of; null when there is none. */
    private QuotedRegion closedRegionAround(int k) {
        int begin = toks.get(k).begin();
        int end = toks.get(k).end();
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && r.closed() && begin >= r.start() - 2 && end <= r.end() + 2
                    && (inQ[k] >= 0 || r.start() == end || r.end() == begin)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether token k is in, or is a mark of, a quotation set inside a clause as one of its phrases: a title or
     * a quotation opening after a word ('who called the plan “a farce,” said'), not one opening a sentence or
     * following a comma or colon.
     */
    boolean inQuotedPhrase(int k) {
        QuotedRegion r = closedRegionAround(k);
        if (r == null) {
            return false;
        }
        if (isTitle(text.substring(r.start(), r.end()))) {
            return true;
        }
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).end() == r.start() || toks.get(i).end() == r.start() - 1) { // its opening mark
                String before = toks.get(i - 1).word();
                return Character.isLetterOrDigit(before.charAt(before.length() - 1));
            }
        }
        return false;
    }

    private static boolean isTitle(String quoted) {
        String[] words = quoted.replaceAll("[^\\p{L}\\p{N}'\u2019 ]", " ").strip().split("\\s+");
        if (words.length == 0 || words.length > 6 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))
                    && !TITLE_LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A set of words with more words in it. */
    static Set<String> plus(Set<String> words, String... more) {
        Set<String> all = new HashSet<>(words);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** Whether token i is a hyphen with a space before it, set off as a dash ('unserious - “…,” she said -'). */
    boolean isSpacedHyphen(int i) {
        return i > 0 && toks.get(i).word().equals("-") && toks.get(i - 1).end() < toks.get(i).begin();
    }

    /** Whether token i is a dash: a long one ("—", "--") or a spaced hyphen. */
    boolean isDash(int i) {
        return LONG_DASHES.contains(toks.get(i).word()) || isSpacedHyphen(i);
    }

    int regionAt(int offset) {
        return regionAt(p, offset);
    }

    /** The index of the quotation of a paragraph that holds an offset (between its marks), or -1. */
    int regionAt(int paragraph, int offset) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).contains(paragraph, offset)) {
                return i;
            }
        }
        return -1;
    }

    QuotedRegion regionCovering(Span s) {
        for (QuotedRegion r : regions) {
            if (r.paragraph() == s.paragraph() && r.start() == s.start() && r.end() == s.end()) {
                return r;
            }
        }
        return null;
    }

    /** The quotation closed just before this offset (only marks and punctuation between). */
    QuotedRegion regionEndingBefore(int offset) {
        QuotedRegion best = null;
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && r.end() <= offset && onlyPunctuation(r.end(), offset)) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Whether the sentence being read opens right after a quotation of this paragraph that ends with a question
     * or exclamation mark ("“Are you serious?” she asked."): the sentence splitter cuts there, though the
     * attribution belongs to the quotation.
     */
    boolean opensAfterQuestionOrExclamation() {
        QuotedRegion r = regionEndingBefore(toks.get(0).begin());
        if (r == null || !r.closed()) {
            return false;
        }
        for (int i = r.end() - 1; i >= r.start(); i--) {
            char ch = text.charAt(i);
            // past an inner quotation's closing mark: "“… to know, 'Does he share our values?'” he added."
            if (!Character.isWhitespace(ch) && "'\u2019\"\u201D".indexOf(ch) < 0) {
                return ch == '?' || ch == '!';
            }
        }
        return false;
    }

    QuotedRegion regionStartingAfter(int tokenIndex) {
        int from = tokenIndex < toks.size() ? toks.get(tokenIndex).begin() : toks.get(toks.size() - 1).end();
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && r.start() >= from && onlyPunctuation(from, r.start())
                    && tokenIndex < toks.size()) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a quotation is attributed right after it closes ({@code "…," said Madison.}, {@code "…," she
     * said}): a speech verb within a few words of its closing mark, before the sentence ends or another
     * quotation opens. Such a quotation belongs to that attribution, not to one before it. Words of an
     * appositive between commas do not count ({@code "…," Will Moy, chief executive of the fact-checking
     * website Full Fact, told the BBC}).
     */
    boolean attributedAfter(QuotedRegion r) {
        int seen = 0;
        int commas = 0;
        int apposed = 0;
        int names = 0; // proper nouns before the first comma: all of its words when it equals seen there
        boolean complete = endsASentence(r);
        for (NlpSentence s : paragraphs.get(r.paragraph()).sentences()) {
            List<NlpToken> tokens = s.tokens();
            for (int j = 0; j < tokens.size(); j++) {
                NlpToken t = tokens.get(j);
                if (t.begin() < r.end() || r.closed() && t.begin() == r.end()) {
                    continue; // inside, or its own closing mark (a straight one may be tagged as opening)
                }
                String w = t.word();
                commas += w.equals(",") ? 1 : 0;
                // the appositive of a name right after the quotation: "Will Moy, chief executive of …, told"
                if (commas == 0 && (NounPhrases.isProperNoun(t) || "PERSON".equals(t.ner()))) {
                    names++;
                }
                boolean appositive = commas == 1 && names > 0 && names == seen && seen <= 4 && apposed++ < 20;
                if (!appositive && seen++ >= 8 || w.equals(".") || w.equals("?") || w.equals("!")
                        || "``".equals(t.tag())) {
                    return false;
                }
                if (isFiniteSpeechVerb(t)) {
                    // '“… years.” Smith said he had come to that conclusion': after a finished sentence, a speaker
                    // whose cue reports a clause of its own opens the next attribution
                    return !(complete && seen > 1 && opensAClause(tokens, j + 1));
                }
            }
        }
        return false;
    }

    /** Whether the quoted words of a region end with a full stop, a question mark or an exclamation mark. */
    private boolean endsASentence(QuotedRegion r) {
        String t = paragraphs.get(r.paragraph()).text();
        for (int i = Math.min(r.end(), t.length()) - 1; i >= r.start(); i--) {
            char ch = t.charAt(i);
            if (!Character.isWhitespace(ch) && "\"'\u2019\u201D".indexOf(ch) < 0) {
                return ch == '.' || ch == '?' || ch == '!';
            }
        }
        return false;
    }

    /**
     * Whether the tokens from k open a clause: "that", a subject pronoun, or a noun phrase a finite verb follows
     * before any comma ("said the plan had failed"); not a time or place that ends the attribution ("said
     * Tuesday.", "said in a statement").
     */
    private static boolean opensAClause(List<NlpToken> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("that") || NounPhrases.SUBJECT_PRONOUNS.contains(w) || w.equals("it")) {
            return true;
        }
        String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
        if (tag.equals("IN")) {
            // "said in a statement that …": the cue's adverbial, then the clause
            for (int i = k + 1; i < tokens.size() && i - k <= 8; i++) {
                String t = tokens.get(i).word();
                if (t.equalsIgnoreCase("that")) {
                    return true;
                }
                if (NounPhrases.isPunct(tokens.get(i)) || NounPhrases.isFinite(tokens.get(i))) {
                    return false;
                }
            }
            return false;
        }
        if (!(tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ") || tag.equals("CD")
                || tag.equals("PRP$"))) {
            return false;
        }
        for (int i = k + 1; i < tokens.size(); i++) {
            NlpToken t = tokens.get(i);
            if (t.word().equals(",") || t.word().equals(".") || "``".equals(t.tag())) {
                return false;
            }
            if (NounPhrases.isTensed(t) || "MD".equals(t.tag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence a quotation closes in names its own speaker after it, past words that go on with it
     * ('“You squeezed employees” to drive up the stock price, she said'): a subject right before a finite
     * speech verb, outside quotations, before the sentence ends. Such a quotation is not a previous
     * attribution's going on.
     */
    boolean attributedLaterInItsSentence(QuotedRegion r) {
        NlpToken previous = null;
        for (NlpSentence s : paragraphs.get(r.paragraph()).sentences()) {
            if (s.end() <= r.end()) {
                continue;
            }
            for (NlpToken t : s.tokens()) {
                if (t.begin() < r.end() || r.closed() && t.begin() == r.end()
                        || regionAt(r.paragraph(), t.begin()) >= 0) {
                    continue; // inside it, its closing mark, or inside another quotation
                }
                if (previous != null && isFiniteSpeechVerb(t)
                        && ("PRP".equals(previous.tag()) || NounPhrases.isNoun(previous))) {
                    return true;
                }
                previous = t;
            }
            return false; // the quotation's sentence ends here
        }
        return false;
    }

    /** Whether a token is a finite verb of saying ("said", "says", "tell"). */
    boolean isFiniteSpeechVerb(NlpToken t) {
        return isFiniteSpeechVerb(t, lexicon);
    }

    /** Whether a token is a finite verb of saying by this lexicon, for callers that read tokens before a sentence. */
    static boolean isFiniteSpeechVerb(NlpToken t, CueLexicon lexicon) {
        return NounPhrases.isTensed(t) && lexicon.kind(t.word(), t.lemma()) == CueLexicon.Kind.SPEECH;
    }

    /** Whether token k (of the sentence read; -1 for none) is a finite speech cue not read yet, outside quotations. */
    boolean isFiniteSpeechCue(int k) {
        return k >= 0 && isCandidateCue(k) && isFiniteSpeechVerb(toks.get(k));
    }

    /**
     * Whether a quotation opens after a comma and goes on in lower case: the part of a quotation that its
     * attribution broke off ('“Every time you say that,” Tester said, …, “you help …”').
     */
    boolean opensInLowerCaseAfterComma(QuotedRegion r) {
        String t = paragraphs.get(r.paragraph()).text();
        int comma = t.lastIndexOf(',', r.start());
        return r.start() < t.length() && Character.isLowerCase(t.charAt(r.start())) && comma >= 0
                && t.substring(comma + 1, r.start()).matches("[\\s\\p{Pi}\"'`]{1,4}");
    }

    QuotedRegion regionStartingAt(int tokenIndex) {
        int begin = toks.get(tokenIndex).begin();
        int end = toks.get(tokenIndex).end();
        for (QuotedRegion r : regions) {
            if (r.paragraph() == p && (r.start() == end || r.start() == begin)) {
                return r;
            }
        }
        return null;
    }

    QuotedRegion nextRegionAfter(int paragraph, int offset) {
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

    boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    List<Span> group(int g) {
        List<Span> out = new ArrayList<>();
        for (QuotedRegion r : regions) {
            if (r.group() == g) {
                out.add(new Span(r.paragraph(), r.start(), r.end()));
            }
        }
        return out;
    }

    /** The last region of a quotation group (a quotation may run over paragraphs). */
    QuotedRegion lastOfGroup(int g) {
        QuotedRegion last = null;
        for (QuotedRegion r : regions) {
            if (r.group() == g) {
                last = r;
            }
        }
        return last;
    }

    int groupOf(List<Span> content) {
        QuotedRegion r = content.isEmpty() ? null : regionCovering(content.get(0));
        return r == null ? -1 : r.group();
    }

    double quotedShare(Span s) {
        int quoted = 0;
        for (QuotedRegion r : regions) {
            if (r.paragraph() == s.paragraph()) {
                quoted += Math.max(0, Math.min(r.end(), s.end()) - Math.max(r.start(), s.start()));
            }
        }
        return s.end() == s.start() ? 0 : quoted / (double) (s.end() - s.start());
    }

    String textOf(List<Span> content) {
        return textOf(paragraphs, content);
    }

    /** The text of content pieces, joined with " … " (a quotation broken by its attribution or a paragraph). */
    static String textOf(List<NlpParagraph> paragraphs, List<Span> content) {
        StringBuilder sb = new StringBuilder();
        for (Span s : content) {
            if (!sb.isEmpty()) {
                sb.append(" \u2026 ");
            }
            sb.append(paragraphs.get(s.paragraph()).text(), s.start(), s.end());
        }
        return sb.toString().strip();
    }
}

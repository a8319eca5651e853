package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpToken;

import java.util.Locale;
import java.util.Set;

/**
 * The noun phrases around a cue verb in the sentence being read: the subject before it ("Jane Doe, a
 * spokeswoman, said"; "Jane Doe, who ran the port until 2019, said"; "…, who said"), the phrase after it
 * ("said Jane Doe") and the sentence's leading phrase. Phrases are token ranges {@code [start, end)}, with an
 * appositive range and a relative-pronoun index when there is one.
 */
final class SpeakerPhrases {
    static final Set<String> QUANTIFIERS = Set.of("some", "several", "many", "most", "others", "few",
            "both", "all", "another", "one");
    private static final Set<String> ASKED = Set.of("surveyed", "polled", "questioned", "interviewed", "sampled",
            "asked");
    /** Nouns naming what someone claims, before a relative clause without "that" ("a charge ministers denied"). */
    private static final Set<String> CLAIMS = Set.of("charge", "claim", "allegation", "accusation", "assertion",
            "suggestion", "characterization", "characterisation", "account", "version", "description", "notion");
    private final ArticleReading rd;

    SpeakerPhrases(ArticleReading rd) {
        this.rd = rd;
    }

    /** Whether a determiner and a claim noun ("a charge", "the claim") stand right before token k. */
    boolean claimAt(int k) {
        return k >= 2 && rd.inQ[k - 1] < 0 && NounPhrases.isDeterminer(rd.toks.get(k - 2))
                && isClaimNoun(rd.toks.get(k - 1).word());
    }

    /** A noun naming what someone claims ("charge", "allegation"), in any case. */
    static boolean isClaimNoun(String word) {
        return CLAIMS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The noun phrase ending before cue c (auxiliaries and adverbs skipped): [start, end, appStart, appEnd]. */
    int[] leftNp(int c) {
        int j = c - 1;
        while (j >= 0 && rd.inQ[j] < 0 && (NounPhrases.isAuxOrAdverb(rd.toks.get(j)) || isContractedBe(j))) {
            j--; // also "He’s/POS claiming": the tagger's possessive after a pronoun is "is"
        }
        int governing = raisingVerb(c);
        if (governing >= 0) {
            return leftNp(governing); // "Biden was quick to retort:", "she went on to say": the subject of "was", "went"
        }
        int[] thing = namedThingEndingAt(j);
        if (thing != null) {
            return thing; // "A German news organization called “The Local” cited": the phrase and its name
        }
        int contact = contactClauseStart(j);
        if (contact > 0) {
            int[] np = npEndingAt(contact - 1);
            if (np != null) {
                return new int[] {np[0], np[1], -1, -1}; // "all the experts I interviewed said": the experts
            }
        }
        if (j >= 1 && rd.inQ[j] < 0 && isReflexive(rd.toks.get(j).word()) && NounPhrases.isNounish(rd.toks.get(j - 1))) {
            j--; // "Trump himself said", "The president himself responded": the noun phrase before it speaks
        }
        if (j >= 0 && rd.inQ[j] < 0 && rd.isTimeWord(j)) {
            // "The Times on Saturday wrote", "Clinton last week said"
            int k = j;
            while (k >= 0 && rd.inQ[k] < 0 && (rd.isTimeWord(k) || NounPhrases.isDeterminer(rd.toks.get(k))
                    || rd.isTimeModifier(k))) {
                k--;
            }
            if (k >= 0 && "IN".equals(rd.toks.get(k).tag())) {
                k--;
            }
            while (k >= 0 && rd.inQ[k] < 0 && NounPhrases.isAuxOrAdverb(rd.toks.get(k))) {
                k--;
            }
            if (k >= 1 && k < j && "VBN".equals(rd.toks.get(k).tag()) && NounPhrases.isNounish(rd.toks.get(k - 1))) {
                k--; // "A report released last year found": the noun before the participle
            }
            if (k >= 0 && k < j && (NounPhrases.isNounish(rd.toks.get(k)) || parentheticalStart(k) > 0
                    || rd.toks.get(k).word().equals(",") && rd.inQ[k] < 0
                    || rd.isRelativePronoun(k)) && !rd.isTimeWord(k)) { // "McConnell, who in 2010 said"
                // also "Sen. Dianne Feinstein (D-Calif.) last week said", and "Reince Priebus, the GOP chairman,
                // this past week announced": the appositive's comma, read below
                j = k;
            }
        }
        // 'Joe Scarborough, host of “Morning Joe,” suggested': the title's comma closes the appositive
        boolean titleComma = j >= 1 && rd.isClosingMark(j) && rd.toks.get(j - 1).word().equals(",")
                && rd.inQuotedPhrase(j);
        // also "…, the committee founded by Dean, also said"
        if (j >= 0 && (rd.toks.get(j).word().equals(",") || titleComma)) {
            // "Jane Doe, a spokeswoman for the ministry, said"
            int[] app = npEndingAt(j - 1);
            if (app != null && app[0] >= 2 && rd.toks.get(app[0] - 1).word().equals(",")) {
                int[] name = npEndingAt(app[0] - 2);
                if (name != null && !hasPersonToken(name) && name[0] >= 2 && rd.toks.get(name[0] - 1).word().equals(",")) {
                    // "Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said": the name comes
                    // before a title and its body, both set off by commas
                    int[] person = npEndingAt(name[0] - 2);
                    if (person != null && "PERSON".equals(rd.toks.get(person[1] - 1).ner())
                            && !objectOfAPreposition(person[0])) {
                        return new int[] {person[0], person[1], name[0], app[1]};
                    }
                }
                // not "The letter, organised by the veteran MP, Margaret Quayle, said": there the names close an
                // aside and the clause's subject is before it
                if (name != null && !objectOfAPreposition(name[0])) {
                    return new int[] {name[0], name[1], app[0], app[1]};
                }
            }
            int[] subject = longAppositiveSubject(j);
            if (subject != null && titleComma && subject[3] == j) {
                subject[3] = j + 1; // the appositive keeps the closing mark of its quotation
            }
            if (subject == null) {
                // "Jack Reed (D-R.I.), said": a stray comma after the subject
                int[] np = npEndingAt(j - 1);
                if (np != null && startsClause(np[0])) {
                    return new int[] {np[0], np[1], -1, -1};
                }
                // "Some voters who have listened to his speeches over the decades, on television or at small
                // events, said": a restrictive relative clause with asides of its own
                subject = antecedentOfRestrictiveClause(j - 1, true, -1);
            }
            return subject;
        }
        if (j >= 2 && rd.inQ[j] < 0 && rd.isDash(j)) {
            // "Three in five insiders — and two-thirds of Republicans — said": the subject before the aside, which
            // may quote ("Trump - who said he would “bomb them” - said")
            for (int k = j - 1; k >= 1 && j - k <= 25; k--) {
                if (rd.inQ[k] < 0 && rd.isDash(k)) {
                    // "insiders in the next two states — Nevada and South Carolina — said": the head before the
                    // preposition; after an opening clause too ("Even if Clinton loses, insiders — … — said")
                    int[] np = withPrepositionalHead(npEndingAt(k - 1), true);
                    if (np != null && (startsClause(np[0]) || np[0] >= 1 && rd.toks.get(np[0] - 1).word().equals(",")
                            && opensWithAClauseOpener())) {
                        return new int[] {np[0], np[1], -1, -1};
                    }
                    // "Those insiders who think Rubio has a chance — about 40 percent — stressed"
                    return antecedentOfRestrictiveClause(k - 1);
                }
            }
            return null;
        }
        boolean setOff = j >= 1 && (rd.toks.get(j - 1).word().equals(",") || rd.isDash(j - 1));
        if (j >= 1 && rd.isRelativePronoun(j) && !setOff && !rd.toks.get(j).word().equalsIgnoreCase("whose")) {
            // "the 30 percent of voters who said": a restrictive clause, its noun phrase the speaker
            int[] antecedent = npEndingAt(j - 1);
            return antecedent == null ? null : new int[] {antecedent[0], antecedent[1], -1, -1, j};
        }
        if (j >= 1 && rd.isRelativePronoun(j) && setOff) {
            // "…, Jane Doe, who said", "Trump - who said": the relative pronoun is the mention, its antecedent the
            // speaker; in "Jane Doe, who said she voted, said …" the content ends before the main cue
            // (ContentBoundaries)
            int[] named = personBeforeAppositive(j - 1);
            if (named != null) {
                return named; // "Tanya Brooks, president of Local 412 of the dockers' union, who has said"
            }
            int[] antecedent = npEndingAt(j - 2);
            return antecedent == null ? null : new int[] {antecedent[0], antecedent[1], -1, -1, j};
        }
        boolean finiteCue = NounPhrases.isTensed(rd.toks.get(c));
        int[] unclosed = finiteCue ? unclosedAppositive(j) : null;
        if (unclosed != null) {
            return unclosed;
        }
        int[] restricted = antecedentOfRestrictiveClause(j, false, c);
        if (restricted != null) {
            // "Officials who spoke on condition of anonymity said", "The officials whose laws were struck down
            // say": the clause's subject before the relative clause speaks
            return restricted;
        }
        // "The Lancet Commission on pollution and health found", "Those in favor of punishment have said": the
        // phrase before the preposition opens the subject
        int[] np = withEarlierNames(withPrepositionalHead(withoutThat(npEndingAt(j)), finiteCue));
        if (np == null) {
            return null;
        }
        if (np[1] - np[0] >= 3 && claimAt(np[0] + 2)) {
            // "…, a charge ministers denied": the claim is what was denied, the words after it deny it
            np = new int[] {np[0] + 2, np[1]};
        }
        int[] head = closeToHead(np[0]);
        return head != null ? new int[] {head[0], np[1], -1, -1}
                : new int[] {afterOpeningTime(np[0], np[1]), np[1], -1, -1};
    }

    /**
     * '“…,” Jane Doe, a research analyst at the Council on Energy, Environment and Water think tank told CBS
     * News.': after a quotation, a person's name, a comma and an appositive opening with an article that runs up
     * to the finite cue without its closing comma (commas only inside a name the tagger typed). Returns {name
     * start, name end, appositive start, appositive end}, or null.
     */
    private int[] unclosedAppositive(int j) {
        for (int k = j; k >= 2 && j - k <= 30; k--) {
            NlpToken t = rd.toks.get(k);
            if (rd.inQ[k] >= 0 || rd.isClosingMark(k) || isVerbOutsideNounPhrase(k) && !"VBN".equals(t.tag())
                    || rd.isRelativePronoun(k)) {
                return null;
            }
            if (!t.word().equals(",")) {
                continue;
            }
            String ner = rd.toks.get(k - 1).ner();
            if (ner != null && !"O".equals(ner) && !"PERSON".equals(ner) && ner.equals(rd.toks.get(k + 1).ner())) {
                continue; // "the Council on Energy, Environment and Water": a comma inside a name
            }
            int[] name = npEndingAt(k - 1);
            boolean afterQuotation = name != null && name[0] >= 1 && (rd.isClosingMark(name[0] - 1)
                    || rd.toks.get(name[0] - 1).word().equals(",") && name[0] >= 2 && rd.isClosingMark(name[0] - 2));
            // "Christopher Gunness, spokesman for the agency (UNRWA) described": a name opening the sentence and a
            // role after its comma, the closing comma left out
            boolean opening = name != null && name[0] == rd.firstWordIndex()
                    && SpeakerResolver.isPersonNoun(rd.toks.get(k + 1).word().toLowerCase(Locale.ROOT));
            boolean named = name != null && isAllPerson(name) && k + 1 < j
                    && (afterQuotation && NounPhrases.isDeterminer(rd.toks.get(k + 1)) || opening);
            return named ? new int[] {name[0], name[1], k + 1, j + 1} : null;
        }
        return null;
    }

    /** Whether a phrase holds a token the tagger typed as a person. */
    private boolean hasPersonToken(int[] np) {
        return SpeakerResolver.hasNer(rd.toks.subList(np[0], np[1]), "PERSON");
    }

    private boolean isAllPerson(int[] np) {
        return SpeakerResolver.isPersonName(rd.toks.subList(np[0], np[1]));
    }

    /**
     * Whether cue c ends its sentence (a time may follow: "said Tuesday.") and the words before it at j end a
     * relative clause rather than the cue's own subject: not "the wall he promised.", "the benefits the
     * government announced.", where the pronoun or the noun after a noun is the cue's subject.
     */
    private boolean closesAfterARelativeClause(int c, int j) {
        for (int k = c + 1; k <= rd.lastWord(); k++) {
            if (rd.inQ[k] >= 0 || !rd.isTimeWord(k)) {
                return false;
            }
        }
        if (j < 1 || rd.inQ[j] >= 0 || "PRP".equals(rd.toks.get(j).tag()) || "CC".equals(rd.toks.get(j).tag())) {
            return false; // nor "…, a process that began in May and concluded Monday.": the clause's own verbs
        }
        int[] np = npEndingAt(j);
        return np == null || np[0] < 1 || !NounPhrases.isNoun(rd.toks.get(np[0] - 1));
    }

    /**
     * The subject that a restrictive relative clause ending at token j describes, when that subject opens the
     * clause: "Officials [who spoke on condition of anonymity] said". The relative clause has a finite verb of
     * its own and no comma or quotation; returns {start, end, -1, -1} of the subject, or null.
     */
    private int[] antecedentOfRestrictiveClause(int j) {
        return antecedentOfRestrictiveClause(j, false, -1);
    }

    /**
     * As {@link #antecedentOfRestrictiveClause(int)}; with {@code commas}, the clause may hold commas (up to 30
     * words), and its verb must come before the first of them. With a cue (not -1) that ends the sentence right
     * after the clause ({@link #closesAfterARelativeClause}), the subject may follow a comma or dash: "The plan is
     * dead, two senators who asked not to be named said."
     */
    private int[] antecedentOfRestrictiveClause(int j, boolean commas, int cue) {
        boolean finite = false;
        for (int r = j; r >= 1 && j - r <= (commas ? 30 : 15); r--) {
            NlpToken t = rd.toks.get(r);
            if (commas && t.word().equals(",") && rd.inQ[r] < 0) {
                finite = false; // the verb must be the clause's, before its asides
                continue;
            }
            if (rd.inQ[r] >= 0 || NounPhrases.isPunct(t)) {
                return null;
            }
            if (rd.opensRelativeClause(r)) {
                int[] subject = npEndingAt(r - 1);
                // "Officials who spoke … said", and after a conjunction: "…, but residents who live nearby said"
                return finite && subject != null && subject[1] == r
                        && (onlyAdverbsBefore(subject[0]) || startsClause(subject[0])
                            || cue >= 0 && (rd.toks.get(subject[0] - 1).word().equals(",")
                                || rd.isDash(subject[0] - 1)) && rd.inQ[subject[0] - 1] < 0
                                && closesAfterARelativeClause(cue, j))
                        ? new int[] {subject[0], subject[1], -1, -1} : null;
            }
            finite |= NounPhrases.isFinite(t);
        }
        return null;
    }

    /**
     * For "who" after the comma at token {@code comma}: a person's name, a comma and an appositive without a
     * verb before it ("Tanya Brooks, president of Local 412 of the dockers' union, who …") make the person the
     * antecedent, not the appositive's last noun. Returns {name start, name end, appositive start, appositive
     * end, who}, or null.
     */
    private int[] personBeforeAppositive(int comma) {
        int who = comma + 1;
        if (!rd.toks.get(who).word().equalsIgnoreCase("who") && !rd.toks.get(who).word().equalsIgnoreCase("whom")) {
            return null;
        }
        for (int k = comma - 1; k >= 1 && comma - k <= 15; k--) {
            if (rd.inQ[k] >= 0 || isVerbOutsideNounPhrase(k)) {
                return null;
            }
            if (rd.toks.get(k).word().equals(",")) {
                int[] name = npEndingAt(k - 1);
                boolean person = name != null && name[1] == k
                        && "PERSON".equals(rd.toks.get(name[1] - 1).ner());
                if (person && isPersonWord(k + 1) && isPersonWord(comma - 1) && joinsNames(k + 1, comma)) {
                    // "Oprah Winfrey, Spike Lee and Stevie Wonder, who joked": a list of names, not a name and its
                    // appositive; the last name is the antecedent
                    int last = comma - 1;
                    while (last > k + 1 && isPersonWord(last - 1)) {
                        last--;
                    }
                    return new int[] {last, comma, -1, -1, who};
                }
                return person && k + 1 < comma ? new int[] {name[0], name[1], k + 1, comma, who} : null;
            }
        }
        return null;
    }

    /** Words that stand for people before "close to" and "familiar with": "those close to him", "some familiar". */
    private static final Set<String> PRONOUN_HEADS = ArticleReading.plus(QUANTIFIERS, "those", "two", "three");

    /**
     * "People close to the prime minister say", "sources familiar with the talks said": the subject is the
     * phrase before "close to" or "familiar with", not the person or matter after it. Returns that phrase
     * for the object phrase starting at {@code objectStart}, or null.
     */
    private int[] closeToHead(int objectStart) {
        if (objectStart < 3) {
            return null;
        }
        String prep = rd.toks.get(objectStart - 1).word().toLowerCase(Locale.ROOT);
        String adj = rd.toks.get(objectStart - 2).word().toLowerCase(Locale.ROOT);
        boolean close = prep.equals("to") && (adj.equals("close") || adj.equals("closest") || adj.equals("near"));
        boolean familiar = prep.equals("with") && adj.equals("familiar");
        if (!close && !familiar || rd.inQ[objectStart - 2] >= 0) {
            return null;
        }
        int[] np = npEndingAt(objectStart - 3);
        if (np == null && PRONOUN_HEADS.contains(rd.toks.get(objectStart - 3).word().toLowerCase(Locale.ROOT))) {
            return new int[] {objectStart - 3, objectStart - 2}; // "Those close to him say"
        }
        return np;
    }

    /**
     * "Jane Doe, director of the institute at the university, said" and "Jane Doe, who served as ambassador
     * until 2015, said": a name at the start of the clause, then a comma-enclosed appositive or relative
     * clause of any length (no quotation in it) ending at the comma before the cue.
     */
    int[] longAppositiveSubject(int comma) {
        int[] nearest = null;
        for (int m = comma - 2; m >= 1 && comma - m <= 40; m--) {
            // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested", 'Lind, who called it “a farce,” said'
            boolean title = rd.inQuotedPhrase(m);
            if ((rd.inQ[m] >= 0 || rd.isOpeningMark(m)) && !title) {
                break;
            }
            if (!rd.toks.get(m).word().equals(",") || title) {
                continue;
            }
            int[] name = withEarlierNames(withPrepositionalHead(withoutThat(npEndingAt(m - 1))));
            if (name != null && NounPhrases.allNumbers(rd.toks.subList(name[0], name[1]))) {
                continue; // "the aide, Elizabeth Lauten, 31, who …, wrote": an age, the name is before it
            }
            if (name != null && name[0] >= 2 && rd.toks.get(name[0] - 1).word().equals(",")
                    && SpeakerResolver.isPlace(rd.toks.subList(name[0] - 2, name[0] - 1))
                    && SpeakerResolver.isPlace(rd.toks.subList(name[0], name[1]))) {
                continue; // "Clinton, campaigning in Des Moines, Iowa, on Monday, said": a place's state
            }
            // also "comes two days after the Huffington Post, which originally said …, said": a clause after a
            // subordinator inside the sentence, its subject set off by a relative clause
            boolean afterSubordinator = name != null && name[0] >= 1 && rd.isRelativePronoun(m + 1)
                    && ArticleReading.SUBORDINATORS.contains(rd.toks.get(name[0] - 1).word().toLowerCase(Locale.ROOT));
            if (name == null || !startsClause(name[0]) && !afterSubordinator
                    || rd.isTimeWord(name[0]) // "Tuesday at the university, …"
                    || !NounPhrases.isNounish(rd.toks.get(m - 1)) && parentheticalStart(m - 1) < 0) {
                continue;
            }
            boolean relative = rd.isRelativePronoun(m + 1)
                    || rd.toks.get(m + 1).word().equalsIgnoreCase("where"); // "…, where it is outlawed, argues"
            NlpToken first = rd.toks.get(m + 1);
            boolean appositive = NounPhrases.isDeterminer(first) || NounPhrases.isNounish(first)
                    || "JJ".equals(first.tag()) || "NNP".equals(first.tag());
            // "Trump, however, said", "Pantucci, at the institute, said": an aside, no appositive
            // "X, wearing a red cape, said": a participle phrase is an aside too
            boolean aside = "RB".equals(first.tag()) || "IN".equals(first.tag()) && !rd.isThat(m + 1)
                    || "VBN".equals(first.tag()) // "Sullivan, struck by her story, told her"
                    || "VBG".equals(first.tag()) && (!rd.isCandidateCue(m + 1)
                        || first.word().equalsIgnoreCase("including")
                        || rd.opensAdverbial(m + 2)); // "Lind, speaking in Brussels, said"
            if (aside && comma - m <= 24 && !finiteVerbOutsideRelative(m + 1, comma - 1)) {
                return new int[] {name[0], name[1], -1, -1};
            }
            if (!relative && !appositive) {
                continue;
            }
            if (!relative && finiteVerbOutsideRelative(m + 1, comma - 1)) {
                continue;
            }
            int[] candidate = relative ? new int[] {name[0], name[1], -1, -1}
                    : new int[] {name[0], name[1], m + 1, comma};
            if (onlyAdverbsBefore(name[0])) {
                // the clause's own subject: "Jane Doe, 59, of Ashton, Md., who …, said", "Even China, …, said"
                return candidate;
            }
            if (nearest == null && !SpeakerResolver.isPlace(rd.toks.subList(name[0], name[1]))) {
                nearest = candidate;
            } else if (nearest != null && isAllPerson(name) && !isAllPerson(nearest)) {
                // '“…,” Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author of the study,
                // said': a person's name further back opens the clause; the phrase before "Germany" is his
                nearest = candidate;
            }
        }
        return nearest;
    }

    /**
     * "Maria Lopez, Tom Briggs and Ana Souza say", "Lopez, Briggs, and Souza said": names joined by "and" with
     * more names before them set off by commas are one list, all of it the subject. Returns the phrase widened
     * to the first name of the list, or the phrase as it is when it is no such list.
     */
    private int[] withEarlierNames(int[] np) {
        if (np == null || !isPersonWord(np[1] - 1)) {
            return np;
        }
        int k = np[0] - 1;
        boolean serialComma = k >= 1 && rd.inQ[k] < 0 && isAndOr(k) && rd.toks.get(k - 1).word().equals(",");
        if (serialComma) {
            k--; // "Briggs, and Souza": the comma before "and" belongs to the list
        } else if (!joinsNames(np[0], np[1])) {
            return np;
        }
        int start = np[0];
        int names = 0;
        while (k >= 1 && rd.inQ[k] < 0 && rd.toks.get(k).word().equals(",")) {
            int[] name = npEndingAt(k - 1);
            if (name == null || name[1] != k || !isAllPerson(name)) {
                break;
            }
            start = name[0];
            k = name[0] - 1;
            names++;
        }
        // "should deport Haley, and Trump later called": one name before ", and" joins two clauses, not a list;
        // "After meeting Putin, Trump and Macron said": the list must open the clause
        return names == 0 || serialComma && names < 2 || !startsClause(start) ? np : new int[] {start, np[1]};
    }

    /**
     * A noun phrase with the name it is called ending at token j ("a group called Color of Change", "a news
     * organization called “The Local”", {@link ArticleReading#namesAThing}): [start, end, -1, -1], or null.
     */
    private int[] namedThingEndingAt(int j) {
        int k = j;
        if (k >= 1 && rd.isClosingMark(k)) {
            while (k > 0 && !rd.isOpeningMark(k)) {
                k--; // back over the quoted name
            }
        } else {
            while (k > 0 && rd.inQ[k] < 0 && NounPhrases.isNpToken(rd.toks, k)) {
                k--; // back over the name; "called" after a noun is no noun-phrase word
            }
            k++;
        }
        int called = k - 1;
        if (called < 1 || called >= j || !rd.namesAThing(called)) {
            return null;
        }
        int[] np = npEndingAt(called - 1);
        return np == null ? null : new int[] {np[0], j + 1, -1, -1};
    }

    /**
     * Whether token j is "'s" after a pronoun, "is" or "has", which the tagger reads as a possessive ("He’s") or
     * a verb ("He's/VBZ suggesting"); not after "it" or "there" ("It’s said that …": a passive of no one's).
     */
    private boolean isContractedBe(int j) {
        String before = j >= 1 ? rd.toks.get(j - 1).word().toLowerCase(Locale.ROOT) : "";
        return ("POS".equals(rd.toks.get(j).tag()) || "VBZ".equals(rd.toks.get(j).tag()))
                && rd.contractedAfterPronoun(j) && !before.equals("it")
                && !before.equals("there");
    }

    /** Whether token i is a person's name word. */
    private boolean isPersonWord(int i) {
        return i >= 0 && "PERSON".equals(rd.toks.get(i).ner());
    }

    private boolean isAndOr(int i) {
        String w = rd.toks.get(i).word();
        return w.equals("and") || w.equals("or");
    }

    /** Whether the phrase [start, end) joins two names with "and" ("Tom Briggs and Ana Souza"). */
    private boolean joinsNames(int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (isAndOr(i) && isPersonWord(i - 1) && isPersonWord(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It was three years ago that Michael Bloomberg … said": a "that" the tagger read as a determiner before a
     * name opens the clause; it is no part of the speaker's phrase.
     */
    private int[] withoutThat(int[] np) {
        if (np == null || np[1] - np[0] < 2 || !rd.toks.get(np[0]).word().equalsIgnoreCase("that")
                || !"NNP".equals(rd.toks.get(np[0] + 1).tag())) {
            return np;
        }
        int[] out = np.clone();
        out[0] = np[0] + 1;
        return out;
    }

    /**
     * "Editorial pages across the country": a phrase that does not start its clause, behind a preposition
     * whose own phrase does, is the end of that longer subject; otherwise the phrase itself.
     */
    private int[] withPrepositionalHead(int[] np) {
        return withPrepositionalHead(np, false);
    }

    /**
     * As {@link #withPrepositionalHead(int[])}; with {@code afterComma}, a head right after a comma opens the
     * phrase too ("…, a second person briefed on the call said": a trailing attribution's subject, before a finite
     * cue).
     */
    private int[] withPrepositionalHead(int[] np, boolean afterComma) {
        int[] inner = np;
        // "One small study in 50 people with the disorder", "NASA scientists using a telescope atop Mauna Kea":
        // up to three prepositional phrases or participles on a noun back to the head
        for (int step = 0; step < 3; step++) {
            if (inner == null || startsClause(inner[0]) || inner[0] < 2) {
                return np;
            }
            int link = inner[0] - 1;
            boolean preposition = isPreposition(link);
            boolean participle = rd.inQ[link] < 0 && rd.isVbg(link) && NounPhrases.isNoun(rd.toks.get(link - 1));
            if (!preposition && !participle) {
                return np; // not "assertions since he declared": "since" opens a clause with its own subject
            }
            int end = link - 1;
            String tag = rd.toks.get(end).tag();
            if (preposition && end >= 1 && rd.inQ[end] < 0
                    && (("JJ".equals(tag) || "VBN".equals(tag) || "RB".equals(tag) || rd.isVbg(end))
                        && NounPhrases.isNounish(rd.toks.get(end - 1))
                    || "VBD".equals(tag) && rd.peopleParticiple(end))) {
                // "a person familiar with the investigation", "officials briefed on", "sources close to",
                // "engineers working on"; "people briefed/VBD on the talks" when the tagger reads the participle as
                // a past tense
                end--;
            }
            int[] head = npEndingAt(end);
            if (head == null && end >= 0 && rd.inQ[end] < 0
                    && PRONOUN_HEADS.contains(rd.toks.get(end).word().toLowerCase(Locale.ROOT))) {
                head = new int[] {end, end + 1}; // "Those in favor of punishment"
            }
            if (head != null && (startsClause(head[0])
                    || afterComma && head[0] >= 1 && rd.toks.get(head[0] - 1).word().equals(","))) {
                return new int[] {head[0], np[1]};
            }
            inner = head;
        }
        return np;
    }

    /** Whether the noun phrase starting at i is governed by a preposition or participle before it ("by the MP"). */
    private boolean objectOfAPreposition(int i) {
        if (i < 1 || rd.inQ[i - 1] >= 0) {
            return false;
        }
        String tag = rd.toks.get(i - 1).tag();
        return isPreposition(i - 1) || "VBN".equals(tag) || "VBG".equals(tag);
    }

    /** Whether token i is a preposition, not "that" nor a word that opens a clause ("while", "since"). */
    private boolean isPreposition(int i) {
        return "IN".equals(rd.toks.get(i).tag()) && !rd.isThat(i)
                && !CLAUSE_OPENERS.contains(rd.toks.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Words tagged as prepositions that open a clause with its own subject ("while Rubin, the …, opined"). */
    private static final Set<String> CLAUSE_OPENERS = ArticleReading.plus(ArticleReading.CLAUSE_OPENERS, "so");

    /** Whether a finite verb stands in a..b before any "who", "which" or "that" opens a clause. */
    boolean finiteVerbOutsideRelative(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (rd.isRelativePronoun(k) || rd.toks.get(k).word().equalsIgnoreCase("that")) {
                return false;
            }
            if (NounPhrases.isFinite(rd.toks.get(k)) && !participleReadAsPast(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "wearing a T-shirt covered in buttons", "Ascom, a solutions provider focused on hospitals, said": a past
     * tense right after a noun and before a preposition, in a phrase that opened with a participle or that is
     * a noun phrase from its determiner on, is a participle on that noun.
     */
    private boolean participleReadAsPast(int k) {
        if (ArticleReading.NAMING.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT)) && k >= 1
                && k + 1 < rd.toks.size() && NounPhrases.isNoun(rd.toks.get(k - 1))
                && ("NNP".equals(rd.toks.get(k + 1).tag()) || rd.isOpeningMark(k + 1))) {
            return true; // "at a consulting firm called/VBD Gavekal Dragonomics": a name given to the noun
        }
        if (!"VBD".equals(rd.toks.get(k).tag()) || k < 2 || k + 1 >= rd.toks.size()
                || !"IN".equals(rd.toks.get(k + 1).tag()) || rd.isThat(k + 1)
                || !NounPhrases.isNoun(rd.toks.get(k - 1))) {
            return false;
        }
        boolean nounPhrase = true;
        int j = k - 1;
        for (; j >= 0 && !rd.toks.get(j).word().equals(","); j--) {
            if ("VBG".equals(rd.toks.get(j).tag()) || "VBN".equals(rd.toks.get(j).tag())) {
                return true;
            }
            nounPhrase &= NounPhrases.isNpToken(rd.toks, j);
        }
        return nounPhrase && j >= 0 && j + 1 < k && NounPhrases.isDeterminer(rd.toks.get(j + 1));
    }

    /** Whether a subject can start at token i: the sentence start, after a conjunction or an opening phrase. */
    boolean startsClause(int i) {
        if (i <= rd.firstWordIndex()) {
            return true;
        }
        NlpToken prev = rd.toks.get(i - 1);
        if ("CC".equals(prev.tag()) || prev.word().equalsIgnoreCase("that")) {
            return true;
        }
        if (i - 1 == rd.firstWordIndex()
                && ArticleReading.SUBORDINATORS.contains(prev.word().toLowerCase(Locale.ROOT))) {
            return true; // "As Andrew Tabler, an expert on Syria, noted, …"
        }
        if (rd.isColon(i - 1) && rd.inQ[i - 1] < 0) {
            return true; // "Voter participation: Sanders, whose coalition includes …, said"
        }
        if (rd.isClosingMark(i - 1)) {
            return true; // "“This is scary,” Senator Mark Warner of Virginia, the top Democrat …, said"
        }
        if (onlyAdverbsBefore(i)) {
            return true; // "Even the biggest hawks, …, say"
        }
        return prev.word().equals(",") && !rd.hasFiniteVerb(rd.firstWordIndex(), i - 1);
    }

    /** Whether only adverbs, conjunctions and commas come before token i in its sentence ("Even China, …"). */
    private boolean onlyAdverbsBefore(int i) {
        for (int k = rd.firstWordIndex(); k < i; k++) {
            String tag = rd.toks.get(k).tag();
            if (!"RB".equals(tag) && !"CC".equals(tag) && !rd.toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    int[] npEndingAt(int j) {
        int[] group = groupSubject(j);
        if (group != null) {
            return group;
        }
        int open = parentheticalStart(j);
        if (open > 0) {
            // "Sen. Ada Lind (D-Ore.)", "Rep. Sander Levin (Mich.)": the name before a short parenthetical
            int[] name = npEndingAt(open - 1);
            return name == null ? null : new int[] {name[0], j + 1};
        }
        if (j < 0 || rd.inQ[j] >= 0 || !NounPhrases.isNounish(rd.toks.get(j)) && !isFraction(j) || rd.isTimeWord(j)) {
            return null;
        }
        int end = j + 1;
        int start = j;
        if ("PRP".equals(rd.toks.get(j).tag())) {
            return new int[] {j, end}; // "a request it refused": the pronoun alone
        }
        boolean titled = false;
        while (start > 0 && rd.inQ[start - 1] < 0 && end - start < 12) {
            NlpToken t = rd.toks.get(start);
            NlpToken prev = rd.toks.get(start - 1);
            if (("DT".equals(t.tag()) || "PRP$".equals(t.tag())) && !"PDT".equals(prev.tag())
                    && !NounPhrases.isLink(prev)) {
                break; // a determiner opens the phrase: "a claim the opposition" is two
            }
            if (NounPhrases.isNpToken(rd.toks, start - 1) || commaInsideAName(start - 1)) {
                start--; // also "the Bureau of Alcohol, Tobacco, Firearms and Explosives", one organisation
            } else if ("VBN".equals(prev.tag()) && start >= 2 && "DT".equals(rd.toks.get(start - 2).tag())) {
                start -= 2; // "a leaked internal memo"
                break;
            } else if ("VBN".equals(prev.tag()) && (start - 1 == rd.firstWordIndex() || start >= 2
                    && (rd.isClosingMark(start - 2) || rd.toks.get(start - 2).word().equals(",")))
                    && hasPersonToken(new int[] {start, end})) {
                start--; // '“…,” retired/VBN Air Force general Lloyd Newton said': a title
                titled = true;
                break;
            } else {
                break;
            }
        }
        while (!titled && start < end && !NounPhrases.isNounish(rd.toks.get(start))
                && !NounPhrases.isDeterminer(rd.toks.get(start)) && !isAdjective(rd.toks.get(start))) {
            start++;
        }
        if (start >= 2 && start < end && rd.inQ[start - 1] < 0 && rd.toks.get(start - 1).word().equals("in")
                && NounPhrases.isOneName(rd.toks.subList(start, end))) {
            // "Officials in Washington said", "The Foreign Office in London said": the place or body is where
            // the speaker is, not the speaker
            int[] holder = npEndingAt(start - 2);
            if (holder != null && !"PRP".equals(rd.toks.get(holder[0]).tag()) && !rd.isTimeWord(start - 2)) {
                return new int[] {holder[0], end};
            }
        }
        int joined = secondTitleStart(start, end);
        if (joined >= 0) {
            return new int[] {joined, end}; // "team president and general manager Ed Stefanski": one person
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** Whether the sentence opens with a word that opens a clause, after adverbs ("Even if …", "When …"). */
    private boolean opensWithAClauseOpener() {
        int k = rd.firstWordIndex();
        while (k < rd.toks.size() && "RB".equals(rd.toks.get(k).tag())) {
            k++;
        }
        return k < rd.toks.size()
                && ArticleReading.CLAUSE_OPENERS.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the comma at k stands inside a name NER typed as one organisation on both sides (the comma too). */
    private boolean commaInsideAName(int k) {
        if (k < 1 || k + 1 >= rd.toks.size() || !rd.toks.get(k).word().equals(",") || rd.inQ[k] >= 0) {
            return false;
        }
        String ner = rd.toks.get(k).ner();
        return ("ORGANIZATION".equals(ner) || "ORG".equals(ner)) && ner.equals(rd.toks.get(k - 1).ner())
                && ner.equals(rd.toks.get(k + 1).ner());
    }

    /** Fractions the tagger reads as adjectives: "a third", "one fifth" (of those asked). */
    private static final Set<String> FRACTIONS = Set.of("third", "thirds", "fourth", "fourths", "fifth", "fifths",
            "sixth", "tenth");

    /** Whether token j is a fraction after an article or a number: "Nearly a third say they don't know". */
    private boolean isFraction(int j) {
        return j >= 1 && FRACTIONS.contains(rd.toks.get(j).word().toLowerCase(Locale.ROOT))
                && ("DT".equals(rd.toks.get(j - 1).tag()) || "CD".equals(rd.toks.get(j - 1).tag()));
    }

    /**
     * Where a phrase begins when the one at start..end-1 is a title and a name ("general manager Ed Stefanski",
     * "CEO John Smith") and another title of the same person comes before it with "and": "team president and
     * general manager Ed Stefanski", "president and CEO John Smith". The first title must end in a noun for a
     * person and have no article; the phrase must open with a title, not with a name ("Trump and Ed Stefanski"
     * are two people).
     * -1 when there is none.
     */
    private int secondTitleStart(int start, int end) {
        if (start < 2 || start >= end || rd.inQ[start - 1] >= 0 || !rd.toks.get(start - 1).word().equals("and")
                || "PERSON".equals(rd.toks.get(start).ner())) {
            return -1;
        }
        int name = start;
        while (name < end && !"PERSON".equals(rd.toks.get(name).ner())) {
            name++;
        }
        NlpToken title = rd.toks.get(start - 2);
        if (name >= end || !("NN".equals(title.tag()) || "NNP".equals(title.tag()))
                || !SpeakerResolver.isPersonNoun(title.word().toLowerCase(Locale.ROOT))
                || "PERSON".equals(title.ner())) {
            return -1;
        }
        int[] first = npEndingAt(start - 2);
        // not "the president and first lady Ola Lind": a title with an article is someone of its own
        return first == null || NounPhrases.isDeterminer(rd.toks.get(first[0])) ? -1 : first[0];
    }

    /**
     * Where a phrase starts after a time that opens the sentence before it ("Last night Tanaiste Leo Varadkar",
     * "On Monday Governor Jane Holt"): the time is when, not who. Only before a name: not a time that owns the
     * rest ("Monday's meeting") or is all there is.
     */
    private int afterOpeningTime(int start, int end) {
        int k = start;
        while (k < end - 1 && rd.isTimeModifier(k)) {
            k += 2; // "last night", "this week"
        }
        while (k < end - 1 && rd.isTimeWord(k)) {
            k++;
        }
        // a name after it; not "a second person", where the time the tagger saw is part of the phrase
        if (k == start || k >= end || !NounPhrases.isProperNoun(rd.toks.get(k))) {
            return start;
        }
        return k;
    }

    /**
     * A subject naming people by quantity or by what was done to them: "some", "several", "many of them",
     * "those surveyed", "most of those polled". Null when token j does not end one.
     */
    private int[] groupSubject(int j) {
        if (j < 0 || rd.inQ[j] >= 0) {
            return null;
        }
        String w = rd.toks.get(j).word().toLowerCase(Locale.ROOT);
        if (QUANTIFIERS.contains(w) && (j == 0 || !NounPhrases.isDeterminer(rd.toks.get(j - 1))
                || rd.toks.get(j - 1).word().equals(","))) {
            return new int[] {j, j + 1};
        }
        if ("VBN".equals(rd.toks.get(j).tag()) && j >= 1 && rd.toks.get(j - 1).word().equalsIgnoreCase("those")) {
            int start = j - 1;
            if (start >= 2 && rd.toks.get(start - 1).word().equalsIgnoreCase("of")
                    && QUANTIFIERS.contains(rd.toks.get(start - 2).word().toLowerCase(Locale.ROOT))) {
                start -= 2; // "most of those polled"
            }
            return new int[] {start, j + 1};
        }
        if ("CD".equals(rd.toks.get(j).tag()) && j >= 2 && rd.inQ[j - 2] < 0 && "CD".equals(rd.toks.get(j - 2).tag())
                && (rd.toks.get(j - 1).word().equalsIgnoreCase("in") || rd.toks.get(j - 1).word().equalsIgnoreCase("of"))) {
            int start = j - 2; // "about 4 in 10 want", "two of three said": a share of people
            if (start >= 1 && "RB".equals(rd.toks.get(start - 1).tag())) {
                start--;
            }
            return new int[] {start, j + 1};
        }
        if (ASKED.contains(w) && j >= 1) {
            int[] np = npEndingAt(j - 1); // "56 percent of Cuban-Americans polled"
            return np == null || "PRP".equals(rd.toks.get(np[0]).tag()) ? null : new int[] {np[0], j + 1};
        }
        return null;
    }

    private static boolean isAdjective(NlpToken t) {
        return "JJ".equals(t.tag()) || "JJR".equals(t.tag()) || "JJS".equals(t.tag());
    }

    /**
     * The "(" of a parenthetical closing at token j: a short one without a verb ("(D-Ore.)"), a relative clause
     * ("(who has 25 delegates)"), or a description of the person named before it, opening with an article, of up
     * to 25 tokens ("Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer)"); -1 for
     * anything else.
     */
    private int parentheticalStart(int j) {
        if (j < 1 || rd.inQ[j] >= 0 || !rd.isClosingParen(j)) {
            return -1;
        }
        boolean verb = false;
        for (int k = j - 1; k >= 0 && j - k <= 25 && rd.inQ[k] < 0; k--) {
            String w = rd.toks.get(k).word();
            if (rd.isOpeningParen(k)) {
                // "(D-Ore.)", or a relative clause: "Kasich (who has 25 delegates) said"; or a description of a
                // person named before it: "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a
                // staffer) says"
                boolean described = k >= 1 && k + 1 < j && NounPhrases.isDeterminer(rd.toks.get(k + 1))
                        && "PERSON".equals(rd.toks.get(k - 1).ner());
                return j - k <= 6 && !verb || k + 1 < j && rd.isRelativePronoun(k + 1) && j - k <= 12 || described
                        ? k : -1;
            }
            if (w.equals(")")) {
                return -1;
            }
            verb |= NounPhrases.isVerb(rd.toks.get(k));
        }
        return -1;
    }

    /**
     * The appositive after the comma at token {@code comma} that follows a name after its cue ("said Maria
     * Lenz, 72, a retired teacher from Velden."; "said Dmitry, a 23-year-old student who declined …"): an age
     * is skipped, a participle after the article belongs to the phrase ("a retired teacher"), and the phrase
     * must end the sentence or stop at a comma or a relative pronoun. Returns [start, end) of the phrase, or
     * null.
     */
    int[] appositiveAfterComma(int comma) {
        int i = comma + 1;
        if (i + 1 < rd.toks.size() && "CD".equals(rd.toks.get(i).tag()) && rd.toks.get(i + 1).word().equals(",")
                && rd.inQ[i] < 0) {
            i += 2; // "72,"
        }
        if (i >= rd.toks.size()) {
            return null;
        }
        int[] np;
        if (i + 2 < rd.toks.size() && NounPhrases.isDeterminer(rd.toks.get(i)) && "VBN".equals(rd.toks.get(i + 1).tag())
                && rd.inQ[i + 1] < 0) {
            int[] rest = rightNp(i + 2); // "a retired teacher", "the embattled mayor"
            np = rest == null ? null : new int[] {i, rest[1]};
        } else {
            np = rightNp(i);
        }
        if (np == null) {
            return null;
        }
        int end = np[1];
        while (end <= rd.lastWord() && end - np[0] <= 15 && rd.inQ[end] < 0 && !rd.toks.get(end).word().equals(",")
                && !rd.isRelativePronoun(end) && !rd.isThat(end) && !isVerbOutsideNounPhrase(end)) {
            end++; // "president of Local 412 of the dockers' union": the phrase goes on past what the chunker took
        }
        boolean closed = end >= rd.lastWord() + 1 || rd.toks.get(end).word().equals(",") || rd.isRelativePronoun(end);
        return closed ? new int[] {np[0], end} : null;
    }

    /** A verb at k that is not a participle after an article ("a retired teacher"). */
    private boolean isVerbOutsideNounPhrase(int k) {
        NlpToken t = rd.toks.get(k);
        boolean participleAfterArticle = "VBN".equals(t.tag()) && k > 0 && NounPhrases.isDeterminer(rd.toks.get(k - 1));
        return (NounPhrases.isVerb(t) || "MD".equals(t.tag())) && !participleAfterArticle;
    }

    /** The noun phrase starting at token i: [start, end), or null. */
    int[] rightNp(int i) {
        int k = i;
        boolean sawNoun = false;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && !rd.isOpeningMark(k) && NounPhrases.isNpToken(rd.toks, k)
                && !rd.isThat(k)) {
            NlpToken t = rd.toks.get(k);
            boolean afterLink = k > i && Set.of("of", "for", "at", "from", "and").contains(
                    rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT));
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
        while (k > i && !NounPhrases.isNounish(rd.toks.get(k - 1))) {
            k--;
        }
        boolean onlyTime = true;
        for (int m = i; m < k; m++) {
            onlyTime &= rd.isTimeWord(m) || NounPhrases.isDeterminer(rd.toks.get(m));
        }
        if (k > i && !onlyTime && k + 1 < rd.toks.size() && rd.inQ[k] < 0 && rd.toks.get(k).word().equals("and")) {
            // "said team president and general manager Ed Stefanski": the second title leads to the name
            int[] second = rightNp(k + 1);
            if (second != null && secondTitleStart(second[0], second[1]) == i) {
                return new int[] {i, second[1]};
            }
        }
        return k > i && !onlyTime ? new int[] {i, k} : null;
    }

    int[] leadingNp() {
        // "But Durbin, noting the size of the list, said": the conjunction links to the sentence before
        int[] np = rightNp(rd.openingWordIndex());
        return np == null ? null : new int[] {np[0], np[1], -1, -1};
    }

    private static boolean isReflexive(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "himself", "herself", "itself", "themselves" -> true;
            default -> false;
        };
    }

    /**
     * Where a relative clause with no relative pronoun starts when it ends at j, right before a cue: a subject
     * pronoun and its verb, perhaps with a preposition or after "have" ("the experts I interviewed said",
     * "officials we spoke with said", "people I've talked to say"), after a noun; -1 when there is none.
     */
    private int contactClauseStart(int j) {
        if (j < 3) {
            return -1;
        }
        int k = j;
        String tag = rd.toks.get(k).tag();
        if (rd.inQ[k] < 0 && ("IN".equals(tag) || "RP".equals(tag) || "TO".equals(tag))) {
            k--; // "spoke with", "talked to"
        }
        if (k >= 3 && rd.inQ[k] < 0 && "VBN".equals(rd.toks.get(k).tag()) && "have".equals(rd.lemma(k - 1))) {
            k--; // "the people I've talked to say"
        }
        if (rd.inQ[k] >= 0 || !"VBD".equals(rd.toks.get(k).tag()) && !"VBP".equals(rd.toks.get(k).tag())
                && !"have".equals(rd.lemma(k))) {
            return -1;
        }
        String pronoun = rd.toks.get(k - 1).word().toLowerCase(Locale.ROOT);
        boolean subject = "PRP".equals(rd.toks.get(k - 1).tag())
                && (NounPhrases.SUBJECT_PRONOUNS.contains(pronoun) || pronoun.equals("you"));
        NlpToken noun = rd.toks.get(k - 2);
        return subject && ("NN".equals(noun.tag()) || "NNS".equals(noun.tag())) && rd.inQ[k - 2] < 0 ? k - 1 : -1;
    }

    /**
     * For a cue in the infinitive, the verb whose subject says it: "was" in "Biden was quick to retort" and in
     * "Trump was prompted to say", "went" in "she went on to say", "continued" in "he continued to insist"; -1
     * otherwise (also when a noun stands before "to": in "asked Cruz to explain" Cruz has said nothing yet).
     */
    int raisingVerb(int c) {
        if (c < 3 || !rd.isInfinitive(c)) {
            return -1;
        }
        int k = c - 2;
        if (("RP".equals(rd.toks.get(k).tag()) || rd.toks.get(k).word().equalsIgnoreCase("on")) && k > 1) {
            k--; // "went on to say"
        }
        NlpToken t = rd.toks.get(k);
        String lemma = rd.lemma(k);
        if ("JJ".equals(t.tag()) && k > 0 && NounPhrases.isFinite(rd.toks.get(k - 1)) && "be".equals(rd.lemma(k - 1))) {
            return k - 1; // "was quick to", "is eager to"
        }
        // also "…, going on to say that …", a participle after a comma (not "was trying to ask Trump a question")
        boolean participle = "VBG".equals(t.tag()) && k > 0 && rd.toks.get(k - 1).word().equals(",");
        if ((NounPhrases.isFinite(t) || "VBN".equals(t.tag()) || participle) && RAISING.contains(lemma)) {
            return k;
        }
        if ("VBN".equals(t.tag()) && PASSIVE_CONTROL.contains(lemma) && k > 0 && rd.inQ[k - 1] < 0
                && "be".equals(rd.lemma(k - 1))) {
            return k - 1; // "Mr. Trump was prompted to say", "was forced to admit": the subject of "was" says it
        }
        return -1;
    }

    /** Verbs whose passive subject is made to do the infinitive after them: "was prompted to say". */
    private static final Set<String> PASSIVE_CONTROL = Set.of("prompt", "force", "compel", "press", "move");

    /** Verbs whose own subject performs the infinitive after them. */
    static final Set<String> RAISING = Set.of("go", "continue", "proceed", "rush", "hasten", "move",
            "seem", "appear", "hurry", "begin", "start", "try");
}

package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpToken;

import java.util.Locale;
import java.util.Set;

/**
 * What a cue's object tells of whether anything was reported: a language spoken ("speaks fluent Spanish") reports
 * nothing, and "find" with a noun phrase reports a finding only for an inquiry, a finding's noun or a predicate of
 * the object's own ("found it difficult"), not for a way, a job or a buyer found.
 */
final class CueObjects {
    /** What finds things out with a noun phrase for what it found ("the audit found a pattern of abuse"). */
    private static final Set<String> INQUIRIES = Set.of("investigation", "investigations", "investigators",
            "inspectors", "inquiry", "inquest", "probe", "researchers", "research", "scientists", "census", "panel",
            "commission", "committee", "jury", "court", "judge", "tribunal", "coroner", "ombudsman", "watchdog",
            "auditor", "auditors", "counsel", "economists", "examiner");
    /** Objects found that are findings whoever finds them ("found no evidence", "found a link"). */
    private static final Set<String> FINDINGS = Set.of("evidence", "link", "links", "pattern", "patterns",
            "proof", "sign", "signs", "failings", "flaws", "errors", "problems", "irregularities", "discrepancies",
            "fault", "faults", "correlation", "connection", "bias", "wrongdoing", "violations", "breaches",
            "majority", "lead", "gap", "increase", "decline", "drop", "rise", "shift");
    /** Things one finds that report nothing, whoever finds them ("found a way", "found a buyer"). */
    private static final Set<String> THINGS_FOUND = Set.of("way", "ways", "time", "home", "homes", "job", "jobs",
            "buyer", "buyers", "leader", "partner", "partners", "sponsor", "sponsors", "replacement", "place",
            "room", "money", "funding", "voice", "audience", "body", "bodies", "sanctuary", "solace", "footing",
            "niche", "seat", "house", "apartment", "work", "shelter", "refuge", "tunnel", "tunnels", "cure");
    /** Languages one speaks: "speaks fluent Spanish" says nothing. */
    private static final Set<String> LANGUAGES = Set.of("english", "spanish", "french", "german", "italian",
            "portuguese", "russian", "ukrainian", "polish", "dutch", "greek", "turkish", "arabic", "hebrew", "farsi",
            "persian", "urdu", "hindi", "bengali", "punjabi", "mandarin", "cantonese", "chinese", "japanese", "korean",
            "vietnamese", "tagalog", "swahili", "creole", "latin", "yiddish", "gaelic", "welsh", "swedish",
            "norwegian", "danish", "finnish", "hungarian", "czech", "romanian", "serbian", "croatian", "amharic");

    private final ArticleReading rd;
    private final SpeakerPhrases phrases;

    CueObjects(ArticleReading rd, SpeakerPhrases phrases) {
        this.rd = rd;
        this.phrases = phrases;
    }

    /**
     * Whether "find" at c with the noun phrase at x reports a finding: a poll, a study, a document, an inquiry or
     * an organisation finds ("The poll found a tight race"), anyone finds evidence, a link or a fault, and what
     * someone finds to be so ({@link #smallClause}); but nobody reports a way, a job or a buyer found.
     */
    boolean reportsAFinding(int c, int x) {
        String object = objectHead(x);
        if (THINGS_FOUND.contains(object)) {
            return false;
        }
        if (FINDINGS.contains(object) || smallClause(x)) {
            return true;
        }
        int[] subject = phrases.leftNp(c);
        if (subject == null) {
            return false;
        }
        for (int k = subject[0]; k < subject[1]; k++) {
            String w = rd.toks.get(k).word().toLowerCase(Locale.ROOT);
            if (ReportedSpeech.SURVEYS.contains(w) || SpeakerResolver.DOCUMENTS.contains(w) || INQUIRIES.contains(w)
                    || "ORGANIZATION".equals(rd.toks.get(k).ner())) {
                return true; // also "A survey by the group in March found", "Gallup finds"
            }
        }
        return false;
    }

    /** The head noun of the noun phrase at x, in lower case: "a pattern of abuse" gives "pattern". */
    private String objectHead(int x) {
        int k = x;
        while (k + 1 < rd.toks.size() && rd.inQ[k] < 0 && (NounPhrases.isDeterminer(rd.toks.get(k))
                || "JJ".equals(rd.toks.get(k).tag()) || "PRP$".equals(rd.toks.get(k).tag())
                || "CD".equals(rd.toks.get(k).tag()) || "RB".equals(rd.toks.get(k).tag()))) {
            k++; // "no", "serious", "insufficient"
        }
        while (k + 1 < rd.toks.size() && rd.inQ[k + 1] < 0 && NounPhrases.isNoun(rd.toks.get(k))
                && NounPhrases.isNoun(rd.toks.get(k + 1))) {
            k++; // "a buyer" but "the tax gap"
        }
        return rd.toks.get(k).word().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the noun phrase at x has a predicate of its own after it: "found it difficult", "find his message
     * chilling", "found Trump to be charming", "finds states shifting", "found Clinton with a lead", "found no
     * fault with": what someone found to be so.
     */
    private boolean smallClause(int x) {
        if (rd.toks.get(x).word().equalsIgnoreCase("no")) {
            return true;
        }
        int[] np = phrases.rightNp(x);
        if (np == null || np[1] >= rd.toks.size()) {
            return false;
        }
        if (rd.inQ[np[1]] >= 0 || rd.isOpeningMark(np[1])) {
            return true; // 'found 73 percent “maintained subsidiaries …”': a quotation says what they did
        }
        NlpToken next = rd.toks.get(np[1]);
        String tag = next.tag();
        String w = next.word().toLowerCase(Locale.ROOT);
        boolean adverb = "RB".equals(tag) || "RBR".equals(tag);
        if ("JJ".equals(tag) || "JJR".equals(tag) || "VBG".equals(tag) || adverb && np[1] + 1 < rd.toks.size()
                && ("JJ".equals(rd.toks.get(np[1] + 1).tag()) || "JJR".equals(rd.toks.get(np[1] + 1).tag()))
                // "found it wholly appropriate", "found Clinton more trustworthy", "found Clinton ahead"
                || adverb && (w.equals("ahead") || w.equals("behind"))
                // "find Trump a liability", "found the speech an insult": a second noun phrase says what it is
                || NounPhrases.isDeterminer(next) && !rd.isThat(np[1]) && np[1] + 1 < rd.toks.size()
                    && NounPhrases.isNounish(rd.toks.get(np[1] + 1)) && !"IN".equals(rd.toks.get(np[1] - 1).tag())
                || next.word().equalsIgnoreCase("to") && np[1] + 1 < rd.toks.size() // not "found a way to win"
                    && ("be".equals(rd.lemma(np[1] + 1)) || "have".equals(rd.lemma(np[1] + 1)))
                || next.word().equalsIgnoreCase("with")) {
            return true;
        }
        // "find his cluelessness on national security troubling": an adjective ending the sentence after phrases
        int last = rd.lastWord();
        for (int k = np[1]; k < last; k++) {
            if (rd.inQ[k] >= 0 || NounPhrases.isVerb(rd.toks.get(k)) || NounPhrases.isPunct(rd.toks.get(k))
                    && !rd.toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return rd.inQ[last] < 0 && "JJ".equals(rd.toks.get(last).tag()) && last > np[1];
    }

    /** Whether a language, after adjectives ("fluent", "broken"), is the object at x. */
    boolean speaksALanguage(int x) {
        int k = x;
        while (k < rd.toks.size() && rd.inQ[k] < 0 && ("JJ".equals(rd.toks.get(k).tag())
                || "RB".equals(rd.toks.get(k).tag()) || NounPhrases.isDeterminer(rd.toks.get(k)))
                && !LANGUAGES.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k < rd.toks.size() && rd.inQ[k] < 0 && LANGUAGES.contains(rd.toks.get(k).word().toLowerCase(Locale.ROOT))
                && (k + 1 >= rd.toks.size() || !NounPhrases.isNounish(rd.toks.get(k + 1))); // not "Spanish media"
    }
}

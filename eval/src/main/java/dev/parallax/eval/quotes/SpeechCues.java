package dev.parallax.eval.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which gold attributions are speech: those whose cue holds a verb of saying or writing ("said", "told
 * reporters", "according to", "wrote in a memo", "was asked") or is only a colon or dash before a quotation.
 * PolNeAR also annotates beliefs ("thinks"), wishes ("wants"), evaluations ("criticized", "endorsed"),
 * evidence ("polls show") and much else; this is the part of it that a quote extractor is asked for, and the
 * part the Gender Gap Tracker's and Quotebank's figures are about.
 *
 * <p>The verbs are those of saying, telling, asking, announcing, arguing, answering and reporting, in the
 * sense of Levin's verbs of communication (classes 37.1, 37.2, 37.7, 37.9 and 37.8's complaining), plus the
 * news phrases "according to" and "in a statement". Verbs that are sometimes speech and often not ("call",
 * "talk", "show", "continue", "criticize") are left out, so the list errs towards a smaller, surer set. The
 * list is written down once, here, and is not the finder's cue lexicon: the finder is not asked what it knows.
 * Predictions are sorted by the same rule, applied to their own cue.
 */
public final class SpeechCues {
    private static final Set<String> WORDS = Set.of(
            "say", "says", "said", "saying",
            "tell", "tells", "told", "telling",
            "ask", "asks", "asked", "asking",
            "add", "adds", "added", "adding",
            "according",
            "write", "writes", "wrote", "written", "writing",
            "report", "reports", "reported", "reporting",
            "announce", "announces", "announced", "announcing",
            "state", "states", "stated", "stating", "statement",
            "claim", "claims", "claimed", "claiming",
            "note", "notes", "noted", "noting",
            "argue", "argues", "argued", "arguing",
            "explain", "explains", "explained", "explaining",
            "insist", "insists", "insisted", "insisting",
            "deny", "denies", "denied", "denying",
            "admit", "admits", "admitted", "admitting",
            "acknowledge", "acknowledges", "acknowledged", "acknowledging",
            "concede", "concedes", "conceded", "conceding",
            "confirm", "confirms", "confirmed", "confirming",
            "declare", "declares", "declared", "declaring",
            "reply", "replies", "replied", "replying",
            "respond", "responds", "responded", "responding",
            "answer", "answers", "answered", "answering",
            "warn", "warns", "warned", "warning",
            "urge", "urges", "urged", "urging",
            "suggest", "suggests", "suggested", "suggesting",
            "mention", "mentions", "mentioned", "mentioning",
            "reveal", "reveals", "revealed", "revealing",
            "recall", "recalls", "recalled", "recalling",
            "repeat", "repeats", "repeated", "repeating",
            "reiterate", "reiterates", "reiterated", "reiterating",
            "contend", "contends", "contended", "contending",
            "assert", "asserts", "asserted", "asserting",
            "allege", "alleges", "alleged", "alleging",
            "maintain", "maintains", "maintained", "maintaining",
            "complain", "complains", "complained", "complaining",
            "promise", "promises", "promised", "promising",
            "vow", "vows", "vowed", "vowing",
            "pledge", "pledges", "pledged", "pledging",
            "predict", "predicts", "predicted", "predicting",
            "quote", "quotes", "quoted", "quoting",
            "tweet", "tweets", "tweeted", "tweeting",
            "testify", "testifies", "testified", "testifying",
            "speak", "speaks", "spoke", "spoken", "speaking",
            "shout", "shouts", "shouted", "shouting",
            "joke", "jokes", "joked", "joking",
            "boast", "boasts", "boasted", "boasting",
            "remark", "remarks", "remarked", "remarking",
            "comment", "comments", "commented", "commenting",
            "proclaim", "proclaims", "proclaimed", "proclaiming");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ONLY_MARKS = Pattern.compile("[\\s:\\-–—]+");

    private SpeechCues() {
    }

    /** Whether a cue, as written, is speech. A missing cue is taken to be (see {@link #isSpeech(Attribution)}). */
    public static boolean isSpeech(String cue) {
        if (cue == null || cue.isBlank()) {
            return true;
        }
        if (ONLY_MARKS.matcher(cue).matches()) {
            return true;
        }
        Matcher m = WORD.matcher(cue.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an attribution is speech, by its cue. One gold attribution of PolNeAR's 27,008 has no cue, and
     * CoreNLP's QuoteAnnotator gives none for its quotations, which are speech by what they are: both count.
     */
    public static boolean isSpeech(Attribution gold) {
        return isSpeech(gold.cue());
    }
}

package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.regex.Pattern;

/**
 * Types photo captions that carry no credit of their own. The rule, in order:
 * <ol>
 *   <li>Next to a credit: the unit just before a CREDIT line (or, failing that, just after it) is a
 *       caption when it is caption-shaped: at most {@value #MAX_WORDS} words, at most two sentences, no
 *       quotation marks and no reporting verb ({@code said}, {@code told}: a line reporting speech is a
 *       paragraph).</li>
 *   <li>After an image marker ({@code Image}, {@code [Photo]}): the next unit, when caption-shaped.</li>
 *   <li>A scene line between body paragraphs: {@value #MIN_SCENE_WORDS}–{@value #MAX_SCENE_WORDS} words,
 *       no sentence-final punctuation, not Title Case (every longer word capitalised), and at least two scene signals of which one is a
 *       place/scene preposition or a scene verb. Signals: a time cue (weekday, month, year), a place
 *       phrase ({@code at the}, {@code in Brussels}, {@code outside}), a person's name (two capitalised
 *       words), a scene verb ({@code speaks}, {@code arrives}, {@code pictured}).</li>
 * </ol>
 * A sub-heading (a short line without final punctuation that is Title Case or has no scene signals,
 * followed by body paragraphs) therefore stays in the body, as does any short real paragraph that
 * ends a sentence.
 */
final class CaptionFilter implements DraftFilter {
    static final int MAX_WORDS = 40;
    static final int MIN_SCENE_WORDS = 4;
    static final int MAX_SCENE_WORDS = 30;
    static final double TITLE_CASE_SHARE = 0.95;
    private static final Pattern TIME_CUE = Pattern.compile(
            "(?i)\\b(?:" + DateLineParser.WEEKDAY + "|" + DateLineParser.MONTH + "|(?:19|20)\\d{2}|earlier this (?:week|month|year)|last (?:week|month|year)|yesterday)(?=\\W|$)");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:at|in|outside|inside|during|near|on|after|before|from|with)\\s+(?:the\\s+|a\\s+)?(?:\\p{Lu}|ministry|parliament|summit|meeting|rally|protest|conference|press|building|office|hearing|session|event|airport|station)");
    private static final Pattern PERSON = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’\\-]+\\s+\\p{Lu}[\\p{Ll}'’\\-]+");
    private static final Pattern SCENE_VERB = Pattern.compile(
            "(?i)\\b(?:speaks|speaking|arrives|arriving|leaves|leaving|looks on|gestures|walks|attends|holds|waves|addresses|"
                    + "pictured|seen|stands|sits|listens|talks|meets|poses|shakes hands|departs|gather|gathers|gathered|march|marches|"
                    + "protesters|demonstrators|supporters|crowds?)\\b");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");
    /** Reporting verbs: a line that reports speech is a paragraph, not a caption. */
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|told|tells|according to)\\b");

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        for (int i = 0; i < draft.size(); i++) {
            if (draft.is(i, FurnitureKind.CREDIT)) {
                if (out.open(i - 1) && captionShaped(draft.text(i - 1))) {
                    out = out.mark(i - 1, FurnitureKind.CAPTION);
                } else if (out.open(i + 1) && captionShaped(draft.text(i + 1)) && !Texts.endsSentence(draft.text(i + 1))) {
                    out = out.mark(i + 1, FurnitureKind.CAPTION);
                }
            } else if (draft.is(i, FurnitureKind.CAPTION) && FurnitureRules.isCaptionMarker(draft.text(i))
                    && out.open(i + 1) && captionShaped(draft.text(i + 1))) {
                out = out.mark(i + 1, FurnitureKind.CAPTION);
            }
        }
        for (int i = 0; i < draft.size(); i++) {
            if (out.open(i) && betweenBody(out, i) && sceneCaption(draft.text(i))) {
                out = out.mark(i, FurnitureKind.CAPTION);
            }
        }
        return out;
    }

    static boolean captionShaped(String text) {
        return Texts.words(text) <= MAX_WORDS && !QUOTES.matcher(text).find() && !REPORTING.matcher(text).find()
                && text.split("(?<=[.!?])\\s+(?=\\p{Lu})").length <= 2;
    }

    static boolean sceneCaption(String text) {
        int words = Texts.words(text);
        if (words < MIN_SCENE_WORDS || words > MAX_SCENE_WORDS || Texts.endsSentence(text) || text.endsWith(":")
                || text.endsWith("?") || QUOTES.matcher(text).find() || REPORTING.matcher(text).find() || Texts.capitalisedShare(text) >= TITLE_CASE_SHARE) {
            return false;
        }
        boolean place = PLACE.matcher(text).find();
        boolean verb = SCENE_VERB.matcher(text).find();
        int signals = (TIME_CUE.matcher(text).find() ? 1 : 0) + (place ? 1 : 0) + (PERSON.matcher(text).find() ? 1 : 0) + (verb ? 1 : 0);
        return signals >= 2 && (place || verb);
    }

    private static boolean betweenBody(Draft draft, int i) {
        int before = draft.previousOpen(i);
        int after = draft.nextOpen(i + 1);
        return before >= 0 && after >= 0 && Texts.words(draft.text(before)) >= 12 && Texts.words(draft.text(after)) >= 12;
    }
}

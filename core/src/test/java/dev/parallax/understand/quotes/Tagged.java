package dev.parallax.understand.quotes;

import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds analysed paragraphs by hand for tests: tokens separated by spaces, each {@code word/TAG} or
 * {@code word/TAG/NER} (Penn Treebank tags; NER PERSON, ORGANIZATION, LOCATION …). Spacing follows print:
 * no space before closing punctuation and after opening marks. A sentence ends after . ? ! (and a closing
 * mark right after) when the next token starts a new sentence, and wherever the item {@code <s>} stands (as
 * CoreNLP's splitter ends one after "?'”" before a lower-case word). A hyphen tagged {@code -/HYPH} is glued to its
 * neighbours ("43-year-old", as the tokenizer splits it); other dashes stand between spaces. Consecutive
 * tokens with one NER type make a mention.
 */
final class Tagged {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", "!", "?", ":", ";", "\u201D", "\u2019",
            "'s", "\u2019s", "n't", ")", "'", "'ve", "\u2019ve", "'d", "'ll", "'re", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("\u201C", "\u2018", "(");

    private Tagged() {
    }

    static NlpParagraph paragraph(String annotated) {
        String[] items = annotated.trim().split(" +");
        StringBuilder text = new StringBuilder();
        List<NlpToken> tokens = new ArrayList<>();
        boolean straightOpen = false;
        boolean glueNext = true;
        Set<Integer> breaks = new HashSet<>(); // "<s>": the splitter ends a sentence here, as CoreNLP's may
        for (String item : items) {
            if (item.equals("<s>")) {
                breaks.add(tokens.size() - 1);
                continue;
            }
            String[] parts = item.split("/", -1);
            String word = parts[0].replace('_', ' ');
            String tag = parts.length > 1 ? parts[1] : null;
            String ner = parts.length > 2 ? parts[2] : "O";
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(word);
            if (word.equals("\"")) {
                glue = glueNext || straightOpen;
            }
            boolean hyphen = word.equals("-") && "HYPH".equals(tag); // "43-year-old"; a spaced dash is ":"-like
            glue |= hyphen;
            if (!glue) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new NlpToken(word, tag, lemma(word, tag), ner, begin, text.length()));
            glueNext = NO_SPACE_AFTER.contains(word) || (word.equals("\"") && !straightOpen) || hyphen;
            if (word.equals("\"")) {
                straightOpen = !straightOpen;
            }
        }
        String t = text.toString();
        List<NlpSentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            boolean end = i == tokens.size() - 1 || breaks.contains(i);
            if (!end && (w.equals(".") || w.equals("?") || w.equals("!"))) {
                int j = i + 1;
                if (tokens.get(j).word().equals("\u201D") || tokens.get(j).word().equals("\"")) {
                    j++;
                }
                if (j < tokens.size() && startsSentence(tokens.get(j).word())) {
                    i = j - 1;
                    end = true;
                }
            }
            if (end) {
                List<NlpToken> st = tokens.subList(start, i + 1);
                sentences.add(new NlpSentence(st.get(0).begin(), st.get(st.size() - 1).end(), st, mentions(t, st)));
                start = i + 1;
            }
        }
        return new NlpParagraph(t, sentences);
    }

    /** The quotes {@link QuoteFinder} finds in hand-tagged paragraphs. */
    static List<FoundQuote> find(String... annotated) {
        return new QuoteFinder().find(paragraphs(annotated));
    }

    /** The one quote found, failing with the list when there are more or none. */
    static FoundQuote only(List<FoundQuote> quotes) {
        org.junit.jupiter.api.Assertions.assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
        return quotes.get(0);
    }

    static List<NlpParagraph> paragraphs(String... annotated) {
        List<NlpParagraph> out = new ArrayList<>();
        for (String a : annotated) {
            out.add(paragraph(a));
        }
        return out;
    }

    private static boolean startsSentence(String word) {
        return word.equals("\u201C") || word.equals("\"") || Character.isUpperCase(word.charAt(0));
    }

    private static String lemma(String word, String tag) {
        if (tag == null || !tag.startsWith("VB")) {
            return word.toLowerCase();
        }
        return switch (word.toLowerCase()) {
            case "said", "says", "saying" -> "say";
            case "told", "tells", "tell" -> "tell";
            case "went", "going" -> "go";
            case "prompted" -> "prompt";
            case "chimed" -> "chime";
            case "accused" -> "accuse";
            case "urged" -> "urge";
            case "warned", "warns" -> "warn";
            case "is", "was", "were", "are" -> "be";
            case "has", "had", "'ve", "\u2019ve" -> "have";
            case "leaving", "left", "leaves" -> "leave";
            case "reported", "reports" -> "report";
            case "added", "adds", "adding" -> "add";
            case "seemed", "seems", "seem" -> "seem";
            case "appeared", "appears", "appear" -> "appear";
            case "began", "begins", "begin" -> "begin";
            case "received", "receives", "receive" -> "receive";
            case "come", "came", "comes" -> "come";
            case "found", "finds", "find" -> "find";
            case "spoke", "speaks", "spoken" -> "speak";
            default -> null; // the lexicon falls back to word forms
        };
    }

    private static List<NlpMention> mentions(String text, List<NlpToken> tokens) {
        List<NlpMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if ("O".equals(ner)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && ner.equals(tokens.get(j + 1).ner())) {
                j++;
            }
            int b = tokens.get(i).begin();
            int e = tokens.get(j).end();
            out.add(new NlpMention(text.substring(b, e), ner, b, e, null, null));
            i = j + 1;
        }
        return out;
    }
}

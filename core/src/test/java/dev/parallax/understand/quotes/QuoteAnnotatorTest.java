package dev.parallax.understand.quotes;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Comment;
import dev.parallax.model.Quote;
import dev.parallax.understand.nlp.LanguageAnalyzer;
import dev.parallax.understand.nlp.NlpParagraph;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteAnnotatorTest {
    /** Answers with hand-tagged paragraphs; fails on any text it was not given (so comments are never read). */
    private static final class FakeAnalyzer implements LanguageAnalyzer {
        final Map<String, NlpParagraph> known = new HashMap<>();

        String add(String annotated) {
            NlpParagraph p = Tagged.paragraph(annotated);
            known.put(p.text(), p);
            return p.text();
        }

        @Override
        public NlpParagraph analyze(String paragraph, java.time.LocalDate referenceDate) {
            NlpParagraph p = known.get(paragraph);
            if (p == null) {
                throw new AssertionError("analysed text outside the body: " + paragraph);
            }
            return p;
        }
    }

    /** The quotes the annotator exports for an article of these body paragraphs, no comments. */
    private static List<Quote> quotesOf(LanguageAnalyzer analyzer, String... body) {
        return new QuoteAnnotator(analyzer, new QuoteFinder()).annotate(article(List.of(body), List.of())).quotes();
    }

    private static Article article(List<String> body, List<Comment> comments) {
        return new Article("a1b2", "test.html", "Example Times", null, "Bridge to close", List.of(), null, "en",
                List.of(), body, List.of(), comments, null);
    }

    @Test
    void quotesGetArticleIdsAndOneRecordPerParagraph() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("Tomas/NNP/PERSON Berg/NNP/PERSON said/VBD :/: \u201C/`` The/DT bridge/NN "
                + "will/MD close/VB in/IN May/NNP ./.");
        String p1 = analyzer.add("\u201C/`` After/IN that/DT ,/, traffic/NN goes/VBZ through/IN the/DT old/JJ "
                + "town/NN ./. \u201D/''");
        String p2 = analyzer.add("\u201C/`` It/PRP is/VBZ a/DT mess/NN ,/, \u201D/'' a/DT resident/NN said/VBD ./.");
        AnnotatedArticle annotated = new QuoteAnnotator(analyzer, new QuoteFinder())
                .annotate(article(List.of(p0, p1, p2), List.of()));
        List<Quote> quotes = annotated.quotes();
        assertEquals(3, quotes.size());
        assertEquals("a1b2-q1", quotes.get(0).id());
        assertEquals("a1b2-q3", quotes.get(2).id());
        assertEquals(0, quotes.get(0).span().paragraph());
        assertEquals(1, quotes.get(1).span().paragraph());
        assertEquals("Tomas Berg", quotes.get(1).speakerName());
        assertEquals("a resident", quotes.get(2).speakerDescription());
        assertEquals("It is a mess,", quotes.get(2).text());
        assertEquals(p2.substring(quotes.get(2).span().start(), quotes.get(2).span().end()), quotes.get(2).text());
    }

    @Test
    void readerCommentsAreNeverReadForQuotes() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String body = analyzer.add("The/DT council/NN met/VBD on/IN Monday/NNP ./.");
        Comment comment = new Comment("reader42", null, null, "\"This is a disgrace,\" my neighbour said.", null);
        AnnotatedArticle annotated = new QuoteAnnotator(analyzer, new QuoteFinder())
                .annotate(article(List.of(body), List.of(comment)));
        assertTrue(annotated.quotes().isEmpty());
    }
    @Test
    void aQuestionPutBySomeoneUnnamedIsNoQuoteOfTheArticle() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("Asked/VBN about/IN the/DT strike/NN ,/, Lind/NNP/PERSON said/VBD :/: \u201C/`` "
                + "No/DT comment/NN ./. \u201D/''");
        List<FoundQuote> found = new QuoteFinder().find(List.of(Tagged.paragraph(
                "Asked/VBN about/IN the/DT strike/NN ,/, Lind/NNP/PERSON said/VBD :/: \u201C/`` No/DT comment/NN "
                        + "./. \u201D/''")));
        assertEquals(2, found.size(), "the finder reports the question, as PolNeAR annotates it: " + found);
        List<Quote> quotes = quotesOf(analyzer, p0);
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("No comment.", quotes.get(0).text());
        assertEquals("Lind", quotes.get(0).speakerName());
    }

    @Test
    void whatTheReaderIsToldTheyThinkIsNoQuote() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("If/IN you/PRP 're/VBP wondering/VBG whether/IN the/DT bridge/NN will/MD "
                + "reopen/VB ,/, officials/NNS said/VBD it/PRP will/MD ./.");
        List<Quote> quotes = quotesOf(analyzer, p0);
        assertTrue(quotes.stream().noneMatch(q -> "you".equalsIgnoreCase(q.speakerDescription())), quotes::toString);
        assertTrue(quotes.stream().anyMatch(q -> "officials".equals(q.speakerDescription())), quotes::toString);
    }

    @Test
    void aNonResponseToARequestForCommentIsNoQuote() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("The/DT ministry/NN did/VBD not/RB respond/VB to/IN a/DT request/NN for/IN "
                + "comment/NN ./.");
        String p1 = analyzer.add("The/DT ministry/NN said/VBD it/PRP would/MD respond/VB to/TO requests/NNS "
                + "for/IN comment/NN later/RB ./.");
        assertEquals(1, new QuoteFinder().find(List.of(Tagged.paragraph("The/DT ministry/NN did/VBD not/RB "
                + "respond/VB to/IN a/DT request/NN for/IN comment/NN ./."))).size(), "the finder keeps it for PolNeAR");
        List<Quote> quotes = quotesOf(analyzer, p0, p1);
        assertEquals(List.of("it would respond to requests for comment later"),
                quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aRefusalToSpeakIsNoQuoteButARefusalToActIs() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("The/DT spokesman/NN declined/VBD to/TO comment/VB on/IN the/DT verdict/NN ./.");
        String p1 = analyzer.add("Pavel/NNP/PERSON Lind/NNP/PERSON refused/VBD to/TO say/VB whether/IN talks/NNS "
                + "would/MD resume/VB ./.");
        String p2 = analyzer.add("The/DT minister/NN refused/VBD to/TO rule/VB out/RP tax/NN rises/NNS ./.");
        List<Quote> quotes = quotesOf(analyzer, p0, p1, p2);
        assertEquals(List.of("to rule out tax rises"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aReportOfAStatementIsNoQuoteOfTheReporterTheStatementIsOfItsSpeaker() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("\u201C/`` I/PRP will/MD not/RB back/VB him/PRP ,/, \u201D/'' Kerr/NNP/PERSON "
                + "said/VBD at/IN a/DT rally/NN ,/, according/VBG to/TO The/DT/ORGANIZATION "
                + "Ledger/NNP/ORGANIZATION ./.");
        assertEquals(2, new QuoteFinder().find(List.of(analyzer.analyze(p0, null))).size(),
                "the finder reports both, as PolNeAR annotates both");
        List<Quote> quotes = quotesOf(analyzer, p0);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Kerr", quotes.get(0).speakerName());
        assertEquals("I will not back him,", quotes.get(0).text());
    }

    @Test
    void whatSomeoneCanOrMightSayIsNoQuote() {
        FakeAnalyzer analyzer = new FakeAnalyzer();
        String p0 = analyzer.add("Her/PRP$ office/NN can/MD order/VB companies/NNS to/TO change/VB their/PRP$ "
                + "practices/NNS ./.");
        String p1 = analyzer.add("Her/PRP$ office/NN ordered/VBD companies/NNS to/TO change/VB their/PRP$ "
                + "practices/NNS ./.");
        assertEquals(1, new QuoteFinder().find(List.of(analyzer.analyze(p0, null))).size(),
                "the finder reports it, as PolNeAR may annotate it");
        List<Quote> quotes = quotesOf(analyzer, p0, p1);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(1, quotes.get(0).span().paragraph());
    }
}

package dev.parallax.resolve;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Builds annotated articles by hand: mentions are found in the body in the order they are added. */
final class ArticleFixture {
    private final String id;
    private final List<String> body;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private int paragraph;
    private int offset;
    private String outlet = "Test Outlet";

    private ArticleFixture(String id, List<String> body) {
        this.id = id;
        this.body = body;
    }

    static ArticleFixture article(String id, String... paragraphs) {
        return new ArticleFixture(id, List.of(paragraphs));
    }

    ArticleFixture person(String text) {
        return mention(text, EntityType.PERSON, null);
    }

    ArticleFixture person(String text, String role) {
        return mention(text, EntityType.PERSON, role);
    }

    ArticleFixture org(String text) {
        return mention(text, EntityType.ORGANIZATION, null);
    }

    /** The outlet that published the article (default "Test Outlet"). */
    ArticleFixture outlet(String name) {
        this.outlet = name;
        return this;
    }

    ArticleFixture place(String text) {
        return mention(text, EntityType.LOCATION, null);
    }

    /** A direct quote of the body's first paragraph holding {@code text} (independent of the mention order). */
    ArticleFixture directQuote(String text) {
        for (int p = 0; p < body.size(); p++) {
            int at = body.get(p).indexOf(text);
            if (at >= 0) {
                quotes.add(new Quote(id + "-q" + quotes.size(), id, text, null, null, "said", true,
                        new Span(p, at, at + text.length())));
                return this;
            }
        }
        throw new IllegalArgumentException("not in the body: " + text);
    }

    private ArticleFixture mention(String text, EntityType type, String role) {
        while (paragraph < body.size()) {
            int at = body.get(paragraph).indexOf(text, offset);
            if (at >= 0) {
                mentions.add(new Mention(text, type, new Span(paragraph, at, at + text.length()), role));
                offset = at + text.length();
                return this;
            }
            paragraph++;
            offset = 0;
        }
        throw new IllegalArgumentException("not in the body after the previous mention: " + text);
    }

    AnnotatedArticle build() {
        Article a = new Article(id, "test:" + id, outlet, null, "A headline", List.of(), null, "en",
                List.of(), body, List.of(), List.of(), null);
        return new AnnotatedArticle(a, mentions, quotes, List.of());
    }
}

package dev.parallax.clean.text;

import dev.parallax.clean.CleanResult;
import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Article;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;
import dev.parallax.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Test kit: reads the hand-written fixtures of this package and cleans them. */
final class Fixtures {
    static final PlainTextCleaner CLEANER = new PlainTextCleaner(OutletDirectory.builtIn());

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article clean(String fixture) {
        return cleanText(read(fixture), DocumentHints.NONE);
    }

    static Article cleanText(String text, DocumentHints hints) {
        CleanResult result = CLEANER.clean(new SourceDocument("test.txt", ContentType.TEXT, text, hints));
        return assertInstanceOf(CleanResult.Cleaned.class, result, () -> "rejected: " + result).article();
    }

    static List<String> furniture(Article article, FurnitureKind kind) {
        return article.removed().stream().filter(f -> f.kind() == kind).map(Furniture::text).toList();
    }
}

package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticStreamTest {

    @Test
    void theSameSeedGivesTheSameArticlesInDateOrder() {
        SyntheticStream a = new SyntheticStream(7, 50, 60);
        SyntheticStream b = new SyntheticStream(7, 50, 60);
        ArticleFeatures previous = null;
        for (int i = 0; i < 300; i++) {
            ArticleFeatures x = a.next();
            assertEquals(x, b.next());
            assertEquals(a.lastEvent(), b.lastEvent());
            assertFalse(x.body().isEmpty());
            if (previous != null) {
                assertTrue(!x.date().isBefore(previous.date().minusDays(2)), "dates run forward");
            }
            previous = x;
        }
    }
}

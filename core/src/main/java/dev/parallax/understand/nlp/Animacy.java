package dev.parallax.understand.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names a thing that cannot speak ("disorder", "wagon") rather than a being ("lobbyist",
 * "farmer"), by the animacy word lists of CoreNLP's coreference models (in its models jar). A word in both lists,
 * or in neither, is not known to be a thing. Without the models jar nothing is.
 */
public final class Animacy {
    static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

    private Animacy() {
    }

    /** Loaded on first use: about 115,000 words. */
    private static final class Lists {
        static final Set<String> THINGS = things();

        private static Set<String> things() {
            Set<String> things = read(INANIMATE);
            things.removeAll(read(ANIMATE));
            return Set.copyOf(things);
        }
    }

    /** Whether this noun (any case; a plural too, when its singular is listed) only ever names a thing. */
    public static boolean isInanimate(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        Set<String> things = Lists.THINGS;
        if (things.contains(w)) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && things.contains(w.substring(0, w.length() - 1));
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        InputStream in = Animacy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return words; // no models jar on the class path: no evidence
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                String w = s.strip();
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the animacy list " + resource + " from CoreNLP's models jar", e);
        }
        return words;
    }
}

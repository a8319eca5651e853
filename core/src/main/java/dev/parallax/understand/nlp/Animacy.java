package dev.parallax.understand.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names a thing that cannot speak ("disorder", "wagon") or a being ("lobbyist",
 * "farmer"), by the animacy word lists of CoreNLP's coreference models (in its models jar). A word in both lists,
 * or in neither, is not known to be a thing. Without the models jar nothing is.
 */
public final class Animacy {
    private Animacy() {
    }

    /** Loaded on first use: about 115,000 words. */
    private static final class Lists {
        static final Set<String> ANIMATE = Set.copyOf(read(ModelLists.ANIMATE));
        static final Set<String> THINGS = things();

        private static Set<String> things() {
            Set<String> things = read(ModelLists.INANIMATE);
            things.removeAll(ANIMATE);
            return Set.copyOf(things);
        }
    }

    /**
     * Whether this noun (any case) is listed as naming a being ("customer", "shopper"). A word in both lists is a
     * being, but a plural whose singular only names a thing is not (the check through {@link #isInanimate}). The
     * list also holds many names; callers ask it of a common noun.
     */
    public static boolean isAnimate(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        return Lists.ANIMATE.contains(w) && !isInanimate(w);
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

    private static Set<String> read(ModelLists list) {
        Set<String> words = new HashSet<>();
        list.forEachLine(line -> {
            String w = line.strip();
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        });
        return words;
    }
}

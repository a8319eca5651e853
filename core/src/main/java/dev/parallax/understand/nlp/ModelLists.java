package dev.parallax.understand.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The word lists that ship in CoreNLP's models jar and that stages read besides the models themselves: first
 * names by gender, words by the pronouns seen with them, words by animacy. The one place that knows their paths
 * inside the jar; other packages name a list, never a path.
 */
public enum ModelLists {
    /** First names marked MALE or FEMALE, tab-separated (coreference's name list). */
    FIRST_NAME_GENDERS("edu/stanford/nlp/models/dcoref/namegender.combine.txt"),
    /** Words and how often they were seen with "he", "she", "it" and "they" (Bergsma and Lin's data). */
    PRONOUN_COUNTS("edu/stanford/nlp/models/quoteattribution/gender_filtered.txt"),
    /** Nouns that name beings. */
    ANIMATE("edu/stanford/nlp/models/dcoref/animate.unigrams.txt"),
    /** Nouns that name things. */
    INANIMATE("edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt");

    private final String resource;

    ModelLists(String resource) {
        this.resource = resource;
    }

    /**
     * Passes each line of the list to {@code line}; nothing when the models jar is not on the class path (the
     * callers then have no evidence from the list). A line the consumer cannot read it skips by throwing
     * {@link NumberFormatException}.
     */
    public void forEachLine(Consumer<String> line) {
        InputStream in = ModelLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                try {
                    line.accept(s);
                } catch (NumberFormatException e) {
                    // a malformed count line says nothing
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource + " from CoreNLP's models jar", e);
        }
    }
}

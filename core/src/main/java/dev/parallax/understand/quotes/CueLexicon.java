package dev.parallax.understand.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cue verbs that introduce reported speech, kept as data ({@code cues.txt} beside this class): each
 * lemma with its kind ({@link Kind#SPEECH} or {@link Kind#STANCE}), matched by lemma when the analyzer gives
 * one and by word form otherwise (regular inflections derived, irregular ones listed), and which of them may
 * come before their speaker after a quotation ({@link #inverts}). Immutable and
 * thread-safe.
 */
public final class CueLexicon {
    /** What a cue verb reports. */
    public enum Kind {
        /** Saying or writing: "said", "told", "tweeted". */
        SPEECH,
        /** Holding a view: "believes", "wants"; a cue only with a clause after it. */
        STANCE
    }

    private static final CueLexicon DEFAULT = load(CueLexicon.class.getResourceAsStream("cues.txt"));

    private final Map<String, Kind> forms;
    private final Map<String, String> lemmas;
    private final Set<String> inverting;

    private CueLexicon(Map<String, Kind> forms, Map<String, String> lemmas, Set<String> inverting) {
        this.forms = Map.copyOf(forms);
        this.lemmas = Map.copyOf(lemmas);
        this.inverting = Set.copyOf(inverting);
    }

    /** The lexicon shipped with Parallax. */
    public static CueLexicon standard() {
        return DEFAULT;
    }

    /** Reads a lexicon in the {@code cues.txt} format; phrase lines are ignored (phrases are grammar). */
    public static CueLexicon load(InputStream in) {
        Objects.requireNonNull(in, "cue lexicon");
        Map<String, Kind> forms = new HashMap<>();
        Map<String, String> lemmas = new HashMap<>();
        Set<String> inverting = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts[0].equals("phrase")) {
                    continue;
                }
                if (parts[0].equals("inverts")) {
                    for (int i = 1; i < parts.length; i++) {
                        inverting.add(parts[i].toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                Kind kind = switch (parts[0]) {
                    case "speech" -> Kind.SPEECH;
                    case "stance" -> Kind.STANCE;
                    default -> throw new IllegalArgumentException("unknown cue kind: " + line);
                };
                String lemma = parts[1].toLowerCase(Locale.ROOT);
                for (String form : inflections(lemma)) {
                    forms.putIfAbsent(form, kind);
                    lemmas.putIfAbsent(form, lemma);
                }
                for (int i = 2; i < parts.length; i++) {
                    forms.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), kind);
                    lemmas.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), lemma);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cue lexicon", e);
        }
        for (String lemma : inverting) {
            if (!lemma.equals(lemmas.get(lemma))) {
                throw new IllegalArgumentException("inverting cue is no cue of the lexicon: " + lemma);
            }
        }
        return new CueLexicon(forms, lemmas, inverting);
    }

    /** The kind of this word as a cue (by lemma if known, else by form), or null when it is no cue. */
    public Kind kind(String word, String lemma) {
        if (lemma != null) {
            Kind k = forms.get(lemma.toLowerCase(Locale.ROOT));
            if (k != null && lemma.toLowerCase(Locale.ROOT).equals(lemmas.get(lemma.toLowerCase(Locale.ROOT)))) {
                return k;
            }
        }
        return word == null ? null : forms.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a cue of this lemma may come before its speaker after a quotation ("…,” said Lind). */
    public boolean inverts(String lemma) {
        return lemma != null && inverting.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The cue lemma this word is a form of ("wants" is "want"), or null when it is no cue. */
    String cueLemma(String word, String lemma) {
        if (lemma != null && kind(lemma, null) != null) {
            return lemmas.get(lemma.toLowerCase(Locale.ROOT));
        }
        return word == null ? null : lemmas.get(word.toLowerCase(Locale.ROOT));
    }

    static List<String> inflections(String lemma) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        String s = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                ? lemma + "es" : lemma + "s";
        if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            String root = lemma.substring(0, lemma.length() - 1);
            return List.of(lemma, root + "ies", root + "ied", lemma + "ing");
        }
        return List.of(lemma, s, stem + "ed", stem + "ing");
    }
}

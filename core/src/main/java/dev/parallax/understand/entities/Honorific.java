package dev.parallax.understand.entities;

import java.util.Locale;
import java.util.Optional;

/**
 * Honorifics written before a person's name. They are not part of the name ("Mr Scholz" is named
 * "Scholz") but are evidence of gender and of a person being meant.
 */
public enum Honorific {
    MR(Gender.MALE, "mr"), MRS(Gender.FEMALE, "mrs"), MS(Gender.FEMALE, "ms"), MISS(Gender.FEMALE, "miss"),
    MX(Gender.UNKNOWN, "mx"), DR(Gender.UNKNOWN, "dr"), PROF(Gender.UNKNOWN, "prof"),
    HERR(Gender.MALE, "herr"), FRAU(Gender.FEMALE, "frau"), MONSIEUR(Gender.MALE, "monsieur"),
    MADAME(Gender.FEMALE, "madame", "mme"), SIR(Gender.MALE, "sir"), DAME(Gender.FEMALE, "dame"),
    LORD(Gender.MALE, "lord"), LADY(Gender.FEMALE, "lady");

    private final Gender gender;
    private final String[] forms;

    Honorific(Gender gender, String... forms) {
        this.gender = gender;
        this.forms = forms;
    }

    public Gender gender() {
        return gender;
    }

    /**
     * The honorific a word is, written capitalised with or without a full stop ("Mr", "Mr.", "Herr"),
     * or empty. Lower-case words are never honorifics ("sir" in running text).
     */
    public static Optional<Honorific> of(String word) {
        if (word == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals("MR") && !w.equals("MS")) {
            return Optional.empty();
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (Honorific h : values()) {
            for (String f : h.forms) {
                if (f.equals(lower)) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }
}

package dev.parallax.understand.entities;

import dev.parallax.understand.nlp.ModelLists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a first name says about a person's gender, read from the name lists that ship in CoreNLP's models jar
 * (a dependency already, read through {@link ModelLists}): {@link ModelLists#FIRST_NAME_GENDERS}, first names
 * marked male or female, and {@link ModelLists#PRONOUN_COUNTS}, how often words were seen with "he", "she", "it"
 * and "they" in a large corpus (Bergsma and Lin's data, as CoreNLP's quote attribution uses it).
 *
 * <p>Only names the evidence agrees on get a gender: a name listed both ways ("Jordan", "Morgan") is unknown,
 * and so is a listed name whose corpus counts lean the other way by more than two in five ("Kim" is listed
 * female and mostly seen with "he"). It is weaker evidence than an honorific or a pronoun already used for the
 * person, and callers let those win. Without the models jar every name is unknown.
 */
public final class FirstNames {
    private static final int MIN_COUNTS = 20;
    private static final double MAX_OTHER_SHARE = 0.4;

    private static volatile Map<String, Gender> genders;

    private FirstNames() {
    }

    /** The gender a first name is evidence of ("Dmitry" male, "Marta" female), or unknown; case does not matter. */
    public static Gender genderOf(String firstName) {
        if (firstName == null || firstName.isEmpty()) {
            return Gender.UNKNOWN;
        }
        return table().getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static Map<String, Gender> table() {
        Map<String, Gender> t = genders;
        if (t == null) {
            synchronized (FirstNames.class) {
                t = genders;
                if (t == null) {
                    t = load();
                    genders = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> listed = new HashMap<>();
        ModelLists.FIRST_NAME_GENDERS.forEachLine(line -> {
            String[] f = line.split("\t");
            if (f.length < 2) {
                return;
            }
            Gender g = f[1].equals("MALE") ? Gender.MALE : f[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
            // listed both ways: unknown for good
            listed.merge(f[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
        });
        ModelLists.PRONOUN_COUNTS.forEachLine(line -> {
            String[] f = line.split("\t");
            if (f.length < 2) {
                return;
            }
            Gender g = listed.get(f[0]);
            if (g == null || g == Gender.UNKNOWN) {
                return;
            }
            String[] c = f[1].trim().split("\\s+");
            if (c.length < 2) {
                return;
            }
            long male = Long.parseLong(c[0]);
            long female = Long.parseLong(c[1]);
            long other = g == Gender.MALE ? female : male;
            if (male + female >= MIN_COUNTS && other > MAX_OTHER_SHARE * (male + female)) {
                listed.put(f[0], Gender.UNKNOWN);
            }
        });
        listed.values().removeIf(g -> g == Gender.UNKNOWN);
        return Map.copyOf(listed);
    }
}

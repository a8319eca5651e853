package dev.parallax.understand.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The TIMEX3 {@code mod} of a time expression, read from the modifier it starts with: "early last month" is
 * last month with mod {@code START}, "more than three weeks" is three weeks with mod {@code MORE_THAN}. The
 * value itself stays the whole period ({@code 2024-09}); the mod says which part or bound is meant. Follows
 * the TimeML conventions seen in the TempEval-3 annotations ("earlier this week" START, "almost" LESS_THAN,
 * "nearly" and "up to" EQUAL_OR_LESS, "at least" EQUAL_OR_MORE).
 */
public final class TimexMod {
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            rule("(?:the\\s+)?(?:early|earlier|beginning\\s+of|start\\s+of|dawn\\s+of|first\\s+days\\s+of)\\b", "START"),
            rule("(?:the\\s+)?(?:mid(?:-|\\s+|(?=week|month|year|summer|winter|spring|autumn|term|day\\b))|middle\\s+of)",
                    "MID"),
            rule("(?:the\\s+)?(?:late|end\\s+of|close\\s+of|last\\s+days\\s+of)\\b", "END"),
            rule("(?:about|around|roughly|approximately|some|circa)\\b", "APPROX"),
            rule("(?:more\\s+than|over|upwards\\s+of)\\b", "MORE_THAN"),
            rule("(?:less\\s+than|fewer\\s+than|under|almost|just\\s+under)\\b", "LESS_THAN"),
            rule("(?:nearly|up\\s+to|no\\s+more\\s+than|at\\s+most)\\b", "EQUAL_OR_LESS"),
            rule("(?:at\\s+least|no\\s+less\\s+than|no\\s+fewer\\s+than)\\b", "EQUAL_OR_MORE"));

    private TimexMod() {
    }

    private static Map.Entry<Pattern, String> rule(String regex, String mod) {
        return Map.entry(Pattern.compile(regex), mod);
    }

    /** The mod of an expression as written, or null when it has none. */
    public static String of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> r : RULES) {
            if (r.getKey().matcher(t).lookingAt()) {
                return r.getValue();
            }
        }
        return null;
    }
}

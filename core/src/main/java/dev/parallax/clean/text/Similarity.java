package dev.parallax.clean.text;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-identical lines: the same words ignoring case, punctuation and accents, or the same
 * words with a {@code | Outlet} style suffix, or a word overlap of at least {@value #MIN_OVERLAP}.
 */
final class Similarity {
    static final double MIN_OVERLAP = 0.85;
    /** A page-title suffix: {@code Headline | Outlet}, {@code Headline - Outlet}, {@code Headline — Outlet}. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.+?)\\s+[|–—\\-:]\\s+([^|–—]{2,60})$");

    private Similarity() {
    }

    static boolean nearIdentical(String a, String b) {
        List<String> ta = Texts.tokens(a);
        List<String> tb = Texts.tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.equals(tb)) {
            return true;
        }
        if (withoutSiteSuffix(a).map(s -> Texts.tokens(s).equals(tb)).orElse(false)
                || withoutSiteSuffix(b).map(s -> Texts.tokens(s).equals(ta)).orElse(false)) {
            return true;
        }
        if (Math.min(ta.size(), tb.size()) < 4) {
            return false;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        Set<String> common = new HashSet<>(ta);
        common.retainAll(new HashSet<>(tb));
        return (double) common.size() / union.size() >= MIN_OVERLAP;
    }

    /** The headline of a page title with a site suffix ({@code Headline | Outlet} → {@code Headline}). */
    static Optional<String> withoutSiteSuffix(String s) {
        Matcher m = SITE_SUFFIX.matcher(s.strip());
        if (m.matches() && Texts.words(m.group(2)) <= 5) {
            return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    /** The suffix of a page title ({@code Headline | Outlet} → {@code Outlet}). */
    static Optional<String> siteSuffix(String s) {
        Matcher m = SITE_SUFFIX.matcher(s.strip());
        if (m.matches() && Texts.words(m.group(2)) <= 5) {
            return Optional.of(m.group(2).strip());
        }
        return Optional.empty();
    }
}

package dev.parallax.clean.text;

import dev.parallax.clean.outlet.OutletDirectory;
import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlet names the text itself gives, in order of trust: a page-title suffix naming an outlet the
 * directory knows ({@code Headline | Reuters}), a promo naming the site
 * ({@code Get breaking news alerts from The Daily Courier}), a copyright line
 * ({@code © 2024 The Daily Courier}), then a syndication footer
 * ({@code This article originally appeared on The Daily Courier}), which names the original outlet
 * and so is the weakest cue for where this copy stands. A cue must read as a name (one to six
 * words, starting with a capital); known outlets take their directory spelling. Nothing is guessed.
 */
final class OutletCues {
    private static final String NAME = "(?<o>(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*){0,5})";
    private static final List<Pattern> PROMO = List.of(
            Pattern.compile("(?i:alerts|newsletters?|notifications|updates|app|podcast)\\s+(?i:from|by)\\s+" + NAME),
            Pattern.compile("(?i:sign up (?:for|to)|subscribe to|download|follow)\\s+" + NAME + "(?:'s|’s)?\\s+(?i:newsletter|app|daily|briefing|on\\b)"));
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?i:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + NAME);
    private static final Pattern SYNDICATION = Pattern.compile(
            "(?i:appeared|published|ran|republished|reproduced|reprinted)\\s+(?i:on|in|at|by|from|courtesy of)\\s+(?:(?i:the website of)\\s+)?" + NAME);
    private static final Pattern CORPORATE = Pattern.compile("(?i)\\s+(?:ltd|limited|inc|llc|plc|gmbh|media group|group|website)\\.?$");

    private OutletCues() {
    }

    static Optional<String> outlet(List<Furniture> furniture, OutletDirectory directory) {
        for (Furniture f : furniture) {
            if (f.kind() == FurnitureKind.HEADLINE_REPEAT || f.kind() == FurnitureKind.HEADLINE) {
                Optional<String> known = Similarity.siteSuffix(f.text()).flatMap(directory::canonicalName);
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        Optional<String> promo = first(furniture, FurnitureKind.PROMO, PROMO, directory);
        if (promo.isPresent()) {
            return promo;
        }
        Optional<String> copyright = first(furniture, FurnitureKind.FOOTER, List.of(COPYRIGHT), directory);
        if (copyright.isPresent()) {
            return copyright;
        }
        return first(furniture, FurnitureKind.FOOTER, List.of(SYNDICATION), directory);
    }

    private static Optional<String> first(List<Furniture> furniture, FurnitureKind kind, List<Pattern> patterns,
                                          OutletDirectory directory) {
        for (Furniture f : furniture) {
            if (f.kind() != kind) {
                continue;
            }
            for (Pattern p : patterns) {
                Matcher m = p.matcher(f.text());
                if (m.find()) {
                    String name = clean(m.group("o"));
                    if (!name.isEmpty()) {
                        return Optional.of(directory.canonicalName(name).orElse(name));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String clean(String raw) {
        String name = raw.strip().split("\\.\\s", 2)[0].replaceAll("['’]s$", "").replaceAll("[.'’]+$", "");
        name = CORPORATE.matcher(name).replaceFirst("");
        name = name.replaceFirst("(?i)\\s+All$", "");
        name = name.replaceFirst("^the\\s+", "");
        boolean dateLike = name.matches("(?i)^(?:" + DateLineParser.WEEKDAY + "|" + DateLineParser.MONTH + ")(?:\\s.*)?$");
        return Texts.words(name) <= 6 && !dateLike ? name : "";
    }
}

package dev.parallax.clean.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw lines into {@link Unit}s. Blocks are separated by blank lines. Inside a block, a line
 * is joined to the next only when the text looks hard-wrapped:
 * <ul>
 *   <li>the text's longest line is between {@value #MIN_WRAP_WIDTH} and {@value #MAX_WRAP_WIDTH}
 *       characters (texts with one paragraph a line have much longer lines), and</li>
 *   <li>the next line's first word would not have fitted on the line (within {@value #WRAP_SLACK}
 *       characters of that width): that is why a wrapping editor broke the line there. A line with room
 *       left ends a paragraph or a list item. And</li>
 *   <li>the next line is not a bullet, the line does not end with a colon, the two lines are not
 *       near-identical (a repeated headline), and neither is a furniture line by itself (a byline, a
 *       date line, a credit, a promo: anything a {@link FurnitureRules} rule matches), unless the
 *       two lines together make one furniture line (a caption wrapped before its credit).</li>
 * </ul>
 * Every other line break separates units, so texts with one paragraph a line and no blank lines
 * work too.
 */
final class Paragraphing {
    static final int MIN_WRAP_WIDTH = 45;
    static final int MAX_WRAP_WIDTH = 100;
    static final int WRAP_SLACK = 2;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•\\-*–·▪►●]|\\d{1,2}[.)])\\s+");

    private Paragraphing() {
    }

    static List<Unit> units(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : lines) {
            String line = Texts.collapse(raw);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        int width = wrapWidth(blocks);
        List<Unit> units = new ArrayList<>();
        for (List<String> block : blocks) {
            List<String> joined = unwrap(block, width);
            for (int i = 0; i < joined.size(); i++) {
                units.add(new Unit(units.size(), joined.get(i), i == 0, i == joined.size() - 1));
            }
        }
        return units;
    }

    /**
     * The width the text is hard-wrapped at: the longest line, when at most a tenth of the lines are
     * longer than {@value #MAX_WRAP_WIDTH} characters (those are unwrapped furniture or links) and it is at
     * least {@value #MIN_WRAP_WIDTH}; otherwise 0, meaning the text is not hard-wrapped.
     */
    private static int wrapWidth(List<List<String>> blocks) {
        List<String> all = blocks.stream().flatMap(List::stream).toList();
        long longLines = all.stream().filter(l -> l.length() > MAX_WRAP_WIDTH).count();
        if (all.isEmpty() || longLines * 10 > all.size()) {
            return 0;
        }
        int width = all.stream().mapToInt(String::length).filter(n -> n <= MAX_WRAP_WIDTH).max().orElse(0);
        return width >= MIN_WRAP_WIDTH ? width : 0;
    }

    private static List<String> unwrap(List<String> block, int width) {
        boolean wrapped = block.size() > 1 && width > 0;
        List<String> out = new ArrayList<>();
        StringBuilder unit = new StringBuilder(block.get(0));
        for (int i = 1; i < block.size(); i++) {
            String previous = block.get(i - 1);
            String line = block.get(i);
            if (wrapped && continues(previous, line, width)) {
                unit.append(' ').append(line);
            } else {
                out.add(unit.toString());
                unit = new StringBuilder(line);
            }
        }
        out.add(unit.toString());
        return out;
    }

    private static boolean continues(String previous, String line, int width) {
        String firstWord = line.split(" ", 2)[0];
        return previous.length() + 1 + firstWord.length() > width - WRAP_SLACK
                && !previous.endsWith(":")
                && !BULLET.matcher(line).find()
                && !Similarity.nearIdentical(previous, line)
                && (!standsOnItsOwn(line) && !standsOnItsOwn(previous)
                    || FurnitureRules.kindOf(FurnitureRules.STANDARD, previous + " " + line).isPresent());
    }

    /** Lines that are furniture by themselves (bylines, date lines, credits, promos…) are never joined. */
    private static boolean standsOnItsOwn(String line) {
        return BylineParser.byline(line).isPresent() || DateLineParser.dateLine(line).isPresent()
                || FurnitureRules.kindOf(FurnitureRules.STANDARD, line).isPresent()
                || KeyPointsFilter.HEADING.matcher(line).matches()
                || CommentThreadParser.headerLine(line).isPresent() || CommentThreadParser.counter(line);
    }
}

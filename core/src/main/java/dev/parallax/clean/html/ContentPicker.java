package dev.parallax.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the elements that hold the article in a pruned page: the element whose paragraph text most
 * outweighs its other text and links (article hints such as {@code itemprop=articleBody} or
 * {@code <article>} weigh in), narrowed to the main {@code <article>} when several stand side by side,
 * then widened by the siblings that are paragraph text too (as Readability does). Stateless.
 */
final class ContentPicker {
    private static final double NOISE_WEIGHT = 0.35;
    private static final double LINK_WEIGHT = 1.0;
    private static final double HINT_BONUS = 1.10;
    private static final int RECIPE_LEVELS = 6;
    private static final Pattern RECIPE = Pattern.compile("(?:^|[\\s-])(?:recipe|rezept)(?:$|[\\s-]|-?(?:container|card|content|body|wrap))");
    /** A lone paragraph is not widened to an ancestor with more link text than this share. */
    private static final double LONE_WIDEN_MAX_LINKS = 0.5;

    private ContentPicker() {
    }

    /** The article's elements in page order; empty when the page holds no paragraph text. */
    static List<Element> pick(Element root, TextStats stats) {
        Element best = null;
        double bestScore = 0;
        for (Element e : root.getAllElements()) {
            TextStats.Stats s = stats.of(e);
            if (s.goodText == 0 || !s.hasBlock && !TextStats.BLOCK_TAGS.contains(e.normalName())) {
                continue;
            }
            double plain = plainScore(s);
            if (plain * HINT_BONUS <= bestScore) {
                continue; // not even the article hint would make it the best (saves the class-name test)
            }
            double score = BoilerplateRules.looksLikeArticle(e) ? plain * HINT_BONUS : plain;
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Element> articles = topLevelArticles(best);
        Element story = storyAmongTeasers(best, articles, stats);
        if (story != null) {
            return List.of(story); // its siblings are teasers of other stories: not widened
        }
        best = mainArticle(best, articles, stats);
        best = widenLoneParagraph(best, stats);
        best = widenToRecipe(best, stats);
        List<Element> parts = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            parts.add(best);
            return parts;
        }
        double own = score(best, stats.of(best));
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            TextStats.Stats s = stats.of(sibling);
            if (s.text > 0 && s.linkDensity() <= 0.5 && BoilerplateRules.isRecipePart(BoilerplateRules.names(sibling))) {
                parts.add(sibling); // a recipe's ingredients: short lines, but the article's
                continue;
            }
            if (s.goodText == 0 || s.linkDensity() > 0.25) {
                continue;
            }
            if (best.normalName().equals("article") && sibling.normalName().equals("article")) {
                continue;
            }
            double score = score(sibling, s);
            if (score > Math.max(50, own * 0.05)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static double plainScore(TextStats.Stats s) {
        double noise = s.text - s.goodText;
        return s.goodText - NOISE_WEIGHT * Math.max(0, noise - s.linkText) - LINK_WEIGHT * s.linkText;
    }

    static double score(Element e, TextStats.Stats s) {
        double score = plainScore(s);
        if (BoilerplateRules.looksLikeArticle(e)) {
            score *= HINT_BONUS;
        }
        return score;
    }

    /**
     * When the best element is one lone paragraph, the article around it is mostly short lines (a list of
     * steps, a poem, lines split by line breaks) that scored as noise: the nearest ancestor that holds at
     * least twice its paragraph text, or else names itself the article, without being link-dense.
     */
    private static Element widenLoneParagraph(Element best, TextStats stats) {
        TextStats.Stats own = stats.of(best);
        if (own.goodBlocks != 1) {
            return best;
        }
        for (Element up = best.parent(); up != null && !up.normalName().equals("body"); up = up.parent()) {
            TextStats.Stats s = stats.of(up);
            if (s.linkDensity() > LONE_WIDEN_MAX_LINKS) {
                return best;
            }
            if (s.goodText >= 2 * own.goodText || s.goodText >= own.goodText && BoilerplateRules.looksLikeArticle(up)) {
                return up;
            }
        }
        return best;
    }

    /**
     * On a recipe page the best element is often the steps alone: the nearest ancestor (a few levels up)
     * whose class names the recipe, when it is not link-dense, so that the ingredients come with them.
     */
    private static Element widenToRecipe(Element best, TextStats stats) {
        Element up = best.parent();
        for (int i = 0; i < RECIPE_LEVELS && up != null && !up.normalName().equals("body"); i++, up = up.parent()) {
            if (up.attributesSize() == 0) {
                continue;
            }
            String names = BoilerplateRules.names(up);
            if ((names.contains("recipe") || names.contains("rezept")) && RECIPE.matcher(names).find()) {
                return stats.of(up).linkDensity() <= 0.2 ? up : best;
            }
        }
        return best;
    }

    /** True when {@code best} has no h1 outside {@code article}. */
    private static boolean holdsHeadlineOf(Element article, Element best) {
        Element h1 = best.selectFirst("h1");
        return h1 == null || h1.closest("article") == article;
    }

    /** The article elements inside {@code best} (not best itself) that are not inside another article. */
    private static List<Element> topLevelArticles(Element best) {
        List<Element> out = new ArrayList<>();
        for (Element a : best.getElementsByTag("article")) {
            if (a != best && a.parent() != null && a.parent().closest("article") == null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The one article in the best element when the rest of its paragraph text sits in other, smaller
     * articles (teaser cards of more stories under the story) and no h1 stands outside it; else null.
     */
    private static Element storyAmongTeasers(Element best, List<Element> articles, TextStats stats) {
        int total = stats.of(best).goodText;
        Element biggest = null;
        int biggestGood = 0;
        int allGood = 0;
        for (Element a : articles) {
            int good = stats.of(a).goodText;
            allGood += good;
            if (good > biggestGood) {
                biggestGood = good;
                biggest = a;
            }
        }
        if (biggest != null && biggestGood >= 0.5 * total && biggestGood < total
                && allGood - biggestGood >= 0.8 * (total - biggestGood) && holdsHeadlineOf(biggest, best)) {
            return biggest;
        }
        return null;
    }

    /** When the best element holds several articles side by side, the one with the headline (or else the first). */
    private static Element mainArticle(Element best, List<Element> all, TextStats stats) {
        List<Element> articles = new ArrayList<>();
        int total = stats.of(best).goodText;
        for (Element a : all) {
            if (stats.of(a).goodText >= 0.25 * total) {
                articles.add(a);
            }
        }
        if (articles.size() < 2 || articles.size() > 3) {
            return best;
        }
        for (Element a : articles) {
            if (a.selectFirst("h1") != null) {
                return a;
            }
        }
        return articles.get(0);
    }
}

package dev.parallax.clean.html;

import dev.parallax.model.FurnitureKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateRulesTest {
    /** Class-and-id strings of the kind real pages carry, matched and unmatched, with word edges and hyphens. */
    private static final List<String> NAMES = List.of(
            "site-header sticky", "c-article-body", "entry-content clearfix", "social-share-buttons",
            "ad", "ads-wrapper", "header-ad-slot", "adcontainer", "leaderboard", "head-line", "download-app",
            "newsletter-signup", "cta-box", "tags", "tag-list", "vintage", "nav", "canvas", "main-nav",
            "readmore", "read-more-link", "thread", "commentary", "comment-list", "kommentare-artikel",
            "related-posts", "byline author", "authoring-tools", "autorin", "date", "update-date", "datum",
            "metadata", "meta", "info", "infobox", "box", "boxed", "links", "more", "morestories",
            "sub-nav", "subnav", "subtitle", "bio", "biology", "vcard", "legend", "legende", "banner",
            "hero-banner", "sidebar-widget", "widgetized", "twitter-tweet", "instagram-media", "oembed",
            "print-only", "blueprint", "skip-link", "skipped", "modal", "modality", "cmp-container",
            "gpt-ad", "sponsor-box", "image-source", "photo-credit", "caption-text", "abo-box", "abonnement",
            "post-body", "story", "standfirst", "article-dek", "deckhand", "desk", "content", "", "x", "a-b-c", "émission-ad", "über-menü",
            "apageroot--sectionwrapper", "operating-hours", "widgetcontainer widget-text", "articlepage-authorinfo",
            "elementor-widget-wrap", "live-match-comment", "main-box author-box", "textwidget", "text-4 widget-text");

    @Test
    void keyedRulesJudgeEveryNameExactlyAsThePatternsAlone() {
        for (String n : NAMES) {
            assertEquals(BoilerplateRules.judgeNamesByPatternsOnly(n), BoilerplateRules.judgeNames(n), n);
        }
    }

    @Test
    void wordStartKeysStillFindWordsAfterHyphensAndSpaces() {
        Optional<BoilerplateRules.Verdict> ad = BoilerplateRules.judgeNames("header-x ad-slot");
        assertTrue(ad.isPresent());
        assertEquals(FurnitureKind.CHROME, BoilerplateRules.judgeNames("main-nav").orElseThrow().kind());
        assertTrue(BoilerplateRules.judgeNames("leaderboard").isEmpty());
    }
}

package dev.parallax.model;

import java.util.Locale;

/**
 * The kinds of page furniture a cleaner separates from the article body. Furniture is never
 * thrown away: it is kept, typed, in {@link Article#removed()} so a user can audit what was removed.
 *
 * <p>The export name of each kind ({@link #exportName()}) is part of the export contract.
 */
public enum FurnitureKind {
    /** Header lines of a copied article ({@code date …}, {@code url …}, {@code outlet …}). */
    METADATA,
    /** The headline itself when it stands in the text. */
    HEADLINE,
    /** The headline printed a second time (page title above the article title). */
    HEADLINE_REPEAT,
    /** The standfirst (dek, subheading) under the headline. */
    STANDFIRST,
    /** A byline ({@code By Name, Role}). */
    BYLINE,
    /** A date line ({@code Published 3 May 2024, 10:14}). */
    DATELINE,
    /** A key-points bullet list; its items are also the article's summary. */
    SUMMARY,
    /** A photo or video caption. */
    CAPTION,
    /** A picture or video credit ({@code (Photo: Reuters)}, {@code Image: AP}). */
    CREDIT,
    /** Calls to action: newsletter and alert prompts, "Read more", subscription boxes. */
    PROMO,
    /** Related-article lines and lists ({@code Related: …}). */
    RELATED,
    /** An embedded social post. */
    EMBED,
    /** A syndication or copyright footer ({@code This article originally appeared on …}). */
    FOOTER,
    /** Share bars, tag lists, navigation, cookie banners and other site chrome. */
    CHROME,
    /** The header of a reader-comments section ({@code 42 Comments}). */
    COMMENTS_HEADER,
    /** Anything else removed from the body. */
    OTHER;

    /** The name used in the export: lower case with hyphens, such as {@code headline-repeat}. */
    public String exportName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with the given export name. */
    public static FurnitureKind fromExportName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

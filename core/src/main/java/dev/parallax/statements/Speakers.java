package dev.parallax.statements;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.resolve.PersonName;
import dev.parallax.resolve.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links each quote's speaker to a resolved entity. A quote names its speaker as written
 * ({@link Quote#speakerName()}); the speaker is the one entity that a resolved mention of the same article
 * with that text (a person's without its honorific: "Mr Peskarev" for "Peskarev") names; failing that, the
 * one entity mentioned in the article whose canonical name or an alias is that text, unless another entity
 * of the article has a name ending in the same word ("Dastan" with both Mirela and Ilir Dastan in the
 * article). A quote with no name but a description that is an
 * organisation's name ("The Dockworkers' Federation", "Poland's Interior Ministry") gets that organisation
 * when the article names exactly one such. Text is compared ignoring case. When none or several
 * fit, the speaker stays unresolved (entity null) and statement grouping falls back to the name as
 * written. Stateless.
 */
public final class Speakers {
    /** "The ", "the ", or a capitalised possessor such as "Poland's " before an organisation's name. */
    private static final Pattern POSSESSOR = Pattern.compile(
            "^(?:[Tt]he\\s+|\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)*['\u2019]s\\s+)");

    private Speakers() {
    }

    /**
     * The quotes of {@code articles}, in article then quote order, with their speakers resolved.
     *
     * @param resolution the resolution of exactly these articles, in this order
     */
    public static List<AttributedQuote> attribute(List<AnnotatedArticle> articles, Resolution resolution) {
        if (articles == null || resolution == null) {
            throw new IllegalArgumentException("articles and resolution are required");
        }
        Map<String, Entity> byId = new HashMap<>();
        resolution.entities().forEach(e -> byId.put(e.id(), e));
        List<AttributedQuote> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            for (Quote q : a.quotes()) {
                String entity = q.speakerName() != null ? speakerEntity(i, a, q.speakerName(), resolution, byId)
                        : organisationDescribed(i, a, q.speakerDescription(), resolution, byId);
                Entity e = entity == null ? null : byId.get(entity);
                out.add(new AttributedQuote(q, a.article(), entity, e == null ? null : e.name()));
            }
        }
        return out;
    }

    private static String speakerEntity(int article, AnnotatedArticle a, String name, Resolution resolution,
                                        Map<String, Entity> byId) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String[] words = wanted.split("\\s+");
        String last = words[words.length - 1];
        Set<String> byMention = new LinkedHashSet<>();
        Set<String> byName = new LinkedHashSet<>();
        Set<String> sameLastWord = new LinkedHashSet<>();
        List<Mention> mentions = a.mentions();
        for (int m = 0; m < mentions.size(); m++) {
            String id = resolution.entityOf(article, m).orElse(null);
            Entity e = id == null ? null : byId.get(id);
            if (e == null) {
                continue;
            }
            String written = mentions.get(m).text().strip();
            if (written.toLowerCase(Locale.ROOT).equals(wanted) || e.type() == EntityType.PERSON
                    && PersonName.parse(written).display().toLowerCase(Locale.ROOT).equals(wanted)) {
                // "Peskarev" for the mention "Mr Peskarev": the speaker's name is written without the honorific
                byMention.add(id);
            }
            if (names(e).contains(wanted)) {
                byName.add(id);
            }
            String[] entityWords = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (entityWords[entityWords.length - 1].equals(last)) {
                sameLastWord.add(id);
            }
        }
        if (byMention.size() == 1) {
            return byMention.iterator().next();
        }
        if (byMention.isEmpty() && byName.size() == 1) {
            String id = byName.iterator().next();
            sameLastWord.remove(id);
            return sameLastWord.isEmpty() ? id : null;
        }
        return null;
    }

    /**
     * The organisation a description names, when the description is that organisation's name with an article or a
     * possessive place before it ("The Dockworkers' Federation", "Poland's Interior Ministry"): the one
     * organisation of the article whose canonical name or an alias is the rest. Descriptions of people ("a
     * ministry spokesman") name no organisation.
     */
    private static String organisationDescribed(int article, AnnotatedArticle a, String description,
                                                Resolution resolution, Map<String, Entity> byId) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String wanted = POSSESSOR.matcher(description.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (int m = 0; m < a.mentions().size(); m++) {
            Entity e = resolution.entityOf(article, m).map(byId::get).orElse(null);
            if (e != null && e.type() == EntityType.ORGANIZATION && names(e).contains(wanted)) {
                found.add(e.id());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(x -> names.add(x.toLowerCase(Locale.ROOT)));
        return names;
    }
}

package dev.parallax.statements;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.resolve.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links each quote's speaker to a resolved entity. A quote names its speaker as written
 * ({@link Quote#speakerName()}); the speaker is the one entity that a resolved mention of the same article
 * with that text names; failing that, the one entity mentioned in the article whose canonical name or an
 * alias is that text, unless another entity of the article has a name ending in the same word ("Dastan"
 * with both Mirela and Ilir Dastan in the article). Text is compared ignoring case. When none or several
 * fit, the speaker stays unresolved (entity null) and statement grouping falls back to the name as
 * written. Stateless.
 */
public final class Speakers {
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
                String entity = speakerEntity(i, a, q.speakerName(), resolution, byId);
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
            if (mentions.get(m).text().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
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

    private static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(x -> names.add(x.toLowerCase(Locale.ROOT)));
        return names;
    }
}

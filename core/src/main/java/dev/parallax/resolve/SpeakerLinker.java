package dev.parallax.resolve;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links each quote's speaker to a canonical entity: first through a mention of its own article
 * written as the speaker's name (or ending in it: "Vennholt" → "Daria Vennholt"), then through an
 * entity whose name or aliases are that name, when exactly one entity has it. Anonymous sources and
 * descriptions ("a senior diplomatic source") stay unlinked.
 */
public final class SpeakerLinker {

    /** Quote id → entity id, for the quotes whose speaker is an entity of the resolution. */
    public Map<String, String> link(List<AnnotatedArticle> articles, Resolution resolution) {
        Map<String, String> byAlias = new HashMap<>();
        Map<String, Integer> aliasCount = new HashMap<>();
        for (Entity e : resolution.entities()) {
            for (String alias : aliasesOf(e)) {
                String key = key(alias);
                if (!e.id().equals(byAlias.get(key))) {
                    aliasCount.merge(key, 1, Integer::sum);
                }
                byAlias.put(key, e.id());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle article = articles.get(a);
            for (Quote q : article.quotes()) {
                if (q.speakerName() == null || q.speakerName().isBlank()) {
                    continue;
                }
                Optional<String> entity = inArticle(a, article, q.speakerName(), resolution);
                if (entity.isEmpty()) {
                    String key = key(q.speakerName());
                    if (aliasCount.getOrDefault(key, 0) == 1) {
                        entity = Optional.of(byAlias.get(key));
                    }
                }
                entity.ifPresent(id -> out.put(q.id(), id));
            }
        }
        return out;
    }

    private static Optional<String> inArticle(int index, AnnotatedArticle article, String speaker, Resolution resolution) {
        String wanted = key(speaker);
        List<Mention> mentions = article.mentions();
        String suffixMatch = null;
        for (int m = 0; m < mentions.size(); m++) {
            String text = key(mentions.get(m).text());
            Optional<String> entity = resolution.entityOf(index, m);
            if (entity.isEmpty()) {
                continue;
            }
            if (text.equals(wanted)) {
                return entity;
            }
            if (suffixMatch == null && (text.endsWith(" " + wanted) || wanted.endsWith(" " + text))) {
                suffixMatch = entity.get();
            }
        }
        return Optional.ofNullable(suffixMatch);
    }

    private static List<String> aliasesOf(Entity e) {
        List<String> all = new java.util.ArrayList<>(e.aliases());
        all.add(e.name());
        return all;
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

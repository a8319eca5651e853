package dev.parallax.understand.entities;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpParagraph;
import dev.parallax.understand.nlp.NlpSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the analyzer's named-entity mentions of body paragraphs into {@link Mention} records:
 * <ul>
 *   <li>PERSON, ORGANIZATION and LOCATION (and the fine-grained CITY, COUNTRY, STATE_OR_PROVINCE as
 *       LOCATION) are kept; other kinds are left to other annotators;</li>
 *   <li>an honorific just before a person ("Mr", "Dr.", "Herr") is taken into the mention as written
 *       ("Mr Scholz"); the resolver strips it from the name and keeps it as gender evidence;</li>
 *   <li>a person's role or title written with the name is attached ({@link RoleFinder});</li>
 *   <li>mentions without a capital letter (a pronoun tagged as a person, "the ministry") and organisation
 *       mentions that are descriptions, not names ("Government", "the Ministry"), are dropped.</li>
 * </ul>
 * Mentions with offsets outside their paragraph are skipped, never thrown. Stateless and thread-safe.
 */
public final class MentionFinder {
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}]*\\.?)\\s+$");
    private static final Set<String> GENERIC_ORGANISATIONS = Set.of(
            "the", "ministry", "government", "army", "police", "court", "committee", "agency", "company",
            "department", "office", "council", "commission", "cabinet", "military", "navy", "administration",
            "authorities", "authority", "regime", "firm", "group", "party", "club", "team", "board", "forces");

    private final RoleFinder roles = new RoleFinder();

    /** The mentions of every paragraph, paragraph {@code i} of the list being paragraph {@code i} of the body. */
    public List<Mention> find(List<NlpParagraph> paragraphs) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.addAll(find(i, paragraphs.get(i)));
        }
        return out;
    }

    /** The mentions of one paragraph, with spans in {@code paragraph}. */
    public List<Mention> find(int paragraph, NlpParagraph analysis) {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index " + paragraph);
        }
        String text = analysis.text();
        List<Mention> out = new ArrayList<>();
        for (NlpSentence sentence : analysis.sentences()) {
            int sBegin = Math.max(0, Math.min(sentence.begin(), text.length()));
            int sEnd = Math.max(sBegin, Math.min(sentence.end(), text.length()));
            for (NlpMention m : sentence.mentions()) {
                EntityType type = typeOf(m.type());
                if (type == null || m.begin() < sBegin || m.end() > sEnd || m.end() <= m.begin()) {
                    continue;
                }
                int begin = m.begin();
                int end = m.end();
                String surface = text.substring(begin, end);
                if (surface.codePoints().noneMatch(Character::isUpperCase) || isPronoun(surface)
                        || (type == EntityType.ORGANIZATION && isDescription(surface))) {
                    continue;
                }
                String role = null;
                if (type == EntityType.PERSON) {
                    begin = honorificStart(text, sBegin, begin);
                    role = roles.roleOf(text, sBegin, sEnd, begin, end);
                }
                out.add(new Mention(text.substring(begin, end), type, new Span(paragraph, begin, end), role));
            }
        }
        return out;
    }

    /** The entity type of an analyzer mention type, or null when it is not an entity this stage keeps. */
    static EntityType typeOf(String nerType) {
        if (nerType == null) {
            return null;
        }
        return switch (nerType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            default -> null;
        };
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "you", "your",
            "he", "him", "his", "she", "her", "hers", "it", "its", "we", "us", "our", "they", "them", "their",
            "himself", "herself", "themselves", "itself", "who", "whom");

    /** True for a pronoun the analyzer tagged as an entity ("She" opening a sentence has a capital too). */
    static boolean isPronoun(String surface) {
        String s = surface.strip();
        boolean acronym = s.length() > 1 && s.codePoints().noneMatch(Character::isLowerCase); // WHO, US
        return !acronym && PRONOUNS.contains(s.toLowerCase(java.util.Locale.ROOT));
    }

    /** True for an organisation "name" that is only a description: no capital, or only generic words. */
    static boolean isDescription(String surface) {
        if (surface.codePoints().noneMatch(Character::isUpperCase)) {
            return true;
        }
        for (String w : surface.split("[\\s-]+")) {
            String b = RoleWords.bare(w);
            if (!b.isEmpty() && !GENERIC_ORGANISATIONS.contains(b.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The start of an honorific written just before the name, or {@code begin} when there is none. */
    static int honorificStart(String text, int sentenceBegin, int begin) {
        Matcher m = WORD_BEFORE.matcher(text.substring(sentenceBegin, begin));
        if (m.find() && Honorific.of(m.group(1)).isPresent()) {
            return sentenceBegin + m.start(1);
        }
        return begin;
    }
}

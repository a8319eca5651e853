package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the phrase at a cue ("she", "Clinton", "the ministry", "a senior diplomatic source") to the
 * speaker it refers to, using what came earlier in the same article: named people (a surname goes to the
 * full name given before), organisations, and descriptions of people. Pronouns go to the most recent
 * compatible subject or speaker of the last sentences, else to the most recent compatible person; definite
 * descriptions go to the most recent referent with the same head noun; indefinite descriptions stay
 * anonymous. One resolver per article: it remembers the article as it is read, in order.
 */
final class SpeakerResolver {
    private static final Set<String> FEMALE = Set.of("she", "her", "spokeswoman", "woman", "mrs", "mrs.", "ms",
            "ms.", "miss", "congresswoman", "chairwoman", "businesswoman", "mother", "wife", "daughter", "sister",
            "girl", "queen", "lady", "grandmother", "actress", "widow", "councilwoman", "madam");
    private static final Set<String> MALE = Set.of("he", "him", "spokesman", "man", "mr", "mr.", "congressman",
            "chairman", "businessman", "father", "husband", "son", "brother", "boy", "king", "grandfather",
            "councilman", "sir", "actor", "widower");
    private static final Set<String> PERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson",
            "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers", "advisor",
            "minister", "president", "senator", "lawmaker", "lawmakers", "diplomat", "diplomats", "officer",
            "analyst", "analysts", "expert", "experts", "director", "chairman", "chairwoman", "chair", "secretary",
            "governor", "mayor", "candidate", "leader", "representative", "ambassador", "economist", "professor",
            "lawyer", "attorney", "judge", "witness", "resident", "residents", "voter", "voters", "man", "woman",
            "member", "members", "strategist", "manager", "chief", "executive", "founder", "researcher",
            "scientist", "doctor", "prosecutor", "investigator", "worker", "activist", "supporter", "supporters",
            "critic", "critics", "nominee", "congressman", "congresswoman", "businessman", "businesswoman",
            "father", "mother", "wife", "husband", "son", "daughter", "pollster", "commentator", "host",
            "reporter", "journalist", "author", "historian", "consultant", "operative", "donor", "veteran",
            "student", "teacher", "police", "people", "person", "commander", "general", "colonel",
            "head", "speaker", "delegate", "delegates", "organizer", "organiser", "campaigner", "protester",
            "protesters", "victim", "owner", "ceo", "counsel", "surrogate", "insider", "insiders", "observer");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "another", "one", "some", "several", "two", "three", "many");
    private static final int SUBJECT_WINDOW = 3;

    private enum Kind { PERSON, ORGANIZATION, DESCRIPTION }

    private static final class Referent {
        final Kind kind;
        String name;
        String description;
        char gender;
        final boolean plural;

        Referent(Kind kind, String name, String description, char gender, boolean plural) {
            this.kind = kind;
            this.name = name;
            this.description = description;
            this.gender = gender;
            this.plural = plural;
        }

        boolean personLike() {
            return kind == Kind.PERSON || kind == Kind.DESCRIPTION;
        }
    }

    private record Occurrence(Referent referent, int paragraph, int offset, int sentence, boolean subject) {
        boolean before(int p, int off) {
            return paragraph < p || (paragraph == p && offset < off);
        }
    }

    private final List<Referent> referents = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private int sentenceCount;

    /** Call once per sentence, in reading order, before resolving phrases in it. */
    void observeSentence(int paragraph, String text, List<NlpToken> tokens, List<NlpMention> mentions) {
        sentenceCount++;
        for (NlpMention m : mentions) {
            if ("PERSON".equals(m.type())) {
                Referent r = person(m.text(), null);
                occurrences.add(new Occurrence(r, paragraph, m.begin(), sentenceCount, false));
            } else if ("ORGANIZATION".equals(m.type())) {
                Referent r = organisation(organisationName(text, tokens, m));
                occurrences.add(new Occurrence(r, paragraph, m.begin(), sentenceCount, false));
            }
        }
        int end = 0;
        while (end < tokens.size() && NounPhrases.isNpToken(tokens, end)) {
            end++;
        }
        if (end > 0 && end < tokens.size() && NounPhrases.isNounish(tokens.get(end - 1))) {
            List<NlpToken> np = tokens.subList(0, end);
            String head = np.get(np.size() - 1).word().toLowerCase(Locale.ROOT);
            int[] name = appositiveName(tokens, end);
            if (PERSON_NOUNS.contains(head) && !hasNer(np, "PERSON") && name != null) {
                // "A government spokeswoman, Maria Lopez, visited …"
                Referent r = person(text(text, tokens.subList(name[0], name[1])), text(text, np));
                if (r.gender == '?') {
                    r.gender = gender(np);
                }
                occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
            } else if (PERSON_NOUNS.contains(head) && !hasNer(np, "PERSON")) {
                Referent r = description(text(text, np), np);
                occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
            } else if (hasNer(np, "PERSON")) {
                Speaker s = resolveNamed(paragraph, text, np);
                Referent r = find(s.name());
                if (r != null) {
                    occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
                }
            }
        }
    }

    /** The PERSON run in ", NAME ," right after token end, or null. */
    private static int[] appositiveName(List<NlpToken> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).word().equals(",")) {
            return null;
        }
        int a = end + 1;
        int b = a;
        while (b < tokens.size() && "PERSON".equals(tokens.get(b).ner())) {
            b++;
        }
        return b > a && b < tokens.size() && tokens.get(b).word().equals(",") ? new int[] {a, b} : null;
    }

    /** The speaker a phrase at a cue refers to; remembers it as the latest speaker. */
    Speaker resolve(int paragraph, String text, List<NlpToken> np) {
        return resolve(paragraph, text, np, null);
    }

    /** As {@link #resolve(int, String, List)}, with an appositive description ("Jane Doe, a spokeswoman"). */
    Speaker resolve(int paragraph, String text, List<NlpToken> np, List<NlpToken> appositive) {
        Span mention = new Span(paragraph, np.get(0).begin(), np.get(np.size() - 1).end());
        String written = text(text, np);
        String lower = written.toLowerCase(Locale.ROOT);
        Speaker s;
        if (np.size() == 1 && isPronoun(lower)) {
            s = resolvePronoun(paragraph, np.get(0).begin(), lower, mention);
        } else if (hasNer(np, "PERSON")) {
            s = resolveNamed(paragraph, text, np);
        } else if (hasNer(np, "ORGANIZATION") || isProperName(np)) {
            Referent r = organisation(stripDeterminer(written));
            s = new Speaker(r.name, null, mention);
        } else if (isDefinite(np)) {
            s = resolveDefinite(paragraph, np.get(0).begin(), np, written);
        } else {
            Referent r = description(written, np);
            s = new Speaker(null, r.description, mention);
        }
        if (appositive != null && !appositive.isEmpty()) {
            String desc = text(text, appositive);
            Referent r = find(s.name());
            if (r != null && r.description == null) {
                r.description = desc;
                r.gender = r.gender == '?' ? gender(appositive) : r.gender;
            }
            s = new Speaker(s.name(), s.description() == null ? desc : s.description(), mention);
        }
        s = new Speaker(s.name(), s.description(), mention);
        Referent r = s.name() != null ? find(s.name()) : findDescription(s.description());
        if (r != null) {
            occurrences.add(new Occurrence(r, paragraph, mention.start(), sentenceCount, true));
        }
        return s;
    }

    private Speaker resolveNamed(int paragraph, String text, List<NlpToken> np) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < np.size(); i++) {
            if ("PERSON".equals(np.get(i).ner())) {
                if (a < 0) {
                    a = i;
                }
                b = i;
            } else if (a >= 0) {
                break;
            }
        }
        String name = text(text, np.subList(a, b + 1));
        List<NlpToken> rest = new ArrayList<>(np.subList(0, a));
        String description = null;
        if (!rest.isEmpty() && NounPhrases.isNounish(rest.get(rest.size() - 1))) {
            description = text(text, rest);
        }
        Referent r = person(name, description);
        if (r.gender == '?') {
            r.gender = gender(np);
        }
        return new Speaker(r.name, r.description, new Span(paragraph, np.get(0).begin(), np.get(np.size() - 1).end()));
    }

    private Speaker resolvePronoun(int paragraph, int offset, String pronoun, Span mention) {
        char want = FEMALE.contains(pronoun) ? 'f' : MALE.contains(pronoun) ? 'm' : '?';
        boolean personal = want != '?';
        boolean plural = pronoun.equals("they") || pronoun.equals("them");
        boolean neuter = pronoun.equals("it");
        if (!personal && !plural && !neuter) {
            return new Speaker(null, pronoun, mention); // I, we, you: the writer or a group in the quote
        }
        Referent chosen = null;
        for (int pass = 0; pass < 2 && chosen == null; pass++) {
            for (int i = occurrences.size() - 1; i >= 0; i--) {
                Occurrence o = occurrences.get(i);
                if (!o.before(paragraph, offset)) {
                    continue;
                }
                if (pass == 0 && (!o.subject() || sentenceCount - o.sentence() > SUBJECT_WINDOW)) {
                    continue;
                }
                Referent r = o.referent();
                boolean ok;
                if (personal) {
                    ok = r.personLike() && !r.plural && (r.gender == '?' || r.gender == want);
                } else if (plural) {
                    ok = r.kind == Kind.ORGANIZATION || r.plural;
                } else {
                    ok = r.kind == Kind.ORGANIZATION;
                }
                if (ok) {
                    chosen = r;
                    break;
                }
            }
        }
        if (chosen == null) {
            return new Speaker(null, pronoun, mention);
        }
        if (personal && chosen.gender == '?') {
            chosen.gender = want;
        }
        return new Speaker(chosen.name, chosen.description, mention);
    }

    private Speaker resolveDefinite(int paragraph, int offset, List<NlpToken> np, String written) {
        String head = np.get(np.size() - 1).word().toLowerCase(Locale.ROOT);
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            if (!o.before(paragraph, offset)) {
                continue;
            }
            Referent r = o.referent();
            if (containsWord(r.name, head) || containsWord(r.description, head)) {
                return new Speaker(r.name, r.name == null ? r.description : written, null);
            }
        }
        Referent r = description(written, np);
        return new Speaker(null, r.description, null);
    }

    private Referent person(String name, String description) {
        String[] words = name.split("\\s+");
        Referent best = null;
        for (int i = referents.size() - 1; i >= 0; i--) {
            Referent r = referents.get(i);
            if (r.kind != Kind.PERSON) {
                continue;
            }
            if (r.name.equals(name)) {
                best = r;
                break;
            }
            String[] theirs = r.name.split("\\s+");
            if (words.length == 1 && theirs.length > 1 && theirs[theirs.length - 1].equals(words[0])) {
                best = r;
                break;
            }
        }
        if (best != null) {
            if (best.description == null && description != null) {
                best.description = description;
            }
            return best;
        }
        Referent r = new Referent(Kind.PERSON, name, description, '?', false);
        referents.add(r);
        return r;
    }

    private Referent organisation(String name) {
        for (int i = referents.size() - 1; i >= 0; i--) {
            Referent r = referents.get(i);
            if (r.kind == Kind.ORGANIZATION && r.name.equalsIgnoreCase(name)) {
                return r;
            }
        }
        Referent r = new Referent(Kind.ORGANIZATION, name, null, 'n', false);
        referents.add(r);
        return r;
    }

    private Referent description(String written, List<NlpToken> np) {
        String tag = np.get(np.size() - 1).tag();
        boolean plural = "NNS".equals(tag) || "NNPS".equals(tag);
        Referent r = new Referent(Kind.DESCRIPTION, null, written, gender(np), plural);
        referents.add(r);
        return r;
    }

    private Referent find(String name) {
        if (name == null) {
            return null;
        }
        for (int i = referents.size() - 1; i >= 0; i--) {
            if (name.equals(referents.get(i).name)) {
                return referents.get(i);
            }
        }
        return null;
    }

    private Referent findDescription(String description) {
        if (description == null) {
            return null;
        }
        for (int i = referents.size() - 1; i >= 0; i--) {
            if (referents.get(i).name == null && description.equals(referents.get(i).description)) {
                return referents.get(i);
            }
        }
        return null;
    }

    private static String organisationName(String text, List<NlpToken> tokens, NlpMention m) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).begin() < m.begin()) {
            i++;
        }
        // "Poland's Interior Ministry": a place and a possessive written before the organisation belong to it
        if (i >= 2 && isPossessive(tokens.get(i - 1)) && !"O".equals(tokens.get(i - 2).ner())) {
            int a = i - 2;
            while (a > 0 && tokens.get(a - 1).ner().equals(tokens.get(i - 2).ner())) {
                a--;
            }
            return text.substring(tokens.get(a).begin(), m.end());
        }
        return m.text();
    }

    private static boolean isPossessive(NlpToken t) {
        return "'s".equals(t.word()) || "\u2019s".equals(t.word()) || "POS".equals(t.tag());
    }

    private static char gender(List<NlpToken> np) {
        for (NlpToken t : np) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (FEMALE.contains(w)) {
                return 'f';
            }
            if (MALE.contains(w)) {
                return 'm';
            }
        }
        return '?';
    }

    private static boolean containsWord(String s, String word) {
        if (s == null) {
            return false;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNer(List<NlpToken> np, String type) {
        for (NlpToken t : np) {
            if (type.equals(t.ner())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProperName(List<NlpToken> np) {
        NlpToken head = np.get(np.size() - 1);
        return ("NNP".equals(head.tag()) || "NNPS".equals(head.tag()))
                && !DETERMINERS.contains(np.get(0).word().toLowerCase(Locale.ROOT))
                || ("NNP".equals(head.tag()) && np.get(0).word().equalsIgnoreCase("the"));
    }

    private static boolean isDefinite(List<NlpToken> np) {
        String first = np.get(0).word().toLowerCase(Locale.ROOT);
        return first.equals("the") || first.equals("this") || first.equals("that") || first.equals("these");
    }

    static boolean isPronoun(String w) {
        return switch (w) {
            case "he", "she", "they", "it", "i", "we", "you" -> true;
            default -> false;
        };
    }

    private static String stripDeterminer(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    static String text(String paragraph, List<NlpToken> tokens) {
        return paragraph.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}

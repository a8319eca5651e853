package dev.parallax.understand.quotes;

import dev.parallax.model.Span;
import dev.parallax.understand.entities.EastAsianNames;
import dev.parallax.understand.entities.FirstNames;
import dev.parallax.understand.entities.Honorific;
import dev.parallax.understand.entities.RoleFinder;
import dev.parallax.understand.entities.RoleWords;
import dev.parallax.understand.nlp.Animacy;
import dev.parallax.understand.nlp.NlpMention;
import dev.parallax.understand.nlp.NlpToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

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
            "protesters", "victim", "owner", "ceo", "counsel", "surrogate", "insider", "insiders", "observer",
            "rep", "reps", "representatives", "publicist", "staffer", "staffers");
    /** Head nouns of a definite description that refers back to an organisation named before ("the insurer"). */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "insurer", "bank", "lender",
            "airline", "carrier", "retailer", "automaker", "carmaker", "manufacturer", "utility", "operator",
            "contractor", "supplier", "developer", "publisher", "broadcaster", "conglomerate", "chain", "startup",
            "group", "charity", "university", "hospital", "club", "business", "corporation", "maker", "producer");

    /** Head nouns of descriptions that name a body of people, not a person. */
    private static final Set<String> BODIES = Set.of("government", "governments", "ministry", "ministries",
            "department", "agency", "office", "administration", "company", "companies", "firm", "firms",
            "team", "party", "parties", "campaign", "committee", "council", "court", "union", "unions",
            "federation", "group", "groups", "army", "military", "board", "bank", "newspaper", "network",
            "service", "commission", "authority", "authorities", "parliament", "embassy", "organisation",
            "organization", "coalition", "alliance", "club", "league", "association", "institute", "university",
            "school", "hospital", "police", "regime", "cabinet", "delegation", "prosecutors", "opposition",
            "industry", "carrier", "manufacturer", "retailer", "lender", "insurer",
            "broadcaster", "outlet", "publisher", "platform", "watchdog", "panel", "tribunal", "foundation",
            "nonprofit", "magazine", "tabloid", "legislature", "assembly", "bureau", "prosecution", "defense",
            "defence", "militia", "tank");
    /** Nouns for people taken together, never the "he" or "she" after them ("A jury convicted …"). */
    private static final Set<String> COLLECTIVES = Set.of("jury", "crowd", "audience", "family", "couple", "band",
            "crew", "class", "staff", "public");
    /**
     * Titles news uses as another name for someone already named ("the Texas governor", "the presumptive
     * nominee", "the billionaire"), unlike roles that bring in somebody new ("the spokesman", "the judge").
     */
    private static final Set<String> EPITHETS = Set.of("governor", "senator", "president", "congressman",
            "congresswoman", "candidate", "nominee", "frontrunner", "front-runner", "minister", "chancellor",
            "premier", "mayor", "lawmaker", "billionaire", "businessman", "businesswoman", "mogul", "magnate",
            "tycoon", "leader", "chairman", "chairwoman", "speaker", "secretary", "hopeful", "incumbent",
            "challenger", "star", "singer", "actor", "actress", "rapper", "founder", "ceo", "executive");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "another", "one", "some", "several", "two", "three", "many");
    private static final int SUBJECT_WINDOW = 3;

    /** Written things that can be cited as a source but never speak themselves: kept as descriptions. */
    static final Set<String> DOCUMENTS = Set.of("memo", "memos", "report", "reports", "letter", "letters",
            "document", "documents", "study", "studies", "poll", "polls", "survey", "surveys", "analysis",
            "email", "emails", "filing", "filings", "piece", "article", "articles", "editorial", "message",
            "messages", "tweet", "tweets", "post", "posts", "ad", "ads", "video", "videos", "book", "transcript",
            "record", "records", "draft", "note", "notes", "statement", "statements", "release", "column",
            "op-ed", "story", "paper", "papers", "data", "figures", "audit", "review", "complaint", "lawsuit",
            "indictment", "ruling", "footage", "clip", "website", "blog", "cable", "cables", "briefing",
            "guidance", "proposal", "plan", "bill", "averages", "average", "numbers", "count");
    /** Pictures, which "show" and "suggest" but are never a "he" or "she" ("A photo of the meeting, hinting …"). */
    private static final Set<String> IMAGES = Set.of("photo", "photos", "photograph", "photographs", "image",
            "images", "picture", "pictures", "chart", "charts", "map", "maps", "graphic", "graphics");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "NATIONALITY", "GPE");
    /** Entity types that can speak or stand for who speaks ("Russia said"): people, bodies, places and more. */
    private static final Set<String> SPEAKING_TYPES = ArticleReading.plus(PLACE_TYPES, "PERSON", "ORGANIZATION",
            "MISC", "TITLE", "RELIGION", "IDEOLOGY");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "its", "their", "my", "our", "your");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them", "me", "us");

    private enum Kind { PERSON, ORGANIZATION, DESCRIPTION, DOCUMENT }

    private static final class Referent {
        final Kind kind;
        String name;
        String description;
        char gender;
        /** What the first name says ("Dmitry" m), weaker than {@link #gender}: used only while that is unknown. */
        char nameGender = '?';
        final boolean plural;
        /** A description whose head names a body of people ("the government", "the union"). */
        boolean collective;
        /** A description whose head names a thing, not people ("A photo of the meeting", "the report"). */
        boolean thing;

        Referent(Kind kind, String name, String description, char gender, boolean plural) {
            this.kind = kind;
            this.name = name;
            this.description = description;
            this.gender = gender;
            this.plural = plural;
        }

        boolean personLike() {
            return kind == Kind.PERSON || kind == Kind.DESCRIPTION && !collective && !thing;
        }

        /** An organisation, named or described ("the government", "the ministry"): "it" or "they", never "she". */
        boolean organisationLike() {
            return kind == Kind.ORGANIZATION || kind == Kind.DESCRIPTION && collective;
        }

        char likelyGender() {
            return gender != '?' ? gender : nameGender;
        }
    }

    /** Where a referent was seen; {@code quoted} when inside a quotation (never the antecedent of a pronoun). */
    private record Occurrence(Referent referent, int paragraph, int offset, int sentence, boolean subject,
                              boolean quoted) {
        Occurrence(Referent referent, int paragraph, int offset, int sentence, boolean subject) {
            this(referent, paragraph, offset, sentence, subject, false);
        }

        boolean before(int p, int off) {
            return paragraph < p || (paragraph == p && offset < off);
        }
    }

    private final List<Referent> referents = new ArrayList<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** Descriptions that brought in one new person as a sentence's subject ("One Mac customer was sceptical."). */
    private final Set<Referent> newcomers = new HashSet<>();
    /** What the speaker being resolved says, while a reported statement's speaker is resolved; else null. */
    private String saying;
    /** The words of places named so far, lower case: a place before a role says where, not which body. */
    private final Set<String> placeWords = new HashSet<>();
    private int sentenceCount;
    /** Whether the sentence being read opens with a past participle ("Dated …", "Signed …"). */
    private boolean openedByParticiple;

    /** Call once per sentence, in reading order, before resolving phrases in it. */
    void observeSentence(int paragraph, String text, List<NlpToken> tokens, List<NlpMention> mentions) {
        observeSentence(paragraph, text, tokens, mentions, offset -> false);
    }

    /**
     * As {@link #observeSentence(int, String, List, List)}, knowing which offsets are inside quotations: a person
     * named in what someone says ("“I'm backing Tom Selleck,” she said") is no antecedent for the speaker.
     */
    void observeSentence(int paragraph, String text, List<NlpToken> tokens, List<NlpMention> mentions,
                         IntPredicate quoted) {
        sentenceCount++;
        int sentenceStart = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        for (NlpMention m : mentions) {
            if (m.begin() < sentenceStart) {
                continue; // in a dateline left out of the sentence ("RENO, Nev. (AP) —")
            }
            String word = m.text().strip().toLowerCase(Locale.ROOT);
            if (isPronoun(word) || POSSESSIVE_PRONOUNS.contains(word)) {
                continue; // pronominal entity mentions ("her") name nobody
            }
            if (PLACE_TYPES.contains(m.type())) {
                for (String w : m.text().split("\\s+")) {
                    placeWords.add(lettersOf(w)); // "the Vermont senator" may be "Sen. Bernie Sanders"
                }
            }
            if ("PERSON".equals(m.type())) {
                // "Sen. Ilsa Brandt": the title lets "the senator" refer back to her
                Referent r = person(m.text(), RoleFinder.titleBefore(text.substring(sentenceStart, m.begin())));
                occurrences.add(new Occurrence(r, paragraph, m.begin(), sentenceCount, false, quoted.test(m.begin())));
            } else if ("ORGANIZATION".equals(m.type()) && !onlyAdjectives(tokens, m)) {
                // not "two big-name Democratic/JJ politicians": a party's adjective names no body that speaks
                Referent r = organisation(organisationName(text, tokens, m));
                occurrences.add(new Occurrence(r, paragraph, m.begin(), sentenceCount, false, quoted.test(m.begin())));
            }
        }
        openedByParticiple = !tokens.isEmpty() && "VBN".equals(tokens.get(0).tag());
        for (int i = 0; i < tokens.size(); i++) {
            // "Nor does Xi see …" after "President Xi Jinping": a name the tagger missed later in the article
            NlpToken t = tokens.get(i);
            Referent r;
            if ("NNP".equals(t.tag()) && (t.ner() == null || "O".equals(t.ner())) && !quoted.test(t.begin())
                    && (i == 0 || !"NNP".equals(tokens.get(i - 1).tag()))
                    && (i + 1 == tokens.size() || !"NNP".equals(tokens.get(i + 1).tag()))
                    && (r = knownBySurname(tokens.subList(i, i + 1))) != null) {
                int at = occurrences.size(); // in text order among this sentence's mentions, for latestBefore
                while (at > 0 && occurrences.get(at - 1).sentence() == sentenceCount
                        && !occurrences.get(at - 1).before(paragraph, t.begin())) {
                    at--;
                }
                occurrences.add(at, new Occurrence(r, paragraph, t.begin(), sentenceCount, false));
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            // "The Post reported the memo on 25 April.": a document named as object, for a later "Dated …, it"
            NlpToken t = tokens.get(i);
            if ("NN".equals(t.tag()) && DOCUMENTS.contains(t.word().toLowerCase(Locale.ROOT))
                    && "DT".equals(tokens.get(i - 1).tag()) && !quoted.test(t.begin())) {
                Referent r = new Referent(Kind.DOCUMENT, null, text(text, tokens.subList(i - 1, i + 1)), 'n', false);
                referents.add(r);
                occurrences.add(new Occurrence(r, paragraph, tokens.get(i - 1).begin(), sentenceCount, false));
            }
        }
        int begin = afterOpeningAside(tokens);
        int end = begin;
        while (end < tokens.size() && NounPhrases.isNpToken(tokens, end)) {
            end++;
        }
        if (end > begin && end < tokens.size() && NounPhrases.isNounish(tokens.get(end - 1))
                && !quoted.test(tokens.get(begin).begin())) { // "My husband and I were frightened" is in a quotation
            List<NlpToken> np = tokens.subList(begin, end);
            String head = headNoun(np);
            int[] name = appositiveName(tokens, end);
            Occurrence named;
            // "A master of bureaucratic infighting, Felt seized …": the name after the comma is the subject
            Occurrence afterComma = name == null && isIndefinite(np)
                    ? namedSubjectAfterComma(paragraph, text, tokens, end) : null;
            if (afterComma != null) {
                occurrences.add(afterComma);
            } else if (DOCUMENTS.contains(head) && !hasNer(np, "PERSON") && !NounPhrases.isProperNoun(np.get(np.size() - 1))) {
                // "The memo, first reported last week, …": a document "it" may refer to later
                Referent r = new Referent(Kind.DOCUMENT, null, text(text, np), 'n', false);
                referents.add(r);
                occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
            } else if (isPersonNoun(head) && (!hasNer(np, "PERSON") || isPossessiveDescription(np)) && name != null) {
                // "A government spokeswoman, Maria Lopez, visited …", "Steenburgen's son, filmmaker Charlie McDowell,
                // remembers …": the name is the subject, not its owner
                Referent r = person(text(text, tokens.subList(name[0], name[1])), text(text, np));
                if (r.gender == '?') {
                    r.gender = gender(np);
                }
                occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
            } else if ((isPersonNoun(head) || oneNewPerson(np, head)) && !hasNer(np, "PERSON")) {
                // "The liberal icon justice had …" after "Justice Ruth Bader Ginsburg": the one who holds the role;
                // "One Mac customer was sceptical.": someone new, whom a "he" after may stand for
                Referent holder = np.get(0).word().equalsIgnoreCase("the")
                        ? roleHolderBefore(paragraph, np.get(0).begin(), head) : null;
                Referent r = holder != null ? holder : description(text(text, np), np);
                // "A master of infighting, he …", "An immigrant from Uganda, she …": set off by a comma before
                // the subject, the indefinite phrase describes that subject and is no subject itself
                boolean fronted = isIndefinite(np) && subjectAfterComma(tokens, end) != null;
                occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, !fronted));
                if (!fronted && oneNewPerson(np, head)) {
                    newcomers.add(r); // "One Mac customer from the show floor was sceptical.": someone new
                }
            } else if (coordinatesPeople(np)) {
                // "Gov. Eric Holcomb and leaders of the Legislature have …": a group, for a later "they"
                occurrences.add(new Occurrence(group(text(text, np)), paragraph, np.get(0).begin(), sentenceCount,
                        true));
            } else if (hasNer(np, "PERSON")) {
                Speaker s = resolveNamed(paragraph, text, np);
                Referent r = find(s.name());
                if (r != null) {
                    occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
                }
                if (isPossessiveDescription(np) && !isPersonNoun(head) && "NNS".equals(np.get(np.size() - 1).tag())) {
                    // "Howitt's findings were significant because they pointed …": the findings for "they", while
                    // Howitt stays the subject for "he" or "she"
                    occurrences.add(new Occurrence(description(text(text, np), np), paragraph, np.get(0).begin(),
                            sentenceCount, true));
                }
            } else if (np.size() == 1 && isPersonalPronoun(head) && !quoted.test(np.get(0).begin())
                    && (NounPhrases.isVerb(tokens.get(end)) || "MD".equals(tokens.get(end).tag()))) {
                // "During the visit, he was photographed …": the person the pronoun stands for is still the subject,
                // for a "He told …" in the next sentences
                Referent r = antecedent(paragraph, np.get(0).begin(), head);
                if (r != null) {
                    occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
                }
            } else if (hasNer(np, "ORGANIZATION") && !isCommonNounHead(np) && (named = organisationIn(np)) != null) {
                // "Volkswagen is giving us a glimpse …": an organisation as subject, for a later "the automaker"
                occurrences.add(new Occurrence(named.referent(), paragraph, named.offset(), sentenceCount, true));
            } else {
                // "Vennholt read a statement." when the tagger missed the surname of a person named earlier
                Referent r = knownBySurname(np);
                if (r != null) {
                    occurrences.add(new Occurrence(r, paragraph, np.get(0).begin(), sentenceCount, true));
                }
            }
        }
    }

    /**
     * Whether a phrase is a noun with a participle after it ("NASA scientists using a telescope", "One pastor
     * supporting Mr. Cruz"): someone described by what they do. Not "Clinton campaigning in Ohio", a name.
     */
    private static boolean describedByWhatTheyDo(List<NlpToken> np) {
        for (int i = 1; i + 1 < np.size(); i++) {
            if ("VBG".equals(np.get(i).tag())) {
                // not "Disney streaming chief Jane Doe": a participle before a noun is part of a title
                NlpToken noun = np.get(i - 1);
                NlpToken next = np.get(i + 1);
                return NounPhrases.isNoun(noun) && !"PERSON".equals(noun.ner())
                        && (NounPhrases.isDeterminer(next) || "IN".equals(next.tag())
                            || "NNP".equals(next.tag()) && !"NN".equals(i + 2 < np.size() ? np.get(i + 2).tag() : ""));
            }
        }
        return false;
    }

    /**
     * Whether a subject joins a named person and other people with "and" ("Gov. Eric Holcomb and leaders of the
     * Legislature", "Johnson and Corbyn"): several people. Not an "and" inside a name ("Health and Human Services
     * Secretary Xavier Becerra") or after a preposition ("The contrasts of Clinton and Trump").
     */
    private static boolean coordinatesPeople(List<NlpToken> np) {
        for (int i = 1; i + 1 < np.size(); i++) {
            NlpToken t = np.get(i);
            boolean joins = t.word().equals("and") || t.word().equals("or");
            if (!joins || t.ner() != null && !"O".equals(t.ner())) {
                continue;
            }
            List<NlpToken> before = np.subList(0, i);
            List<NlpToken> after = np.subList(i + 1, np.size());
            // the name right before "and", not inside a phrase of its own ("The contrasts of Clinton and Trump")
            int last = np.get(i - 1).word().equals(",") && i >= 2 ? i - 2 : i - 1; // "Lopez, Briggs, and Souza"
            boolean personBefore = "PERSON".equals(np.get(last).ner())
                    && before.stream().noneMatch(b -> "IN".equals(b.tag()));
            boolean peopleAfter = hasNer(after, "PERSON") || isPersonNoun(headNoun(after));
            return personBefore && peopleAfter;
        }
        return false;
    }

    /** The nearest named person of this gender that was a subject or speaker in this paragraph or the two before. */
    private Referent namedSubjectOfGender(int paragraph, int offset, char gender) {
        return latestBefore(paragraph, offset, o -> o.subject() && paragraph - o.paragraph() <= 2
                && o.referent().kind == Kind.PERSON && o.referent().name != null && !o.referent().plural
                && o.referent().likelyGender() == gender);
    }

    private static boolean isPersonalPronoun(String word) {
        return word.equals("he") || word.equals("she");
    }

    /** Whether every token of a mention is an adjective ("Democratic", "Republican"). */
    private static boolean onlyAdjectives(List<NlpToken> tokens, NlpMention m) {
        boolean any = false;
        for (NlpToken t : tokens) {
            if (t.begin() >= m.begin() && t.end() <= m.end()) {
                if (!"JJ".equals(t.tag())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The occurrence noted for an organisation named in this phrase of the sentence just read, or null. */
    private Occurrence organisationIn(List<NlpToken> np) {
        int begin = np.get(0).begin();
        int end = np.get(np.size() - 1).end();
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            if (o.sentence() != sentenceCount) {
                return null;
            }
            if (o.referent().kind == Kind.ORGANIZATION && o.offset() >= begin && o.offset() < end && !o.quoted()) {
                return o;
            }
        }
        return null;
    }

    /**
     * Where the subject starts after an opening adverb or prepositional phrase closed by a comma ("Still,
     * Mr. Trump …", "In his interview with Fox News, Ryan …"), or 0. A short opening has no verb and at most
     * eight words; a longer one must be followed by a person's name and a finite verb.
     */
    private static int afterOpeningAside(List<NlpToken> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        String first = tokens.get(0).tag() == null ? "" : tokens.get(0).tag();
        if (!first.startsWith("RB") && !first.equals("IN") && !first.equals("CC")) {
            return 0;
        }
        // an opening with clauses in it: "On Friday, the day that Stone pledged his loyalty, Mr. Trump bashed …":
        // the subject is the first name after a comma that a finite verb follows
        for (int k = 1; k < tokens.size() - 2 && k <= 40; k++) {
            if (tokens.get(k).word().equals(",") && NounPhrases.namedClauseAt(tokens, k + 1, i -> false, false)) {
                return k + 1;
            }
        }
        for (int k = 1; k < tokens.size() && k <= 8; k++) {
            NlpToken t = tokens.get(k);
            if (t.word().equals(",")) {
                return k + 1 < tokens.size() ? k + 1 : 0;
            }
            String tag = t.tag() == null ? "" : t.tag();
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals("``") || tag.equals("WDT") || tag.equals("WP")) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The one person named in full earlier whose surname this subject is (a lone capitalised noun, which the
     * tagger may read as a common one at a sentence's start: "Price said"; "Port Saren" or "The Ministry" never
     * qualify), or null when none or several are. A common Korean or Chinese family name may stand first ("Xi" of
     * "Xi Jinping"), so such a first word counts as well.
     */
    private Referent knownBySurname(List<NlpToken> np) {
        if (np.size() != 1 || !NounPhrases.isNoun(np.get(0))
                || !Character.isUpperCase(np.get(0).word().charAt(0))) {
            return null;
        }
        String word = np.get(0).word();
        Referent found = null;
        for (Referent r : referents) {
            if (r.kind != Kind.PERSON || r.name == null || !r.name.contains(" ")) {
                continue;
            }
            if (r.name.substring(r.name.lastIndexOf(' ') + 1).equals(word)
                    || r.name.substring(0, r.name.indexOf(' ')).equals(word) && EastAsianNames.isFamilyName(word)) {
                if (found != null && found != r) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }

    /** The PERSON run in ", NAME ," right after token end ("The army chief, Gen. Pavel Adamek, …"), or null. */
    private static int[] appositiveName(List<NlpToken> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).word().equals(",")) {
            return null;
        }
        int[] name = titledName(tokens, end + 1);
        return name != null && name[1] < tokens.size() && tokens.get(name[1]).word().equals(",") ? name : null;
    }

    /** The name an appositive is, after abbreviated titles ("Gen. Pavel Adamek"), or null when it is more. */
    private static List<NlpToken> nameOnly(List<NlpToken> appositive) {
        int[] name = titledName(appositive, 0);
        return name != null && name[1] == appositive.size() ? appositive.subList(name[0], name[1]) : null;
    }

    /** The PERSON run from token {@code from} on, after abbreviated titles and honorifics: {start, end}, or null. */
    private static int[] titledName(List<NlpToken> tokens, int from) {
        int a = from;
        while (a < tokens.size() && isTitleBeforeName(tokens.get(a))) {
            a++;
        }
        int b = a;
        while (b < tokens.size() && "PERSON".equals(tokens.get(b).ner())) {
            b++;
        }
        return b > a ? new int[] {a, b} : null;
    }

    /** An abbreviated title or an honorific before a name: "Gen.", "Sen.", "Dr.", "Mr." (entity stage's lists). */
    private static boolean isTitleBeforeName(NlpToken t) {
        return !"PERSON".equals(t.ner()) && isTitleWord(t.word());
    }

    /** An abbreviated title or an honorific: "Gen.", "Lt", "Sen.", "Dr.", "Mr.". */
    private static boolean isTitleWord(String word) {
        return RoleWords.isAbbreviatedTitle(word) || Honorific.of(word).isPresent();
    }

    /** A title read before a name that says no more than a rank: "Gen.", "Sen.", "Dr.". */
    private static boolean isBareTitle(String description) {
        return !description.contains(" ") && isTitleWord(description);
    }

    /** The speaker a phrase at a cue refers to; remembers it as the latest speaker. */
    Speaker resolve(int paragraph, String text, List<NlpToken> np) {
        return resolve(paragraph, text, np, null);
    }

    /** As {@link #resolve(int, String, List)}, with an appositive description ("Jane Doe, a spokeswoman"). */
    Speaker resolve(int paragraph, String text, List<NlpToken> np, List<NlpToken> appositive) {
        if (appositive != null && !hasNer(np, "PERSON") && isPersonNoun(headNoun(np))) {
            List<NlpToken> name = nameOnly(appositive);
            if (name != null) {
                // "The army chief, Gen. Pavel Adamek, told …": the name is the speaker, the phrase before it says who
                List<NlpToken> description = np;
                np = name;
                appositive = description;
            }
        }
        Span mention = new Span(paragraph, np.get(0).begin(), np.get(np.size() - 1).end());
        String written = text(text, np);
        String lower = written.toLowerCase(Locale.ROOT);
        if (appositive != null && appositive.size() > 2 && "CD".equals(appositive.get(0).tag())
                && appositive.get(1).word().equals(",")) {
            appositive = appositive.subList(2, appositive.size()); // "Lauten, 31, who has …": the age goes
        }
        if (appositive != null && (appositive.isEmpty() || NounPhrases.allNumbers(appositive)
                || "WP".equals(appositive.get(0).tag()) || "WDT".equals(appositive.get(0).tag()))) {
            appositive = null; // "Vennholt, 51, said": an age is no description, nor is a relative clause
        }
        if (appositive != null && (!"PERSON".equals(np.get(np.size() - 1).ner()) && isPersonName(appositive)
                || !hasNer(np, "ORGANIZATION") && !hasNer(np, "PERSON") && isOrganisationName(appositive))) {
            // "The leader of the opposition, Konstantin Bree, said" and "Mr. Fox's successor, Felipe Calderón,
            // said": the name is the appositive
            List<NlpToken> swap = np;
            np = appositive;
            appositive = swap;
            written = text(text, np);
            lower = written.toLowerCase(Locale.ROOT);
        }
        String head = np.get(np.size() - 1).word().toLowerCase(Locale.ROOT);
        List<NlpToken> placed = beforeItsPlace(np);
        Referent known;
        Speaker s;
        int at;
        if (placed != null && !isPeopleOfAnOrganisation(np)) {
            // "The Foreign Office in London": the organisation; "The embassy in Moscow": a description
            s = hasNer(placed, "ORGANIZATION") || isProperName(placed)
                    ? new Speaker(organisation(stripDeterminer(text(text, placed))).name, null, mention)
                    : new Speaker(null, description(written, np).description, mention);
        } else if (np.size() == 1 && isPronoun(lower)) {
            s = resolvePronoun(paragraph, np.get(0).begin(), lower, mention,
                    afterQuotation(text, np.get(0).begin()));
        } else if (np.size() == 1 && POSSESSIVE_PRONOUNS.contains(lower)) {
            // "his criticism of …": the owner is whom the pronoun stands for
            s = resolvePronoun(paragraph, np.get(0).begin(), switch (lower) {
                case "his" -> "he";
                case "its" -> "it";
                case "their" -> "they";
                case "my" -> "i";
                case "our" -> "we";
                default -> "you";
            }, mention);
        } else if (DOCUMENTS.contains(head) && !NounPhrases.isProperNoun(np.get(np.size() - 1))) {
            s = new Speaker(null, written, mention); // "a leaked memo": a source, never a name
        } else if (isPossessiveDescription(np)) {
            s = resolvePossessive(paragraph, text, np, written, mention);
        } else if (isPeopleOfAnOrganisation(np)) {
            // "A spokesman for the National Weather Service", "Officials at the Department of Energy": people
            // described by their organisation, not the organisation itself; "the mayor of Velden" may be a
            // person named before with that title
            s = isDefinite(np) ? resolveDefinite(paragraph, np.get(0).begin(), np, written)
                    : new Speaker(null, description(written, np).description, mention);
        } else if (isShareOfPeople(np)) {
            // "44 percent of Americans say", "Two-thirds of Republicans": a share of people, not a body named so
            s = new Speaker(null, description(written, np).description, mention);
        } else if (describedByWhatTheyDo(np)) {
            // "NASA scientists using a telescope atop Mauna Kea", "One pastor supporting Mr. Cruz": people described
            // by what they do; the names in it are neither an organisation's nor the speaker's
            s = new Speaker(null, description(written, np).description, mention);
        } else if (coordinatesPeople(np)) {
            // "Maria Lopez and Tom Briggs say", "Trump and US Trade Representative Robert Lighthizer said": both
            // speak; giving the words to the last name alone would put them in one mouth
            s = new Speaker(null, group(written).description, mention);
        } else if (hasNer(np, "PERSON")) {
            s = resolveNamed(paragraph, text, np);
        } else if ((known = knownBySurname(np)) != null) {
            // "Price said earlier this month …": a surname the tagger missed (read as a common noun), of a person
            // named in full before
            s = new Speaker(known.name, known.description, mention);
        } else if (isCapitalisedTitle(np)) {
            // "The Chancellor has ruled out …": a title written with a capital is still a title, not a name
            s = resolveDefinite(paragraph, np.get(0).begin(), np, written);
        } else if (isCommonNounHead(np) && organisationModifiesByHyphen(np) && !isPersonNoun(head)) {
            // "A Kremlin-backed group", "the Pentagon-funded study": a description the organisation is part of,
            // kept as written ("The Carson campaign" is no other campaign named before)
            s = new Speaker(null, description(written, np).description, mention);
        } else if (isPeopleNamedByOrganisation(np)) {
            // "NASA scientists said", "Pentagon officials say", "the Vox founder suggests": people of the
            // organisation, not the organisation (whom "the Vox founder" is, the role words alone cannot tell)
            s = new Speaker(null, description(written, np).description, mention);
        } else if (isThingOfAnOrganisation(np)) {
            // "Security Council resolutions declaring …", "Fordham Motors sales show": a thing of the
            // organisation, not the organisation ("the Clinton campaign" is a body and stays one)
            s = new Speaker(null, description(written, np).description, mention);
        } else if (hasNer(np, "ORGANIZATION") && (at = organisationAfterWords(np)) > 0) {
            // "private equity firm Alden Capital", "Dow component Home Depot", "a rover NASA plans to fly": the
            // organisation is the name; the words before it describe it only when they name a body
            Referent r = organisation(text(text, np.subList(at, np.size())));
            boolean body = isBody(np.get(at - 1).word().toLowerCase(Locale.ROOT));
            s = new Speaker(r.name, body ? text(text, np.subList(0, at)) : null, mention);
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
            if (!"PERSON".equals(np.get(i).ner())) {
                continue;
            }
            int j = i;
            while (j + 1 < np.size() && "PERSON".equals(np.get(j + 1).ner())) {
                j++;
            }
            if (j + 1 >= np.size() || !isPossessive(np.get(j + 1)) || a < 0) {
                a = i;
                b = j;
            }
            i = j;
        }
        while (b - a >= 2 && isTitleWord(np.get(a).word())) {
            a++; // "Lt Col Alexander Vindman" with "Col" read as part of the name: a rank, not a name
        }
        String name = text(text, np.subList(a, b + 1));
        List<NlpToken> rest = new ArrayList<>(np.subList(0, a));
        if (!rest.isEmpty() && ArticleReading.OPENING_CUES.contains(rest.get(0).word())) {
            rest.remove(0); // "Said Dora Poyner, …": the cue the tagger read as a name
        }
        while (rest.size() > 1 && ArticleReading.isTime(rest.get(0)) && !isPossessive(rest.get(1))) {
            rest.remove(0); // "Last night Tanaiste Leo Varadkar said": when, not who ("Tuesday's winner" stays)
        }
        while (!rest.isEmpty() && Honorific.of(rest.get(rest.size() - 1).word()).isPresent()) {
            rest.remove(rest.size() - 1); // "Mr. Calderón": an honorific is no description
        }
        for (int i = rest.size() - 1; i >= 1; i--) {
            // not "Health and Human Services Secretary Xavier Becerra", "Johnson & Johnson CEO Alex Gorsky"
            if ("CC".equals(rest.get(i).tag()) && "PERSON".equals(rest.get(i - 1).ner())) {
                // "… of Trump and US Trade Representative Robert Lighthizer", an "and" the group rule leaves (after a
                // preposition): the title after "and" is his, what comes before it is someone else
                rest = new ArrayList<>(rest.subList(i + 1, rest.size()));
                break;
            }
        }
        String description = null;
        if (!rest.isEmpty() && NounPhrases.isNounish(rest.get(rest.size() - 1))) {
            description = text(text, rest);
            String pronoun = "PRP$".equals(rest.get(0).tag()) && rest.size() > 1 ? objectForm(rest.get(0).word()) : null;
            Referent owner = pronoun == null ? null : antecedent(paragraph, rest.get(0).begin(), pronoun);
            if (owner != null && owner.name != null) {
                // "Its leader Saskia Lund": the party's leader
                description = owner.name + "\u2019s " + text(text, rest.subList(1, rest.size()));
            }
        }
        Referent r = person(name, description);
        if (r.gender == '?') {
            r.gender = gender(np);
        }
        return new Speaker(r.name, r.description, new Span(paragraph, np.get(0).begin(), np.get(np.size() - 1).end()));
    }

    private Speaker resolvePronoun(int paragraph, int offset, String pronoun, Span mention) {
        return resolvePronoun(paragraph, offset, pronoun, mention, false);
    }

    /**
     * As {@link #resolvePronoun(int, int, String, Span)}; right after a quotation, "they" whose antecedent lies
     * outside the paragraph, with no group or body as a subject in it, is the one person who spoke in it ("Kym
     * Lino, a spokesperson for Instagram, confirmed …. “…,” they said in an email.").
     */
    private Speaker resolvePronoun(int paragraph, int offset, String pronoun, Span mention, boolean afterQuotation) {
        Referent chosen = antecedent(paragraph, offset, pronoun);
        if (afterQuotation && pronoun.equals("they") && chosen != null && !seenIn(chosen, paragraph, offset)) {
            // not "Mayor Doe told the striking workers …. “…,” they said": with nobody else to stand for, the
            // workers are likelier than the mayor
            Referent single = singlePersonSpeakingIn(paragraph, offset);
            chosen = single != null ? single : chosen;
        }
        if (chosen == null) {
            return new Speaker(null, pronoun.equals("i") ? "I" : pronoun, mention);
        }
        if (chosen.kind == Kind.DOCUMENT) {
            return new Speaker(null, chosen.description, mention);
        }
        return new Speaker(chosen.name, chosen.description, mention);
    }

    /** The referent a third-person pronoun (any case) stands for, or null (first and second person, none). */
    private Referent antecedent(int paragraph, int offset, String pronoun) {
        char want = FEMALE.contains(pronoun) ? 'f' : MALE.contains(pronoun) ? 'm' : '?';
        boolean personal = want != '?';
        boolean plural = pronoun.equals("they") || pronoun.equals("them") || pronoun.equals("their");
        boolean neuter = pronoun.equals("it") || pronoun.equals("its");
        if (!personal && !plural && !neuter) {
            return null; // I, we, you: the writer or a group in the quote
        }
        Referent chosen = null;
        if (neuter && openedByParticiple) {
            // "Dated 11 April and signed by the deputy, it said …": a participle describing a document
            Occurrence latest = null;
            for (Occurrence o : occurrences) {
                if (o.before(paragraph, offset) && sentenceCount - o.sentence() <= SUBJECT_WINDOW
                        && o.referent().kind == Kind.DOCUMENT
                        && (latest == null || latest.before(o.paragraph(), o.offset()))) {
                    latest = o;
                }
            }
            chosen = latest == null ? null : latest.referent();
        }
        Occurrence nameOnly = null; // the nearest subject of the window whose first name alone says otherwise
        boolean fromSubjects = false;
        for (int pass = 0; pass < 2 && chosen == null; pass++) {
            Occurrence latest = null; // the nearest before the pronoun in the text, not the last one noted
            for (int i = occurrences.size() - 1; i >= 0; i--) {
                Occurrence o = occurrences.get(i);
                if (!o.before(paragraph, offset) || o.quoted()
                        || latest != null && !latest.before(o.paragraph(), o.offset())) {
                    continue;
                }
                if (pass == 0 && (!o.subject() || sentenceCount - o.sentence() > SUBJECT_WINDOW)) {
                    continue;
                }
                Referent r = o.referent();
                if (isPersonalPronoun(pronoun) && namedInWhatIsSaid(r)) {
                    continue;
                }
                boolean ok;
                if (personal) {
                    ok = r.personLike() && !r.plural && (r.likelyGender() == '?' || r.likelyGender() == want);
                } else if (plural) {
                    ok = r.organisationLike() || r.plural;
                } else {
                    ok = r.organisationLike() || (r.kind == Kind.DOCUMENT && o.subject());
                }
                if (ok) {
                    latest = o;
                } else if (pass == 0 && personal && r.personLike() && !r.plural && r.gender == '?'
                        && (nameOnly == null || nameOnly.before(o.paragraph(), o.offset()))) {
                    nameOnly = o;
                }
            }
            chosen = latest == null ? null : latest.referent();
            if (pass == 0 && personal && chosen != null && chosen.kind == Kind.DESCRIPTION
                    && chosen.likelyGender() == '?' && !introducedJustBefore(latest)) {
                // "… the late neurologist wrote about it — Steenburgen was not thrilled. “…,” she said.": a named
                // subject of the last paragraphs known to be of the pronoun's sex beats a description of unknown sex
                Referent named = namedSubjectOfGender(paragraph, offset, want);
                chosen = named != null && !namedInWhatIsSaid(named) ? named : chosen;
            }
            fromSubjects = pass == 0 && chosen != null;
        }
        if (nameOnly != null && !fromSubjects && (chosen == null || chosen.kind == Kind.DESCRIPTION)) {
            // "Taylor Swift's albums were sold. … she described it as …": with nobody else, or only a description,
            // the subject whose first name is mostly a man's is still likelier; the pronoun then says her sex
            chosen = nameOnly.referent();
            chosen.gender = want;
        }
        if (chosen != null && personal && chosen.gender == '?'
                && (chosen.nameGender == '?' || chosen.nameGender == want)) {
            chosen.gender = want;
        }
        return chosen;
    }

    /**
     * As {@link #resolve(int, String, List, List)} for the speaker of a reported statement: "he" or "she" never
     * stands for a person named by surname in the first clause of what is said ("he had challenged Reagan for the
     * presidency" is not Reagan, "she said Lind was wrong" is not Lind). Only up to the first comma or dash: a
     * clause after it may name the speaker ("As he welcomed the guests, Scott was …").
     */
    Speaker resolveSaying(int paragraph, String text, List<NlpToken> np, List<NlpToken> appositive, String said) {
        int cut = said.length();
        for (String mark : new String[] {",", ";", "\u2013", "\u2014", " - "}) {
            int at = said.indexOf(mark);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        saying = said.substring(0, cut);
        try {
            return resolve(paragraph, text, np, appositive);
        } finally {
            saying = null;
        }
    }

    /**
     * Whether a phrase brings in one new person: indefinite, its head a noun for people or, in a phrase of more
     * than one word, a being by CoreNLP's animacy list ("one Mac customer"), no group ("A jury"), and no "of"
     * ("One of his sons").
     */
    private static boolean oneNewPerson(List<NlpToken> np, String head) {
        return isIndefinite(np) && !isCollective(head)
                && (isPersonNoun(head) || np.size() > 1 && Animacy.isAnimate(head))
                && np.stream().noneMatch(t -> t.word().equalsIgnoreCase("of"));
    }

    /** Whether a noun names a body or people taken together ("committee", "jury", "crowd"). */
    private static boolean isCollective(String noun) {
        return isBody(noun) || COLLECTIVES.contains(noun);
    }

    /** The named person after the first comma from token k, as the sentence's subject; null when none stands there. */
    private Occurrence namedSubjectAfterComma(int paragraph, String text, List<NlpToken> tokens, int k) {
        List<NlpToken> subject = subjectAfterComma(tokens, k);
        Referent r = subject != null && hasNer(subject, "PERSON")
                ? find(resolveNamed(paragraph, text, subject).name()) : null;
        return r == null ? null : new Occurrence(r, paragraph, subject.get(0).begin(), sentenceCount, true);
    }

    /**
     * The subject after the first comma from token k, with no verb before that comma: a name or a pronoun right
     * before a finite verb ("A master of infighting and misdirection, Felt seized …", "An immigrant from Uganda,
     * she plans …"); null otherwise ("A witness, who asked not to be named, saw …" has its verb later).
     */
    private static List<NlpToken> subjectAfterComma(List<NlpToken> tokens, int k) {
        int comma = k;
        while (comma < tokens.size() && !tokens.get(comma).word().equals(",")) {
            if (NounPhrases.isFinite(tokens.get(comma))) {
                return null;
            }
            comma++;
        }
        int end = comma + 1;
        while (end < tokens.size() && NounPhrases.isNpToken(tokens, end)) {
            end++;
        }
        if (end <= comma + 1 || end >= tokens.size() || !NounPhrases.isFinite(tokens.get(end))) {
            return null;
        }
        List<NlpToken> subject = tokens.subList(comma + 1, end);
        boolean named = hasNer(subject, "PERSON") || NounPhrases.isProperNoun(subject.get(subject.size() - 1));
        boolean pronoun = subject.size() == 1 && "PRP".equals(subject.get(0).tag());
        return named || pronoun ? subject : null;
    }

    /** Whether a phrase opens with "a", "an", "one" or "another": someone not met before. */
    private static boolean isIndefinite(List<NlpToken> np) {
        String w = np.get(0).word().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another");
    }

    /**
     * Whether an occurrence is someone new, brought in as the subject of the last sentence with an indefinite
     * description ("However, one Mac customer from the show floor was sceptical. “…,” he said."): the pronoun
     * goes on with that person, not with a person named before.
     */
    private boolean introducedJustBefore(Occurrence o) {
        // someone new: a description oneNewPerson accepted when the sentence was observed
        if (!o.subject() || sentenceCount - o.sentence() != 1 || !newcomers.contains(o.referent())) {
            return false;
        }
        for (Occurrence other : occurrences) {
            if (other.sentence() == o.sentence() && other.referent().kind == Kind.PERSON
                    && other.referent().name != null) {
                return false; // "Gene Sperling, a longtime policy maker, hired …": the description is a name's
            }
        }
        return true;
    }

    /** Whether a person's surname is a word of what the speaker being resolved says. */
    private boolean namedInWhatIsSaid(Referent r) {
        if (saying == null || r.name == null) {
            return false;
        }
        String[] words = r.name.split("\\s+");
        int last = words.length - 1;
        while (last > 0 && NAME_SUFFIXES.contains(lettersOf(words[last]))) {
            last--; // "Martin Luther King Jr.": the surname is King
        }
        String surname = words[last].toLowerCase(Locale.ROOT);
        // "Ocasio-Cortez": the words split at the hyphen, as the words of what is said are
        return containsWord(saying, surname.substring(surname.lastIndexOf('-') + 1));
    }

    /** What may follow a surname in a name: "Jr.", "Sr.", "II", "III". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Whether a quotation closed with a comma stands right before the offset ('“…,” they said'). */
    private static boolean afterQuotation(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        boolean commaAfter = k >= 0 && text.charAt(k) == ','; // '“…”, they said'
        if (commaAfter) {
            k--;
        }
        boolean mark = k >= 1 && (text.charAt(k) == '\u201D' || text.charAt(k) == '"');
        return mark && (commaAfter || text.charAt(k - 1) == ',');
    }

    /** Whether the referent occurs in this paragraph before the offset. */
    private boolean seenIn(Referent r, int paragraph, int offset) {
        for (Occurrence o : occurrences) {
            if (o.referent() == r && o.paragraph() == paragraph && o.before(paragraph, offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one named person who is a subject or speaker in this paragraph before the offset, when no group or
     * body is a subject there and nobody else is named as one; else null.
     */
    private Referent singlePersonSpeakingIn(int paragraph, int offset) {
        Referent single = null;
        for (Occurrence o : occurrences) {
            if (o.paragraph() != paragraph || !o.before(paragraph, offset) || o.quoted() || !o.subject()) {
                continue;
            }
            Referent r = o.referent();
            if (r.plural || r.organisationLike() || r.kind != Kind.PERSON || r.name == null
                    || single != null && single != r) {
                return null;
            }
            single = r;
        }
        return single;
    }

    /**
     * "her office", "Kestria's finance minister", "the candidate's spokesman": a description anchored on a
     * possessor. A pronoun possessor is resolved ("Daria Vennholt's office"); a named one is kept as written.
     * A definite description with the same head noun seen before ("finance minister") gives its name.
     */
    private Speaker resolvePossessive(int paragraph, String text, List<NlpToken> np, String written, Span mention) {
        NlpToken first = np.get(0);
        String possessor = first.word().toLowerCase(Locale.ROOT);
        if ("PRP$".equals(first.tag()) && np.size() > 1) {
            String subject = objectForm(possessor);
            Referent owner = subject == null ? null : antecedent(paragraph, first.begin(), subject);
            String rest = text(text, np.subList(1, np.size()));
            if (owner != null && owner.name != null) {
                return new Speaker(null, owner.name + "\u2019s " + rest, mention);
            }
            return new Speaker(null, written, mention);
        }
        Speaker definite = resolveDefinite(paragraph, first.begin(), np, written);
        Referent found = definite.name() == null ? null : find(definite.name());
        // not "The European Union's top court" for "the International Criminal Court": another owner's court
        boolean anotherOwners = found != null && found.kind == Kind.ORGANIZATION && !ownedBy(found.name, np);
        if (definite.name() != null && !anotherOwners) {
            return definite;
        }
        Referent r = description(written, np);
        return new Speaker(null, r.description, mention);
    }

    /** Whether an organisation's name holds the last word of the possessor in a phrase ("Union" in "the Union's"). */
    private static boolean ownedBy(String name, List<NlpToken> np) {
        for (int i = 1; i < np.size(); i++) {
            if (isPossessive(np.get(i))) {
                return containsWord(name, np.get(i - 1).word().toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** The pronoun form {@link #antecedent} reads for a possessive ("his" → "him"), or null ("my", "our"). */
    private static String objectForm(String possessive) {
        return switch (possessive.toLowerCase(Locale.ROOT)) {
            case "her" -> "her";
            case "his" -> "him";
            case "its" -> "its";
            case "their" -> "their";
            default -> null;
        };
    }

    private boolean isPossessiveDescription(List<NlpToken> np) {
        NlpToken first = np.get(0);
        if ("PRP$".equals(first.tag()) && np.size() > 1) {
            return !hasNer(np, "PERSON"); // "Its leader Saskia Lund" is Saskia Lund
        }
        for (int i = 0; i + 1 < np.size(); i++) {
            if (isPossessive(np.get(i))) {
                for (int j = i + 1; j < np.size(); j++) {
                    if ("PERSON".equals(np.get(j).ner())) {
                        return false; // "the campaign's manager Robby Mook": a name follows
                    }
                }
                return NounPhrases.isNounish(np.get(np.size() - 1));
            }
        }
        return false;
    }

    /** Whether an entity type names a place (city, state, country, location, nationality). */
    static boolean isPlaceType(String ner) {
        return PLACE_TYPES.contains(ner);
    }

    /**
     * Whether this phrase only names a place ("Ohio", "the Port Saren harbour district"). A country named alone
     * stands for its government ("Russia said") and is not a place here; neither is a lone abbreviation
     * ("Del."), which is more often a title than a state.
     */
    static boolean isPlace(List<NlpToken> np) {
        boolean place = false;
        for (NlpToken t : np) {
            String ner = t.ner() == null ? "O" : t.ner();
            if ("COUNTRY".equals(ner)) {
                return false;
            }
            if (PLACE_TYPES.contains(ner)) {
                place = true;
            } else if (!NounPhrases.isDeterminer(t) || !"O".equals(ner)) {
                return false;
            }
        }
        return place && !(np.size() == 1 && np.get(0).word().endsWith("."));
    }

    /** Whether a phrase is an organisation's name and nothing else ("Dick Clark Productions"). */
    private static boolean isOrganisationName(List<NlpToken> np) {
        for (NlpToken t : np) {
            if (!"ORGANIZATION".equals(t.ner())) {
                return false;
            }
        }
        return !np.isEmpty() && np.size() <= 6;
    }

    /** Whether a phrase is a person's name and nothing else, of at most four words. */
    static boolean isPersonName(List<NlpToken> np) {
        for (NlpToken t : np) {
            if (!"PERSON".equals(t.ner())) {
                return false;
            }
        }
        return np.size() <= 4;
    }

    private Speaker resolveDefinite(int paragraph, int offset, List<NlpToken> np, String written) {
        String head = headNoun(np);
        Referent holder = roleHolderBefore(paragraph, offset, head);
        if (holder != null) {
            return new Speaker(holder.name, holder.name == null ? holder.description : written, null);
        }
        // "Kestria's finance minister": a place, or a proper name the tagger could not type, owns the title
        boolean placeOwned = np.size() > 2 && isPossessive(np.get(1)) && ("LOCATION".equals(np.get(0).ner())
                || "NNP".equals(np.get(0).tag()) && (np.get(0).ner() == null || "O".equals(np.get(0).ner())));
        Referent subject = (np.get(0).word().equalsIgnoreCase("the") || placeOwned) && EPITHETS.contains(head)
                ? recentNamedSubject(paragraph, offset, gender(np)) : null;
        if (subject != null) {
            // "…,” the Texas governor continues." and "Kestria's finance minister said": nobody named so far holds
            // the title, so it stands for the person the text is about, the named subject of the last sentences
            return new Speaker(subject.name, written, null);
        }
        Referent company = np.get(0).word().equalsIgnoreCase("the") && np.size() <= 3
                && ORGANISATION_NOUNS.contains(head) ? recentOrganisation(paragraph, offset) : null;
        if (company != null) {
            // "Northway Health Mutual said …" and later "the insurer said": the organisation that spoke last
            return new Speaker(company.name, written, null);
        }
        Referent r = description(written, np);
        return new Speaker(null, r.description, null);
    }

    /**
     * "The Chancellor", "the Prime Minister", "the Pope": "the" and capitalised role words the tagger found no
     * entity in, the last of them a role head of the entity stage.
     */
    private static boolean isCapitalisedTitle(List<NlpToken> np) {
        if (np.size() < 2 || np.size() > 4 || !np.get(0).word().equalsIgnoreCase("the")) {
            return false;
        }
        for (NlpToken t : np.subList(1, np.size())) {
            if (!"O".equals(t.ner()) && t.ner() != null || !Character.isUpperCase(t.word().charAt(0))) {
                return false;
            }
        }
        return RoleWords.isHead(np.get(np.size() - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation a definite "the company", "the insurer" refers back to: the latest organisation that
     * spoke or was a subject in the last paragraphs, else one named earlier in the same sentence ("The chief of
     * Northway apologized after the insurer said"); null when there is none.
     */
    private Referent recentOrganisation(int paragraph, int offset) {
        return latestBefore(paragraph, offset, o -> o.referent().kind == Kind.ORGANIZATION
                && o.referent().name != null && paragraph - o.paragraph() <= 4
                && (o.subject() || o.sentence() == sentenceCount && o.paragraph() == paragraph));
    }

    /** The referent of the latest occurrence outside quotations before this offset that passes the test. */
    private Referent latestBefore(int paragraph, int offset, Predicate<Occurrence> test) {
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            if (o.before(paragraph, offset) && !o.quoted() && test.test(o)) {
                return o.referent();
            }
        }
        return null;
    }

    /**
     * The one named person of the article, seen anywhere in it, whose title or description holds the head noun
     * of a short definite description ("the judge" in the lede, "Judge Miriam Achebe" further down), or null
     * when nobody or more than one person does.
     */
    String soleNamedHolder(String description) {
        String[] words = description.strip().split("\\s+");
        if (words.length < 2 || words.length > 4 || !words[0].equalsIgnoreCase("the")) {
            return null;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!isPersonNoun(head)) {
            return null;
        }
        String found = null;
        for (Referent r : referents) {
            if (r.kind == Kind.PERSON && r.name != null && holdsRole(r.description, head)
                    && namesTheSameBody(words, r.description)) {
                if (found != null && !found.equals(r.name)) {
                    return null;
                }
                found = r.name;
            }
        }
        return found;
    }

    /**
     * Whether a holder's description has every capitalised word that qualifies the role in a description's words,
     * places aside ("the Daily Beast editor" is no "Breitbart News political editor"; "the GOP candidate" needs
     * "GOP"; "the Vermont senator" may be any senator).
     */
    private boolean namesTheSameBody(String[] words, String holderDescription) {
        Set<String> holder = new HashSet<>();
        for (String w : holderDescription == null ? new String[0] : holderDescription.split("\\s+")) {
            holder.add(lettersOf(w));
        }
        for (int i = 1; i + 1 < words.length; i++) {
            String w = lettersOf(words[i]);
            if (Character.isUpperCase(words[i].charAt(0)) && !RoleWords.isHead(w) && !placeWords.contains(w)
                    && !holder.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A word in lower case without its possessive and without anything but letters and digits ("F.B.I.'s": fbi). */
    private static String lettersOf(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The latest referent before the offset whose name or description holds the head noun, or null. */
    private Referent roleHolderBefore(int paragraph, int offset, String head) {
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            Occurrence o = occurrences.get(i);
            Referent r = o.referent();
            if (o.before(paragraph, offset) && (containsWord(r.name, head) || holdsRole(r.description, head))) {
                return r;
            }
        }
        return null;
    }

    /** The named person who is the subject of one of the last sentences, nearest first, of a compatible gender. */
    private Referent recentNamedSubject(int paragraph, int offset, char gender) {
        return latestBefore(paragraph, offset, o -> o.subject() && o.referent().kind == Kind.PERSON
                && sentenceCount - o.sentence() <= SUBJECT_WINDOW && (gender == '?'
                    || o.referent().likelyGender() == '?' || o.referent().likelyGender() == gender));
    }

    /**
     * Whether a head noun (lower case) names people: this class's list, a role head of the entity stage
     * ({@link RoleWords#isHead}), or the plural of either ("investigators", "engineers").
     */
    static boolean isPersonNoun(String head) {
        if (PERSON_NOUNS.contains(head) || RoleWords.isHead(head)) {
            return true;
        }
        if (head.length() > 3 && head.endsWith("s")) {
            String one = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                    : head.substring(0, head.length() - 1);
            return PERSON_NOUNS.contains(one) || RoleWords.isHead(one);
        }
        return false;
    }

    /**
     * Whether the phrase is a common noun followed by a preposition and an organisation's name ("a spokesman for
     * the Red Cross", "researchers at Harvard University", "the head of the IMF"), or a noun naming people followed
     * by a person's or a place's name ("a spokeswoman for Sen. Lund", "analysts at Berenberg" where the tagger
     * took the bank for a person, "officials in Ohio"); also a noun with a participle and such a name ("court
     * documents seen by Reuters").
     */
    private static boolean isPeopleOfAnOrganisation(List<NlpToken> np) {
        for (int i = 1; i + 1 < np.size(); i++) {
            NlpToken t = np.get(i);
            boolean participle = "VBN".equals(t.tag()) && "IN".equals(np.get(i + 1).tag()); // "documents seen by"
            if (!participle && !"IN".equals(t.tag())) {
                if (t.ner() != null && !"O".equals(t.ner())) {
                    return false; // a name before any preposition: "Harvard researchers at …"
                }
                continue;
            }
            String before = np.get(i - 1).tag();
            if (!"NN".equals(before) && !"NNS".equals(before)) {
                return false;
            }
            List<NlpToken> after = np.subList(i + 1, np.size());
            if (hasNer(after, "ORGANIZATION")) {
                return true;
            }
            // a participle links a source to whoever wrote or saw it; a preposition links only people to a place
            return participle ? hasNer(after, "PERSON")
                    : isPersonNoun(np.get(i - 1).word().toLowerCase(Locale.ROOT))
                        && (hasNer(after, "PERSON") || hasNer(after, "LOCATION"));
        }
        return false;
    }

    /**
     * Whether a phrase is an organisation's name before a common noun for people ("NASA scientists", "Pentagon
     * officials", "the Vox founder"): the people, not the body, speak.
     */
    private static boolean isPeopleNamedByOrganisation(List<NlpToken> np) {
        NlpToken last = np.get(np.size() - 1);
        return np.size() >= 2 && ("NNS".equals(last.tag()) || "NN".equals(last.tag()))
                && (last.ner() == null || "O".equals(last.ner()) || "TITLE".equals(last.ner()))
                && isPersonNoun(last.word().toLowerCase(Locale.ROOT))
                && "ORGANIZATION".equals(np.get(np.size() - 2).ner()) && !hasNer(np, "PERSON");
    }

    /**
     * Whether a phrase is an organisation's name before a common noun for a thing ("Security Council
     * resolutions", "Fordham Motors sales"); not a body ("the Clinton campaign").
     */
    private static boolean isThingOfAnOrganisation(List<NlpToken> np) {
        int h = headIndex(np);
        return h > 0 && "ORGANIZATION".equals(np.get(h - 1).ner()) && isCommonNounHead(np)
                && !isBody(np.get(h).word().toLowerCase(Locale.ROOT));
    }

    /** Words for a share of a group before "of" ("a majority of voters", "half of Democrats", "most of them"). */
    private static final Set<String> SHARES = ArticleReading.plus(SpeakerPhrases.QUANTIFIERS, "percent", "%",
            "majority", "minority", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "plurality",
            "share");

    /** Whether a phrase is a share of people: a number or a share word before "of" ("44 percent of Americans"). */
    private static boolean isShareOfPeople(List<NlpToken> np) {
        for (int i = 1; i + 1 < np.size(); i++) {
            if (np.get(i).word().equalsIgnoreCase("of")) {
                String before = np.get(i - 1).word().toLowerCase(Locale.ROOT);
                return SHARES.contains(before) || "CD".equals(np.get(i - 1).tag())
                        || before.contains("-") && SHARES.contains(before.substring(before.lastIndexOf('-') + 1));
            }
        }
        return false;
    }

    /**
     * Where an organisation's name ends a phrase after common words ("private equity firm Alden Capital", "Dow
     * component Home Depot"): the index of its first word, or 0 when the phrase is no such thing (a name alone,
     * "the Justice Department"; a name before it, "Russia's Gazprom"; a preposition, "data from MarketAxess").
     */
    private static int organisationAfterWords(List<NlpToken> np) {
        int at = np.size();
        while (at > 0 && "ORGANIZATION".equals(np.get(at - 1).ner())) {
            at--;
        }
        if (at == 0 || at == np.size()) {
            return 0;
        }
        boolean common = false;
        for (NlpToken t : np.subList(0, at)) {
            String tag = t.tag() == null ? "" : t.tag();
            if (t.ner() != null && !"O".equals(t.ner()) || tag.startsWith("NNP") || tag.equals("POS")
                    || tag.equals("IN") || tag.equals("CC") || tag.equals("PRP$")) {
                return 0;
            }
            common |= tag.equals("NN") || tag.equals("NNS");
        }
        return common ? at : 0;
    }

    /**
     * The head noun: the last word, or the last before a preposition ("the leader of the opposition", "the
     * remarks from the candidate").
     */
    private static String headNoun(List<NlpToken> np) {
        return np.get(headIndex(np)).word().toLowerCase(Locale.ROOT);
    }

    /**
     * Where the head noun of a phrase is: before its first preposition ("officials at the ministry"), past a
     * participle or adjective on it ("people briefed on the talks", "a person familiar with the plan"); else its
     * last word.
     */
    private static int headIndex(List<NlpToken> np) {
        for (int i = 1; i < np.size(); i++) {
            if ("IN".equals(np.get(i).tag()) || np.get(i).word().equalsIgnoreCase("of")) {
                if (NounPhrases.isNounish(np.get(i - 1))) {
                    return i - 1;
                }
                String tag = np.get(i - 1).tag();
                if (i >= 2 && ("VBN".equals(tag) || "VBD".equals(tag) || "JJ".equals(tag))
                        && NounPhrases.isNounish(np.get(i - 2))) {
                    return i - 2;
                }
            }
        }
        return np.size() - 1;
    }

    /** Whether a description holds a word standing for this role noun ("Texas Gov." for "governor"). */
    private static boolean holdsRole(String description, String roleNoun) {
        if (description == null) {
            return false;
        }
        String head = null;
        for (String w : description.split("\\s+")) {
            if (HEAD_ENDS.contains(w.toLowerCase(Locale.ROOT)) && head != null) {
                break; // "The leader of the opposition" is a leader: "the opposition" is someone else
            }
            head = w;
        }
        return head != null && RoleWords.standsFor(head, roleNoun);
    }

    /** Words after a description's head noun ("leader of …", "economist at …", "spokesman for …"). */
    private static final Set<String> HEAD_ENDS = Set.of("of", "at", "for", "in", "from", "with", "on", "who",
            "whose", "to", ",");

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
            if (best.description == null && description != null
                    || best.description != null && description != null && description.length() > best.description.length()
                        && (description.endsWith(" " + best.description) || isBareTitle(best.description))) {
                // "leader", then "Green Renewal’s leader"; "Gen.", then "The army chief": the fuller one
                best.description = description;
            }
            return best;
        }
        Referent r = new Referent(Kind.PERSON, name, description, '?', false);
        // a first name is evidence ("Dmitry Sokolov", a lone "Dmitry"); a lone surname that is also a first name
        // ("Warren") is rare as a first mention: news names a person in full before using the surname alone
        r.nameGender = switch (FirstNames.genderOf(words[0])) {
            case MALE -> 'm';
            case FEMALE -> 'f';
            case UNKNOWN -> '?';
        };
        referents.add(r);
        return r;
    }

    /** An organisation known before reading, such as the article's own outlet; named only when referred to. */
    void knowOrganisation(String name) {
        organisation(name);
    }

    private Referent organisation(String name) {
        for (int i = referents.size() - 1; i >= 0; i--) {
            Referent r = referents.get(i);
            if (r.kind == Kind.ORGANIZATION && r.name.equalsIgnoreCase(name)) {
                return r;
            }
        }
        if (!name.contains(" ") && !isAcronym(name)) {
            // "the Post" after "the Saren Daily Post"; not "NFL" after "CBS Sports NFL": an acronym is a name of
            // its own
            for (int i = referents.size() - 1; i >= 0; i--) {
                Referent r = referents.get(i);
                if (r.kind == Kind.ORGANIZATION && r.name.contains(" ")
                        && r.name.toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        Referent r = new Referent(Kind.ORGANIZATION, name, null, 'n', false);
        referents.add(r);
        return r;
    }

    /**
     * Whether a phrase can stand for someone who speaks: it names a person, organisation or country, is a proper
     * noun or a pronoun, or its head is a noun for people, a body or an organisation ("the minister", "officials
     * at the port", "the ministry"), or any noun not known to name only things ("a lobbyist"). "a methamphetamine
     * use disorder" and "the wagon" cannot (CoreNLP's animacy lists, {@link Animacy}).
     */
    static boolean standsForSomeone(List<NlpToken> np) {
        for (NlpToken t : np) {
            if (SPEAKING_TYPES.contains(t.ner()) || "NNP".equals(t.tag()) || "NNPS".equals(t.tag())
                    || "PRP".equals(t.tag())) {
                return true;
            }
        }
        NlpToken last = np.get(headIndex(np));
        String head = last.word().toLowerCase(Locale.ROOT);
        boolean noun = "NN".equals(last.tag()) || "NNS".equals(last.tag());
        return !noun || isPersonNoun(head) || isBody(head) || SpeakerPhrases.QUANTIFIERS.contains(head)
                || !Animacy.isInanimate(head);
    }

    /**
     * Whether a noun (lower case) names a body of people or an organisation ("ministry", "campaign", "insurer"),
     * or is the plural of one ("automakers").
     */
    static boolean isBody(String noun) {
        return BODIES.contains(noun) || ORGANISATION_NOUNS.contains(noun)
                || noun.length() > 3 && noun.endsWith("s") && ORGANISATION_NOUNS.contains(noun.substring(0,
                    noun.length() - 1));
    }

    /** Whether an entity type names someone or somewhere that may speak ("Russia said"). */
    static boolean canSpeak(String entityType) {
        return SPEAKING_TYPES.contains(entityType);
    }

    /** An organisation glued by a hyphen to a participle or adjective: "Kremlin-backed", "Hamas-run". */
    private static boolean organisationModifiesByHyphen(List<NlpToken> np) {
        for (int i = 0; i + 2 < np.size(); i++) {
            NlpToken next = np.get(i + 2);
            if ("ORGANIZATION".equals(np.get(i).ner()) && "HYPH".equals(np.get(i + 1).tag())
                    && np.get(i).end() == np.get(i + 1).begin() && np.get(i + 1).end() == next.begin()
                    && ("VBN".equals(next.tag()) || "JJ".equals(next.tag()) || "VBD".equals(next.tag()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase's head is a lower-case common noun outside any organisation's name ("a Kremlin-backed"). */
    private static boolean isCommonNounHead(List<NlpToken> np) {
        NlpToken last = np.get(headIndex(np));
        return ("NN".equals(last.tag()) || "NNS".equals(last.tag())) && !"ORGANIZATION".equals(last.ner())
                && !last.word().isEmpty() && Character.isLowerCase(last.word().charAt(0));
    }

    /** A word in capitals of more than one character ("NFL", "U.N."). */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && ArticleReading.isAllCaps(word);
    }

    private Referent description(String written, List<NlpToken> np) {
        NlpToken last = np.get(headIndex(np)); // "officials at the ministry": the head is before the preposition
        String head = last.word().toLowerCase(Locale.ROOT);
        boolean plural = "NNS".equals(last.tag()) || "NNPS".equals(last.tag());
        Referent r = new Referent(Kind.DESCRIPTION, null, written, gender(np), plural);
        r.collective = BODIES.contains(head);
        // "The torso of this body", "a photo of the meeting": no "he" or "she"; a body of people may be "they"
        r.thing = DOCUMENTS.contains(head) || IMAGES.contains(head) || !r.collective && !isPersonNoun(head)
                && !ORGANISATION_NOUNS.contains(head) && Animacy.isInanimate(head);
        referents.add(r);
        return r;
    }

    /** The group of people a coordinated phrase names ("Maria Lopez and Tom Briggs"), one referent per wording. */
    private Referent group(String written) {
        Referent r = findDescription(written);
        if (r == null || !r.plural) {
            r = new Referent(Kind.DESCRIPTION, null, written, '?', true);
            referents.add(r);
        }
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
        int from = 0;
        for (int i = 0; i < np.size(); i++) {
            if (isPossessive(np.get(i))) {
                from = i + 1; // "Mr. Varga's spokeswoman": the owner's gender is not hers
            }
        }
        for (NlpToken t : np.subList(from, np.size())) {
            if ("PRP$".equals(t.tag())) {
                continue; // "Her agent, Mark Roesler": the owner's gender again, not the agent's
            }
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

    /** Whether a phrase holds a token the tagger typed as this entity type. */
    static boolean hasNer(List<NlpToken> np, String type) {
        for (NlpToken t : np) {
            if (type.equals(t.ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase before a trailing "in" and a place's or organisation's name ("The Foreign Office" of "The
     * Foreign Office in London"), or null when the phrase does not end so.
     */
    private static List<NlpToken> beforeItsPlace(List<NlpToken> np) {
        for (int i = np.size() - 2; i >= 1; i--) {
            if (!np.get(i).word().equals("in")) {
                continue;
            }
            return NounPhrases.isOneName(np.subList(i + 1, np.size())) && !hasNer(np.subList(0, i), "PERSON")
                    ? np.subList(0, i) : null;
        }
        return null;
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
            case "he", "she", "they", "it", "i", "we", "you", "her", "him", "them", "me", "us" -> true;
            default -> false;
        };
    }

    /** Whether this word is an object pronoun ("her", "him"): never the subject that says something. */
    static boolean isObjectPronoun(String w) {
        return OBJECT_PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String stripDeterminer(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    static String text(String paragraph, List<NlpToken> tokens) {
        return paragraph.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}

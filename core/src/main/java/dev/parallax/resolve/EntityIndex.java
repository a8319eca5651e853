package dev.parallax.resolve;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.understand.entities.FirstNames;
import dev.parallax.understand.entities.Gender;
import dev.parallax.understand.entities.RoleWords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An incremental index of entities: articles are added one at a time, and each mention joins an
 * entity already known or opens a new one. Keys are normalised names; ids never change once given.
 *
 * <p>Within one article (first):
 * <ul>
 *   <li>persons: full names group by their romanisation key; a two-word name joins the one longer
 *       name with the same first and last names ("Vladimir Putin" → "Vladimir Vladimirovich Putin");
 *       a surname alone ("Navalny", "Mr Navalny", "Ms Petrova") joins the one full name with that
 *       surname and a compatible gender (from honorifics and gendered role words), or, when no full
 *       name has it, the one whose surname is a romanisation variant ("Navalny" after "Alexei
 *       Navalnyi"); when two full names share it, the mention stays unresolved; a given name alone inside a
 *       direct quote joins the one full name beginning with it ("Alexei knew …," his wife said); otherwise,
 *       when no full name has it (a first name such as "Boris" or "Dmitry", or a surname never given in
 *       full) it names an entity of that article only;</li>
 *   <li>organisations: an acronym joins the name it follows in brackets ("World Health Organization
 *       (WHO)") or the one name whose initials it is; otherwise it stands for itself; one word that ends the
 *       article's own outlet's name is the outlet ("the Post" in the Saren Daily Post);</li>
 *   <li>type slips: a lone surname the tagger took for a place, or a lone word it took for a person where
 *       it also tagged it as a place, are repaired (see {@code repairTypes});</li>
 *   <li>places group by their normalised name.</li>
 * </ul>
 * <p>Across articles (then): persons join only through full names of the same structure that are
 * spelling variants word by word ({@link PersonName#sameFullName}), or through the one person known
 * whose name differs only by middle names or initials one of them leaves out ("Donald J. Trump" and
 * "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton"; but "George Bush" stays apart once
 * both "George W. Bush" and "George H. W. Bush" are known; {@link PersonName#sameButForMiddleNames});
 * an article's own surname joins, when the index is read, the one person known with it (see
 * {@code joinLoneSurnames});
 * organisations and places by their
 * normalised name; a bare acronym joins the one organisation it was seen to abbreviate (a bare-acronym
 * entity seen before is merged into it then). A name tagged as an organisation in some mentions and as a place
 * in others ("the Kremlin") is one entity of the type most mentions had. Persons never join another type:
 * "Ford" the company is not Gerald Ford.
 *
 * <p>Ids are the first 16 hex digits of a SHA-256 of the type and the normalised name that opened the
 * entity (with the article's id for article-only entities), so they survive re-runs and growing
 * archives. Not thread-safe.
 */
public final class EntityIndex {
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*[(\\[]\\s*");
    /** How many times as often as any other the person a lone surname joins must be mentioned, when several share it. */
    private static final int DOMINANCE = 3;
    /** Words after a person's name that make a body of that person ("Trump Administration", "Clinton Foundation"). */
    private static final Set<String> NAMED_AFTER_A_PERSON = Set.of("administration", "campaign", "foundation",
            "organization", "organisation", "family", "camp", "government", "presidency", "transition", "team",
            "cabinet", "library", "center", "centre", "institute", "white", "estate", "trust", "fund", "doctrine");

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, List<Node>> persons = new HashMap<>();
    private final Map<String, List<Node>> personsWithoutMiddleNames = new HashMap<>();
    private final Map<String, Node> names = new HashMap<>();
    private final Map<String, List<Node>> acronyms = new HashMap<>();
    /** Article-only persons of one word, by the key a place of that name would have. */
    private final Map<String, List<Node>> loneWords = new HashMap<>();
    /** Article-only persons (a surname or a word alone), with the name they were written with. */
    private final Map<Node, PersonName> loneNames = new LinkedHashMap<>();
    private final Map<MentionRef, Node> assigned = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private int articles;

    /** Adds one article's mentions; returns the article's position, as used in {@link MentionRef}. */
    public int add(AnnotatedArticle annotated) {
        if (annotated == null) {
            throw new IllegalArgumentException("article is required");
        }
        int ordinal = articles++;
        String scope = annotated.article().id() != null ? annotated.article().id() : "#" + ordinal;
        List<Local> locals = new ArrayList<>();
        localPersons(annotated.mentions(), annotated.quotes(), locals);
        localOrganizations(annotated, locals);
        localPlaces(annotated.mentions(), locals);
        repairTypes(locals);
        for (Local local : locals) {
            Node node = register(local, scope);
            if (node != null) {
                node.absorb(local, ordinal);
                for (Seen s : local.seen) {
                    assigned.put(new MentionRef(ordinal, s.index), node);
                }
            }
        }
        return ordinal;
    }

    /**
     * The entities known now, in the order they were first mentioned, and every added mention's entity. A
     * surname whose article gives no full name for it joins here the one person known with that surname
     * (see {@link #joinLoneSurnames}); the join stays when more articles are added later.
     */
    public Resolution snapshot() {
        joinLoneSurnames();
        joinPlacesAndOrganisationsOfOneName();
        List<Entity> entities = new ArrayList<>();
        for (Node n : nodes) {
            if (n.mergedInto == null) {
                entities.add(n.toEntity());
            }
        }
        Map<MentionRef, String> byMention = new LinkedHashMap<>();
        assigned.forEach((ref, node) -> byMention.put(ref, root(node).id));
        return new Resolution(entities, byMention);
    }

    /**
     * "Mr Peskarev" in an article that never gives his full name is the one person known with that surname
     * ("Dmitry Peskarev", "Dmitri Peskarev" of other articles), or a romanisation of it when none is spelled
     * alike, with a compatible gender. Among several such persons it joins the one mentioned far more than the
     * others ({@link #dominant}); with two of like weight ("Bill Clinton", "Hillary Clinton") or none it stays
     * the article's own entity, as does a given name alone ("Boris" is not Boris Johnson).
     */
    private void joinLoneSurnames() {
        List<Node> known = new ArrayList<>();
        for (Node n : nodes) {
            if (n.mergedInto == null && n.type == EntityType.PERSON && !n.names.isEmpty()) {
                known.add(n);
            }
        }
        for (Map.Entry<Node, PersonName> lone : loneNames.entrySet()) {
            Node node = lone.getKey();
            if (node.mergedInto != null || node.type != EntityType.PERSON) {
                continue;
            }
            PersonName name = lone.getValue();
            Gender gender = node.gender.value();
            List<Node> candidates = known.stream().filter(n -> n.hasSurname(name, false)
                    && n.nameGender().compatibleWith(gender)).toList();
            if (candidates.isEmpty()) {
                candidates = known.stream().filter(n -> n.hasSurname(name, true)
                        && n.nameGender().compatibleWith(gender)).toList();
            }
            Node chosen = candidates.isEmpty() ? null : candidates.size() == 1 ? candidates.get(0) : dominant(candidates);
            if (chosen != null && FirstNames.genderOf(name.surname()) != Gender.UNKNOWN
                    && chosen.mentionCount() < DOMINANCE) {
                chosen = null; // "George", "Mary": more often someone's first name than a rarely named surname
            }
            if (chosen != null) {
                chosen.absorbNode(node);
            }
        }
    }

    /**
     * The person mentioned at least {@value #DOMINANCE} times as often as every other candidate ("Trump" among
     * Donald Trump and the family members a few articles name), or null when none stands out ("Clinton" among
     * Bill and Hillary Clinton).
     */
    private static Node dominant(List<Node> candidates) {
        List<Node> sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> Integer.compare(b.mentionCount(), a.mentionCount()));
        return sorted.get(0).mentionCount() >= DOMINANCE * sorted.get(1).mentionCount() ? sorted.get(0) : null;
    }

    /**
     * "the Kremlin", "the White House", "Washington": one name the tagger reads as an organisation in one
     * sentence and as a place in another is one entity, of the type most of its mentions had (ties go to the
     * organisation). A person never joins a place or an organisation ("Ford" the company is not Gerald Ford).
     */
    private void joinPlacesAndOrganisationsOfOneName() {
        String orgPrefix = EntityType.ORGANIZATION.exportName() + ":";
        String placePrefix = EntityType.LOCATION.exportName() + ":";
        for (Map.Entry<String, Node> e : new ArrayList<>(names.entrySet())) {
            if (!e.getKey().startsWith(orgPrefix)) {
                continue;
            }
            Node place = names.get(placePrefix + e.getKey().substring(orgPrefix.length()));
            Node org = root(e.getValue());
            if (place == null || root(place) == org || root(place).type != EntityType.LOCATION
                    || org.type != EntityType.ORGANIZATION) {
                continue;
            }
            Node p = root(place);
            if (p.mentionCount() > org.mentionCount()) {
                p.absorbNode(org);
            } else {
                org.absorbNode(p);
            }
        }
    }

    // ---- within one article -------------------------------------------------------------------

    private static void localPersons(List<Mention> mentions, List<Quote> quotes, List<Local> locals) {
        Map<String, Local> fulls = new LinkedHashMap<>();
        List<Integer> singles = new ArrayList<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            PersonName name = PersonName.parse(m.text());
            if (name.display().isEmpty() || name.surnameKey().isEmpty()) {
                continue;
            }
            if (name.full()) {
                Local local = fulls.computeIfAbsent(name.key(), k -> new Local(EntityType.PERSON, k));
                local.addPerson(j, m, name, true);
            } else {
                singles.add(j);
            }
        }
        mergeShortForms(fulls);
        Map<String, Local> alone = new LinkedHashMap<>();
        for (int j : singles) {
            Mention m = mentions.get(j);
            PersonName name = PersonName.parse(m.text());
            Gender gender = genderOf(name, m);
            List<Local> candidates = new ArrayList<>();
            for (Local l : fulls.values()) {
                if (l.hasSurname(name) && l.gender().compatibleWith(gender)) {
                    candidates.add(l);
                }
            }
            if (candidates.isEmpty()) {
                // "Navalny" after "Alexei Navalnyi": another romanisation of the one surname given in full
                for (Local l : fulls.values()) {
                    if (l.hasSurnameVariant(name) && l.gender().compatibleWith(gender)) {
                        candidates.add(l);
                    }
                }
            }
            if (candidates.isEmpty() && isGivenNameInQuote(m, name, quotes)) {
                // "Alexei knew what he was risking," his wife said: the one Alexei (Aleksei) given in full
                for (Local l : fulls.values()) {
                    if (l.hasGivenName(name.surname()) && l.gender().compatibleWith(gender)) {
                        candidates.add(l);
                    }
                }
            }
            if (candidates.size() == 1) {
                candidates.get(0).addPerson(j, m, name, false);
            } else if (candidates.isEmpty()) {
                alone.computeIfAbsent(name.surnameWithSuffix(), k -> new Local(EntityType.PERSON, k).articleOnly())
                        .addPerson(j, m, name, false);
            }
        }
        locals.addAll(fulls.values());
        locals.addAll(alone.values());
    }

    /**
     * True for one word with no honorific, inside a direct quote: how the people quoted name someone they know
     * ("Alexei knew what he was risking"). Outside quotes, writers name adults by their surnames, and a
     * given name alone is someone else ("Kim from Ohio", "Dmitry, a 23-year-old student").
     */
    private static boolean isGivenNameInQuote(Mention m, PersonName name, List<Quote> quotes) {
        if (m.text().strip().contains(" ") || name.gender() != Gender.UNKNOWN) {
            return false;
        }
        Span at = m.span();
        for (Quote q : quotes) {
            Span in = q.span();
            if (q.direct() && in != null && in.paragraph() == at.paragraph() && in.start() <= at.start()
                    && at.end() <= in.end()) {
                return true;
            }
        }
        return false;
    }

    /** Merges a two-word name into the one longer name with the same first name, surname and suffix. */
    private static void mergeShortForms(Map<String, Local> fulls) {
        for (Local shortForm : new ArrayList<>(fulls.values())) {
            PersonName s = shortForm.names.get(0);
            if (s.matchWords().size() != 2 || s.familyFirst()) {
                continue;
            }
            Local into = null;
            int found = 0;
            for (Local longForm : fulls.values()) {
                PersonName l = longForm.names.get(0);
                if (longForm != shortForm && l.matchWords().size() > 2 && l.sameButForMiddleNames(s)) {
                    into = longForm;
                    found++;
                }
            }
            if (found == 1 && into.gender().compatibleWith(shortForm.gender())) {
                into.absorbLocal(shortForm);
                fulls.remove(shortForm.key);
            }
        }
    }

    private static void localOrganizations(AnnotatedArticle annotated, List<Local> locals) {
        List<Mention> mentions = annotated.mentions();
        String outlet = annotated.article().outlet();
        String outletKey = outlet == null ? "" : OrganizationName.key(outlet);
        Map<String, Local> byKey = new LinkedHashMap<>();
        Map<Integer, Local> localOf = new HashMap<>();
        List<Integer> acronymMentions = new ArrayList<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String key = OrganizationName.key(m.text());
            String form = OrganizationName.clean(m.text());
            if (!key.isEmpty() && !key.contains(" ") && outletKey.endsWith(" " + key)) {
                key = outletKey; // "the Post" in the Saren Daily Post's own pages
                form = OrganizationName.clean(outlet);
            } else if (OrganizationName.acronymLike(m.text())) {
                acronymMentions.add(j);
                continue;
            }
            if (key.isEmpty()) {
                continue;
            }
            Local local = byKey.computeIfAbsent(key, k -> new Local(EntityType.ORGANIZATION, k));
            local.add(j, m, form, true);
            localOf.put(j, local);
        }
        for (int j : acronymMentions) {
            Mention m = mentions.get(j);
            String acronym = OrganizationName.acronymKey(m.text());
            Local target = bracketed(annotated, j, localOf);
            if (target == null && (acronym.length() >= 3 || OrganizationName.capitalAcronym(m.text()))) {
                List<Local> candidates = new ArrayList<>();
                for (Local l : byKey.values()) {
                    if (!l.acronymOnly && l.initials.contains(acronym)) {
                        candidates.add(l);
                    }
                }
                target = candidates.size() == 1 ? candidates.get(0) : null;
            }
            if (target == null) {
                target = byKey.computeIfAbsent(acronym, k -> new Local(EntityType.ORGANIZATION, k).acronymOnly());
                if (!target.acronymOnly) {
                    target.acronyms.add(acronym);
                }
            } else {
                target.acronyms.add(acronym);
            }
            target.add(j, m, OrganizationName.clean(m.text()), false);
        }
        locals.addAll(byKey.values());
    }

    /** The organisation an acronym follows in brackets ("World Health Organization (WHO)"), or null. */
    private static Local bracketed(AnnotatedArticle annotated, int j, Map<Integer, Local> localOf) {
        if (j == 0 || !localOf.containsKey(j - 1)) {
            return null;
        }
        Mention prev = annotated.mentions().get(j - 1);
        Mention m = annotated.mentions().get(j);
        List<String> body = annotated.article().body();
        int p = m.span().paragraph();
        if (prev.span().paragraph() != p || p >= body.size() || prev.span().end() > m.span().start()
                || m.span().start() > body.get(p).length()) {
            return null;
        }
        String between = body.get(p).substring(prev.span().end(), m.span().start());
        return OPEN_BRACKET.matcher(between).matches() ? localOf.get(j - 1) : null;
    }

    private static void localPlaces(List<Mention> mentions, List<Local> locals) {
        Map<String, Local> byKey = new LinkedHashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (m.type() != EntityType.LOCATION) {
                continue;
            }
            String key = OrganizationName.key(m.text());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new Local(EntityType.LOCATION, k))
                        .add(j, m, OrganizationName.clean(m.text()), true);
            }
        }
        locals.addAll(byKey.values());
    }

    /**
     * The tagger's type slips within one article: a lone word tagged as a place that is the surname of a person
     * named in full, and tagged as that person elsewhere ("Vennholt" beside "Daria Vennholt" and "Vennholt
     * said"), is that person; a lone word tagged as a person that is also tagged as a place ("Kestria's finance
     * minister" beside "in Kestria") is the place.
     */
    private static void repairTypes(List<Local> locals) {
        List<Local> fullPersons = new ArrayList<>();
        Map<String, Local> places = new HashMap<>();
        for (Local l : locals) {
            if (l.type == EntityType.PERSON && !l.articleOnly) {
                fullPersons.add(l);
            } else if (l.type == EntityType.LOCATION && !l.key.contains(" ")) {
                places.put(l.key, l);
            }
        }
        for (Local place : new ArrayList<>(places.values())) {
            PersonName asName = PersonName.parse(place.seen.get(0).form());
            List<Local> owners = new ArrayList<>();
            for (Local person : fullPersons) {
                // the surname alone must also be tagged as this person somewhere in the article
                boolean alsoAlone = person.seen.stream().anyMatch(x -> !x.full && x.form.equals(asName.display()));
                if (!asName.surnameKey().isEmpty() && person.hasSurname(asName) && alsoAlone) {
                    owners.add(person);
                }
            }
            if (owners.size() == 1) {
                owners.get(0).seen.addAll(place.seen);
                owners.get(0).seen.sort((a, b) -> Integer.compare(a.index, b.index));
                locals.remove(place);
                places.remove(place.key);
            }
        }
        for (Local lone : new ArrayList<>(locals)) {
            Local organisation = organisationStartingWith(lone, locals, fullPersons);
            if (organisation != null) {
                // "Brightline alerted Northway" beside "Brightline IT Services": the company's short name
                for (Seen seen : lone.seen) {
                    organisation.add(seen.index, seen.mention, OrganizationName.clean(seen.mention.text()), false);
                }
                organisation.seen.sort((a, b) -> Integer.compare(a.index, b.index));
                locals.remove(lone);
                continue;
            }
            Local place = lone.type == EntityType.PERSON && lone.articleOnly ? places.get(lone.placeKey()) : null;
            if (place != null) {
                for (Seen seen : lone.seen) {
                    place.add(seen.index, seen.mention, OrganizationName.clean(seen.mention.text()), true);
                }
                place.seen.sort((a, b) -> Integer.compare(a.index, b.index));
                locals.remove(lone);
            }
        }
    }

    /**
     * The one organisation of the article whose name of several words opens with the word a lone person stands
     * for ("Brightline" and "Brightline IT Services"), when nothing says that word is a person's: no honorific or
     * role with it, no given name of that spelling, no person named in full with it, and the organisation is not
     * one named after a person ("Trump Administration", "Clinton Foundation"); else null.
     */
    private static Local organisationStartingWith(Local lone, List<Local> locals, List<Local> fullPersons) {
        if (lone.type != EntityType.PERSON || !lone.articleOnly) {
            return null;
        }
        String word = lone.placeKey();
        if (word.isEmpty() || word.contains(" ") || FirstNames.genderOf(lone.seen.get(0).form()) != Gender.UNKNOWN) {
            return null;
        }
        for (Seen seen : lone.seen) {
            if (seen.mention.role() != null
                    || !PersonName.parse(seen.mention.text()).display().equals(seen.mention.text().strip())) {
                return null;
            }
        }
        for (Local person : fullPersons) {
            if (person.keys.stream().anyMatch(k -> Arrays.asList(k.split("[ |]")).contains(word))) {
                return null;
            }
        }
        Local found = null;
        for (Local l : locals) {
            if (l.type == EntityType.ORGANIZATION && !l.acronymOnly && l.key.startsWith(word + " ")
                    && !NAMED_AFTER_A_PERSON.contains(l.key.substring(word.length() + 1).split(" ")[0])) {
                if (found != null) {
                    return null;
                }
                found = l;
            }
        }
        return found;
    }

    private static Gender genderOf(PersonName name, Mention m) {
        return name.gender() != Gender.UNKNOWN ? name.gender() : RoleWords.gender(m.role());
    }

    // ---- across articles ----------------------------------------------------------------------

    /** The entity a local group joins or opens; null when it must stay unresolved. */
    private Node register(Local local, String scope) {
        String type = local.type.exportName();
        if (local.type == EntityType.PERSON && local.articleOnly) {
            Node place = names.get(EntityType.LOCATION.exportName() + ":" + local.placeKey());
            if (place != null) {
                return root(place); // "Kestria's minister" tagged as a person, where "Kestria" is a known place
            }
            Node lone = names.computeIfAbsent(type + ":" + local.key + "@" + scope,
                    k -> newNode(local.type, k, false));
            loneWords.computeIfAbsent(local.placeKey(), k -> new ArrayList<>()).add(lone);
            loneNames.putIfAbsent(lone, PersonName.parse(local.seen.get(0).form()));
            return lone;
        }
        if (local.type == EntityType.PERSON) {
            return registerPerson(local);
        }
        if (local.type == EntityType.ORGANIZATION && local.acronymOnly) {
            List<Node> expansions = live(acronyms.get(local.key));
            if (expansions.size() == 1) {
                return expansions.get(0);
            }
            if (expansions.size() > 1) {
                return null;
            }
        }
        Node node = root(names.computeIfAbsent(type + ":" + local.key, k -> newNode(local.type, k, local.acronymOnly)));
        if (local.type == EntityType.LOCATION) {
            for (Node lone : live(loneWords.remove(local.key))) {
                if (lone != node && lone.type == EntityType.PERSON) {
                    node.absorbNode(lone); // the lone "person" of earlier articles was this place
                }
            }
        }
        for (String acronym : local.acronyms) {
            List<Node> list = acronyms.computeIfAbsent(acronym, k -> new ArrayList<>());
            if (!list.contains(node)) {
                list.add(node);
            }
            Node bare = names.get(type + ":" + acronym);
            if (bare != null && root(bare) != node && root(bare).acronymOnly && live(list).size() == 1) {
                node.absorbNode(root(bare));
            }
        }
        return node;
    }

    private Node registerPerson(Local local) {
        Node node = null;
        search:
        for (String key : local.keys) {
            for (Node candidate : live(persons.get(key))) {
                if (candidate.acceptsPerson(local)) {
                    node = candidate;
                    break search;
                }
            }
        }
        if (node == null) {
            node = joinButForMiddleNames(local);
        }
        if (node == null) {
            String idKey = "person:" + local.key;
            if (ids.contains(id(idKey))) {
                idKey += ":" + Romanization.light(local.names.get(0).display());
            }
            node = newNode(EntityType.PERSON, idKey, false);
        }
        for (String key : local.keys) {
            List<Node> list = persons.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(node)) {
                list.add(node);
            }
        }
        for (String key : local.keysWithoutMiddleNames) {
            List<Node> list = personsWithoutMiddleNames.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(node)) {
                list.add(node);
            }
        }
        return node;
    }

    /**
     * The one person whose full name differs from the local one only by middle names or initials one of
     * them leaves out ("Donald J. Trump", "Donald Trump"), or null when there is none or more than one
     * ("George Bush" once both "George W. Bush" and "George H. W. Bush" are known).
     */
    private Node joinButForMiddleNames(Local local) {
        for (String key : local.keysWithoutMiddleNames) {
            List<Node> candidates = live(personsWithoutMiddleNames.get(key));
            if (candidates.size() == 1 && candidates.get(0).acceptsButForMiddleNames(local)) {
                return candidates.get(0);
            }
        }
        return null;
    }

    private Node newNode(EntityType type, String idKey, boolean acronymOnly) {
        String id = id(idKey);
        for (int n = 2; ids.contains(id); n++) {
            id = id(idKey + "#" + n);
        }
        ids.add(id);
        Node node = new Node(id, type, acronymOnly);
        nodes.add(node);
        return node;
    }

    private static List<Node> live(List<Node> list) {
        List<Node> out = new ArrayList<>();
        if (list != null) {
            for (Node n : list) {
                Node r = root(n);
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static Node root(Node n) {
        Node r = n;
        while (r.mergedInto != null) {
            r = r.mergedInto;
        }
        return r;
    }

    static String id(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    // ---- values -------------------------------------------------------------------------------

    /** One mention in a local group: its index, the mention, its form without honorific, whether a full form. */
    private record Seen(int index, Mention mention, String form, boolean full) {
    }

    /** What one article says about one entity. */
    private static final class Local {
        final EntityType type;
        final String key;
        final List<Seen> seen = new ArrayList<>();
        final List<PersonName> names = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> keysWithoutMiddleNames = new LinkedHashSet<>();
        final Set<String> surnames = new LinkedHashSet<>();
        final Set<String> initials = new LinkedHashSet<>();
        final Set<String> acronyms = new LinkedHashSet<>();
        final GenderEvidence gender = new GenderEvidence();
        boolean articleOnly;
        boolean acronymOnly;

        Local(EntityType type, String key) {
            this.type = type;
            this.key = key;
        }

        Local articleOnly() {
            articleOnly = true;
            return this;
        }

        Local acronymOnly() {
            acronymOnly = true;
            return this;
        }

        Gender gender() {
            return gender.value();
        }

        /** The key a place written like this group's first form would have ("Kestria" → "kestria"). */
        String placeKey() {
            return OrganizationName.key(seen.get(0).form());
        }

        void add(int index, Mention m, String form, boolean full) {
            seen.add(new Seen(index, m, form, full));
            if (full && type == EntityType.ORGANIZATION && !acronymOnly) {
                initials.addAll(OrganizationName.initials(form));
            }
        }

        void addPerson(int index, Mention m, PersonName name, boolean full) {
            add(index, m, name.display(), full);
            gender.add(genderOf(name, m));
            if (full) {
                keys.add(name.key());
                if (name.keyWithoutMiddleNames() != null) {
                    keysWithoutMiddleNames.add(name.keyWithoutMiddleNames());
                }
                surnames.add(name.surnameWithSuffix());
                if (names.stream().noneMatch(n -> n.display().equals(name.display()))) {
                    names.add(name);
                }
            }
        }

        /**
         * True when a surname alone names this group: "Trump" any Trump of it, "Trump Jr." only a Trump Jr.
         */
        boolean hasSurname(PersonName alone) {
            if (!alone.suffix().isEmpty()) {
                return surnames.contains(alone.surnameWithSuffix());
            }
            String prefix = alone.surnameKey() + "|";
            return surnames.stream().anyMatch(s -> s.startsWith(prefix));
        }

        /** Whether a full name here has this first given name, or a romanisation variant of it ("Alexei", "Aleksei"). */
        boolean hasGivenName(String word) {
            return names.stream().anyMatch(n -> !n.familyFirst() && !n.given().isEmpty()
                    && Romanization.variants(n.given().get(0), word));
        }

        /** Whether a full name here has a surname that is a romanisation variant of this one's, same suffix. */
        boolean hasSurnameVariant(PersonName alone) {
            String suffix = "|" + alone.suffix();
            return surnames.stream().anyMatch(s -> s.endsWith(suffix)
                    && Romanization.variants(s.substring(0, s.length() - suffix.length()), alone.surnameKey()));
        }

        void absorbLocal(Local other) {
            seen.addAll(other.seen);
            seen.sort((a, b) -> Integer.compare(a.index, b.index));
            names.addAll(other.names);
            keys.addAll(other.keys);
            keysWithoutMiddleNames.addAll(other.keysWithoutMiddleNames);
            surnames.addAll(other.surnames);
            gender.add(other.gender);
        }
    }

    /** Gender evidence from honorifics and role words; conflicting evidence counts as none. */
    private static final class GenderEvidence {
        private Gender seen = Gender.UNKNOWN;
        private boolean conflict;

        void add(Gender g) {
            if (g == Gender.UNKNOWN) {
                return;
            }
            if (seen == Gender.UNKNOWN) {
                seen = g;
            } else if (seen != g) {
                conflict = true;
            }
        }

        void add(GenderEvidence other) {
            add(other.seen);
            conflict |= other.conflict;
        }

        Gender value() {
            return conflict ? Gender.UNKNOWN : seen;
        }
    }

    /** One entity of the index, with what all its mentions said. */
    private static final class Node {
        final String id;
        final EntityType type;
        final boolean acronymOnly;
        final Map<String, Integer> fullForms = new LinkedHashMap<>();
        final Map<String, Integer> otherForms = new LinkedHashMap<>();
        /** Each form as written, with where it was first seen (article ordinal, then mention index). */
        final Map<String, Long> aliases = new LinkedHashMap<>();
        final Map<String, String> roles = new LinkedHashMap<>();
        final List<PersonName> names = new ArrayList<>();
        final GenderEvidence gender = new GenderEvidence();
        Node mergedInto;

        Node(String id, EntityType type, boolean acronymOnly) {
            this.id = id;
            this.type = type;
            this.acronymOnly = acronymOnly;
        }

        boolean acceptsPerson(Local local) {
            if (!gender.value().compatibleWith(local.gender())) {
                return false;
            }
            for (PersonName mine : names) {
                for (PersonName theirs : local.names) {
                    if (mine.sameFullName(theirs)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether a full name of this person has the surname written alone (with its generational suffix, if
         * any), spelled alike or, with {@code variant}, a romanisation of it.
         */
        boolean hasSurname(PersonName alone, boolean variant) {
            for (PersonName n : names) {
                if (n.full() && n.suffix().equals(alone.suffix()) && (variant
                        ? Romanization.variants(n.surnameKey(), alone.surnameKey())
                            && !undoubled(n.surnameKey()).equals(undoubled(alone.surnameKey()))
                        : n.surnameKey().equals(alone.surnameKey()))) {
                    return true;
                }
            }
            return false;
        }

        boolean acceptsButForMiddleNames(Local local) {
            if (!gender.value().compatibleWith(local.gender())) {
                return false;
            }
            for (PersonName mine : names) {
                for (PersonName theirs : local.names) {
                    if (!mine.sameButForMiddleNames(theirs)) {
                        return false;
                    }
                }
            }
            return !names.isEmpty();
        }

        void absorb(Local local, int ordinal) {
            for (Seen s : local.seen) {
                (s.full ? fullForms : otherForms).merge(s.form, 1, Integer::sum);
                aliases.merge(s.mention.text().strip(), ((long) ordinal << 32) + s.index, Math::min);
                String role = s.mention.role();
                if (role != null && !role.isBlank()) {
                    roles.putIfAbsent(roleKey(role), role.strip());
                }
            }
            for (PersonName n : local.names) {
                if (names.stream().noneMatch(x -> x.display().equals(n.display()))) {
                    names.add(n);
                }
            }
            gender.add(local.gender);
        }

        /** "Barron" and "Baron": names that differ only by a doubled letter are as often two English names. */
        private static String undoubled(String word) {
            return word.replaceAll("(.)\\1+", "$1");
        }

        /** The gender known for this person, or else the one its first given name is evidence of ("Susan"). */
        Gender nameGender() {
            Gender g = gender.value();
            if (g != Gender.UNKNOWN) {
                return g;
            }
            for (PersonName n : names) {
                if (n.full() && !n.familyFirst()) {
                    return FirstNames.genderOf(n.given().get(0));
                }
            }
            return Gender.UNKNOWN;
        }

        int mentionCount() {
            int n = 0;
            for (int c : fullForms.values()) {
                n += c;
            }
            for (int c : otherForms.values()) {
                n += c;
            }
            return n;
        }

        void absorbNode(Node other) {
            other.fullForms.forEach((k, v) -> fullForms.merge(k, v, Integer::sum));
            other.otherForms.forEach((k, v) -> otherForms.merge(k, v, Integer::sum));
            other.aliases.forEach((form, at) -> aliases.merge(form, at, Math::min));
            other.roles.forEach(roles::putIfAbsent);
            names.addAll(other.names);
            gender.add(other.gender);
            other.mergedInto = this;
        }

        Entity toEntity() {
            String name = mostFrequent(writtenInCase(fullForms.isEmpty() ? otherForms : fullForms));
            if (type != EntityType.ORGANIZATION && isAllCaps(name)) {
                name = titleCase(name); // a dateline's "COLUMBUS" seen nowhere else: "Columbus"
            }
            List<String> forms = aliases.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).toList();
            return new Entity(id, name, type, forms, List.copyOf(roles.values()));
        }

        /** The forms written in mixed case ("London" beside a dateline's "LONDON"), or all when none is. */
        private static Map<String, Integer> writtenInCase(Map<String, Integer> forms) {
            Map<String, Integer> mixed = new LinkedHashMap<>();
            forms.forEach((form, count) -> {
                if (!isAllCaps(form)) {
                    mixed.put(form, count);
                }
            });
            return mixed.isEmpty() ? forms : mixed;
        }

        /** Whether a name has letters and none in lower case, and is not a short acronym ("UK", "USA"). */
        private static boolean isAllCaps(String name) {
            long letters = name.codePoints().filter(Character::isLetter).count();
            return letters > 3 && name.codePoints().noneMatch(Character::isLowerCase);
        }

        /** Each word with a capital and the rest in lower case: "NEW YORK" is "New York", "ST. LOUIS" "St. Louis". */
        private static String titleCase(String name) {
            StringBuilder sb = new StringBuilder();
            for (String word : name.split(" ", -1)) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }

        /** The most frequent form; ties go to the longer, then to the first seen. */
        private static String mostFrequent(Map<String, Integer> forms) {
            String best = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> e : forms.entrySet()) {
                int c = e.getValue();
                if (c > bestCount || (c == bestCount && e.getKey().length() > best.length())) {
                    best = e.getKey();
                    bestCount = c;
                }
            }
            return best == null ? "" : best;
        }

        private static String roleKey(String role) {
            return role.strip().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "");
        }
    }
}

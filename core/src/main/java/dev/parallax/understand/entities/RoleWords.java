package dev.parallax.understand.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that make a phrase a role or title: head nouns ("minister", "spokeswoman", "chief"),
 * abbreviated titles ("Gen.", "Sen."), the modifiers a title is built from ("foreign", "deputy",
 * "army"), and the gender some role words carry. Data only.
 */
public final class RoleWords {
    private RoleWords() {
    }

    /** Nouns that head a role phrase, lower case. */
    static final Set<String> HEADS = words(
            "minister", "president", "vice-president", "president-elect", "premier", "chancellor", "secretary",
            "secretary-general", "director-general", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
            "director", "chairman", "chairwoman", "chair", "leader", "governor", "mayor", "ambassador", "envoy",
            "commander", "general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant", "marshal",
            "officer", "official", "adviser", "advisor", "aide", "prosecutor", "judge", "justice", "lawyer",
            "attorney", "analyst", "economist", "professor", "researcher", "senator", "congressman",
            "congresswoman", "representative", "lawmaker", "legislator", "mp", "mep", "deputy", "king", "queen",
            "prince", "princess", "pope", "archbishop", "bishop", "patriarch", "ceo", "founder", "co-founder",
            "executive", "manager", "editor", "correspondent", "reporter", "journalist", "activist", "campaigner",
            "candidate", "coach", "striker", "speaker", "commissioner", "diplomat", "negotiator", "dissident",
            "critic", "politician", "businessman", "businesswoman", "tycoon", "oligarch", "billionaire", "banker",
            "investor", "scientist", "expert", "doctor", "surgeon", "nurse", "teacher", "student", "witness",
            "resident", "survivor", "emir", "sheikh", "monarch", "dictator", "strongman", "rapper", "singer",
            "actor", "actress", "author", "writer", "novelist", "historian", "owner", "partner", "mogul",
            "whistleblower", "councillor", "councilor", "sheriff", "inspector", "superintendent", "constable",
            "detective", "magistrate", "mediator", "regulator", "auditor", "treasurer", "president", "chairperson",
            "ombudsman", "rabbi", "imam", "cardinal", "priest", "defender", "midfielder", "goalkeeper",
            "player", "manager", "founder", "boss", "administrator", "coordinator", "representative",
            "engineer", "forecaster", "meteorologist", "firefighter", "paramedic", "soldier", "farmer", "pilot",
            "physician", "epidemiologist", "pollster", "strategist", "consultant", "organizer", "organiser",
            "councilmember", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman",
            "assemblywoman", "assemblymember", "supervisor", "selectman", "trustee", "delegate", "comptroller",
            "coroner", "provost", "dean", "pastor");

    /** Abbreviated titles that stand before a name, lower case without the full stop, and the role nouns each stands for. */
    private static final Map<String, Set<String>> ABBREVIATED = Map.ofEntries(
            Map.entry("gen", words("general")), Map.entry("lt", words("lieutenant")),
            Map.entry("col", words("colonel")), Map.entry("maj", words("major")), Map.entry("capt", words("captain")),
            Map.entry("sgt", words("sergeant")), Map.entry("adm", words("admiral")),
            Map.entry("cmdr", words("commander")), Map.entry("sen", words("senator")),
            Map.entry("rep", words("representative", "congressman", "congresswoman")),
            Map.entry("gov", words("governor")), Map.entry("insp", words("inspector")),
            Map.entry("det", words("detective")), Map.entry("supt", words("superintendent")),
            Map.entry("cllr", words("councillor", "councilor")), Map.entry("amb", words("ambassador")),
            Map.entry("pres", words("president")), Map.entry("brig", words("brigadier")),
            Map.entry("rev", words("reverend")), Map.entry("atty", words("attorney")),
            Map.entry("cpl", words("corporal")), Map.entry("pvt", words("private")));

    static final Set<String> ABBREVIATIONS = ABBREVIATED.keySet();

    /** Role nouns a more specific one may be referred back to by ("Sen. Brandt" … "the lawmaker"). */
    private static final Map<String, Set<String>> BROADER = Map.of(
            "senator", words("lawmaker", "legislator"),
            "representative", words("lawmaker", "legislator"),
            "congressman", words("lawmaker", "legislator"),
            "congresswoman", words("lawmaker", "legislator"),
            "mp", words("lawmaker", "legislator"));

    /** Lower-case words a title is built from before its head ("deputy foreign minister", "army chief"). */
    static final Set<String> MODIFIERS = words(
            "foreign", "defence", "defense", "interior", "home", "prime", "deputy", "vice", "former", "chief",
            "army", "military", "government", "state", "senior", "top", "acting", "interim", "finance", "health",
            "justice", "economy", "economic", "education", "energy", "trade", "opposition", "party", "security",
            "intelligence", "police", "press", "communications", "regional", "local", "national", "federal",
            "general", "executive", "assistant", "junior", "shadow", "union", "club", "team", "company",
            "campaign", "presidential", "ministry", "cabinet", "culture", "environment", "transport", "labour",
            "labor", "agriculture", "digital", "treasury", "exiled", "jailed", "late", "veteran", "longtime",
            "long-time", "outgoing", "incoming", "newly", "elected", "appointed", "current", "then", "ex",
            "lead", "managing", "founding", "principal", "special", "navy", "air", "force", "staff", "kremlin",
            "white", "house", "human", "rights", "civil", "war", "city", "county", "district", "crown",
            "public", "prosecutor", "prosecutor's", "court", "supreme", "high", "first", "second", "opposition");

    /** Capitalised words that open a sentence or clause but never a title ("Yesterday", "But", "On"). */
    static final Set<String> NOT_TITLE = words(
            "the", "a", "an", "this", "that", "these", "those", "on", "in", "at", "by", "for", "from", "with",
            "to", "of", "but", "and", "or", "nor", "so", "yet", "when", "while", "after", "before", "since", "as",
            "if", "yesterday", "today", "tomorrow", "tonight", "meanwhile", "however", "also", "then", "earlier",
            "later", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "said", "says", "told", "according", "he", "she", "they", "we", "it", "i",
            "his", "her", "their", "our", "its", "my", "your", "both", "where", "who", "whom", "whose", "which",
            "what", "why", "how", "there", "here", "now", "still", "only", "even", "just", "although", "though",
            "because", "until", "once", "during", "under", "over", "between", "against", "about", "without",
            "including", "like", "unlike", "among", "despite", "through", "into", "onto", "upon", "per", "via",
            "minus", "plus", "all", "some", "many", "most", "few", "several", "every", "each", "no", "not", "is",
            "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
            "may", "might", "must", "did", "do", "does", "met", "meets", "meet", "asked", "thanked", "called",
            "urged", "accused", "criticised", "criticized", "praised", "named", "appointed", "sacked", "fired");

    private static final Set<String> FEMALE = words(
            "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "actress", "queen", "princess",
            "mother", "wife", "daughter", "sister", "widow", "grandmother", "woman", "girl", "first lady",
            "councilwoman", "alderwoman", "assemblywoman");
    private static final Set<String> MALE = words(
            "spokesman", "chairman", "businessman", "congressman", "actor", "king", "prince", "father",
            "husband", "son", "brother", "widower", "grandfather", "man", "boy", "pope", "patriarch",
            "councilman", "alderman", "assemblyman", "selectman");

    /** True for a head noun of a role, in any case ("Minister", "spokeswoman"). */
    public static boolean isHead(String word) {
        return HEADS.contains(bare(word));
    }

    /**
     * Whether a word of a title or role phrase stands for this role noun, so that a definite description headed
     * by the noun can refer back to the person: "Gov." for "governor", "Rep." for "congressman", "senator" for
     * "lawmaker", and the noun itself. Both are compared without case and punctuation.
     */
    public static boolean standsFor(String titleWord, String roleNoun) {
        String w = bare(titleWord);
        String noun = bare(roleNoun);
        if (w.isEmpty() || noun.isEmpty()) {
            return false;
        }
        if (w.equals(noun)) {
            return true;
        }
        for (String full : ABBREVIATED.getOrDefault(w, Set.of())) {
            if (full.equals(noun) || BROADER.getOrDefault(full, Set.of()).contains(noun)) {
                return true;
            }
        }
        return BROADER.getOrDefault(w, Set.of()).contains(noun);
    }

    /** Whether a word is an abbreviated title written before a name, capitalised: "Gen.", "Sen.", "Gov". */
    public static boolean isAbbreviatedTitle(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && ABBREVIATIONS.contains(bare(word));
    }

    /** The gender a role phrase's words carry ("a government spokeswoman" → female), or UNKNOWN. */
    public static Gender gender(String role) {
        if (role == null) {
            return Gender.UNKNOWN;
        }
        Gender found = Gender.UNKNOWN;
        for (String w : role.split("[\\s,]+")) {
            String b = bare(w);
            Gender g = FEMALE.contains(b) ? Gender.FEMALE : MALE.contains(b) ? Gender.MALE : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN) {
                if (found != Gender.UNKNOWN && found != g) {
                    return Gender.UNKNOWN;
                }
                found = g;
            }
        }
        return found;
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** A word in lower case without surrounding punctuation or a possessive ending. */
    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}

package dev.parallax.understand.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Common Korean and Chinese family names, which such names write first ("Kim Jong Un", "Xi Jinping"): a name's
 * first word may be its surname only when it is one of these.
 */
public final class EastAsianNames {
    private static final Set<String> FAMILY_NAMES = Set.of(
            "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "moon",
            "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
            "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "wen", "deng", "jiang", "mao", "bo",
            "hua", "song", "tang", "feng", "cai", "peng", "pan", "yu", "dong", "ye", "su", "lu", "wei", "qin");

    private EastAsianNames() {
    }

    /** Whether a word, in any case, is a common Korean or Chinese family name. */
    public static boolean isFamilyName(String word) {
        return FAMILY_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}

package dev.parallax.understand.time;

/** Brings SUTime's values to TIMEX3 form where they differ ("PTXM" for minutes stays; "TMO" gains its date part). */
final class SuTimeValues {
    private SuTimeValues() {
    }

    static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.matches("T(MO|AF|EV|NI)")) {
            return "XXXX-XX-XX" + value;
        }
        return value;
    }
}

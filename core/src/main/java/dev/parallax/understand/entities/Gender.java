package dev.parallax.understand.entities;

/** What a mention's honorific or role says about a person's gender: evidence, never a guess. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** True unless both are known and differ. */
    public boolean compatibleWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}

package dev.parallax.model;

import java.util.Locale;

/** Kinds of named entity. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER;

    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

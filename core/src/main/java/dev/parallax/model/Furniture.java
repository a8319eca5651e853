package dev.parallax.model;

import java.util.Objects;

/** One piece of page furniture removed from the body, with its kind. */
public record Furniture(FurnitureKind kind, String text) {
    public Furniture {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}

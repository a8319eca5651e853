package dev.parallax.understand.time;

/** Resolves a time expression's text against a reference date. */
public final class TimeResolver {
}

package dev.parallax.clean.text;

/**
 * One step of the plain-text cleaner: reads a draft and returns a draft in which more units are
 * typed. Filters never change their input and never un-type a unit another filter typed.
 */
interface DraftFilter {
    Draft apply(Draft draft);
}

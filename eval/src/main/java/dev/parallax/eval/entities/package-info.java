/**
 * Measured checks of entity mentions and resolution on public data read at run time from
 * {@code ../shared/data} (never copied into the repository).
 */
package dev.parallax.eval.entities;

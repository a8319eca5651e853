/**
 * Outlet names: a maintained data file of known news domains, and lookup of names written in
 * text. Unknown outlets stay unknown, never guessed.
 */
package dev.parallax.clean.outlet;

/** The embedded default archive on SQLite (one file in the data directory, WAL mode, numbered schema scripts). */
package dev.parallax.store.sqlite;

/**
 * The archive interface the pipeline stores into. The core holds no storage code: SQLite (the
 * embedded default) and later PostgreSQL implement {@link dev.parallax.archive.Archive} in the
 * {@code store} module.
 */
package dev.parallax.archive;

package dev.parallax.store.sqlite;

/** A store that cannot be opened, read or written; the message names the file and what to do. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

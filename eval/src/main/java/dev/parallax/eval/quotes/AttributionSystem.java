package dev.parallax.eval.quotes;

import java.util.List;

/** Something that finds attributions in an article's raw text: Parallax, or a reference tool. */
public interface AttributionSystem {
    /** A short name for tables and JSON. */
    String name();

    /** The attributions found in this text, in its own offsets. */
    List<Attribution> attribute(String text);
}

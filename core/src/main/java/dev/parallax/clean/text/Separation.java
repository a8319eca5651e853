package dev.parallax.clean.text;

import dev.parallax.model.Furniture;
import dev.parallax.model.FurnitureKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A typed draft split into the body paragraphs and the furniture, in page order: the header lines
 * first (METADATA), then every typed unit; comment counters the thread parser set aside become OTHER;
 * comment text goes to neither. Consecutive units of a list-like kind ({@link #GROUPED}) are kept
 * together as one piece of furniture, one line each.
 *
 * @param body    the body paragraphs
 * @param removed the furniture
 */
record Separation(List<String> body, List<Furniture> removed) {
    /** Furniture kinds whose consecutive units are kept together as one piece (lists and blocks). */
    static final Set<FurnitureKind> GROUPED = Set.of(FurnitureKind.METADATA, FurnitureKind.SUMMARY,
            FurnitureKind.RELATED, FurnitureKind.EMBED);

    Separation {
        body = List.copyOf(body);
        removed = List.copyOf(removed);
    }

    static Separation of(Header header, Draft draft, CommentThreadParser.Thread thread) {
        List<String> body = new ArrayList<>();
        List<Furniture> removed = new ArrayList<>();
        header.lines().forEach(l -> removed.add(new Furniture(FurnitureKind.METADATA, l)));
        int commentLine = 0;
        FurnitureKind previous = null;
        for (int i = 0; i < draft.size(); i++) {
            String text = draft.text(i);
            FurnitureKind kind = draft.kind(i).orElse(null);
            if (kind == null && draft.inComments(i)) {
                kind = thread.otherLines().contains(commentLine++) ? FurnitureKind.OTHER : null;
                if (kind == null) {
                    previous = null;
                    continue;
                }
            }
            if (kind == null) {
                body.add(text);
            } else if (kind == previous && GROUPED.contains(kind)) {
                Furniture last = removed.remove(removed.size() - 1);
                removed.add(new Furniture(kind, last.text() + "\n" + text));
            } else {
                removed.add(new Furniture(kind, text));
            }
            previous = kind;
        }
        return new Separation(body, removed);
    }
}

package dev.parallax.clean.text;

import dev.parallax.model.FurnitureKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Types every open unit that one of the given {@link LineRule}s matches (first match wins). */
final class LineRuleFilter implements DraftFilter {
    private final List<LineRule> rules;

    LineRuleFilter(List<LineRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    @Override
    public Draft apply(Draft draft) {
        Draft out = draft;
        for (int i = 0; i < draft.size(); i++) {
            if (draft.open(i)) {
                Optional<FurnitureKind> kind = FurnitureRules.kindOf(rules, draft.text(i));
                if (kind.isPresent()) {
                    out = out.mark(i, kind.get());
                }
            }
        }
        return out;
    }
}

package dev.parallax.cli;

import dev.parallax.understand.nlp.NlpOptions;

/** The {@code --nlp} choice of the evaluation and benchmark commands: which analyzer preset Parallax runs. */
enum NlpPreset {
    /** {@link NlpOptions#FAST}: one entity model, no SUTime (times by Parallax's rules alone); the product's default. */
    fast(NlpOptions.FAST),
    /** {@link NlpOptions#ENTITIES}: CoreNLP's three entity models. */
    full(NlpOptions.ENTITIES);

    final NlpOptions options;

    NlpPreset(NlpOptions options) {
        this.options = options;
    }
}

package dev.parallax.cli;

import picocli.CommandLine.Option;

/** The {@code --nlp PRESET} option shared by the commands that run Parallax's analyzer on a benchmark. */
final class NlpPresetOption {
    @Option(names = "--nlp", paramLabel = "PRESET", defaultValue = "fast",
            description = "Parallax's analyzer preset: fast or full (default: ${DEFAULT-VALUE}).")
    NlpPreset preset = NlpPreset.fast;
}

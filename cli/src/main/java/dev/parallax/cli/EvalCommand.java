package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval}: quality against public benchmarks in ../shared/data. One subcommand per task. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on the public benchmarks in ../shared/data (or --data-dir).",
        subcommands = {EvalExtractionCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: speed and memory benchmarks. One subcommand per stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory of a stage on this machine.",
        subcommands = {BenchExtractionCommand.class, BenchClusteringCommand.class, BenchNlpCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

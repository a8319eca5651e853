package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: one subcommand class per verb. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = Parallax.Version.class,
        description = "News-story intelligence: clean articles, who said what, stories and coverage.",
        subcommands = {
                AnalyzeCommand.class,
                IngestCommand.class,
                ReclusterCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  everything read was used",
                "  1  some inputs could not be used (each is reported on standard error); the rest were processed",
                "  2  wrong usage (unknown option, missing argument)",
                "  3  nothing could be done: no usable input at all, or the store or output cannot be opened"
        })
public final class Parallax implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_FATAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests in-process). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Parallax());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("parallax: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("PARALLAX_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return EXIT_FATAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Parallax.class.getPackage().getImplementationVersion();
            return new String[]{"parallax " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}

package dev.parallax.cli;

import picocli.CommandLine.Option;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --data-dir DIR} option of the evaluation and benchmark commands: where the public
 * benchmark data lives. Without it, {@code ../shared/data} is looked for relative to the working
 * directory, then beside the repository the command runs from (and beside that directory's parents).
 */
final class SharedDataOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the public benchmark data (default: ../shared/data, relative to the "
                    + "working directory or to the Parallax repository).")
    Path dir;

    /** The benchmark folder {@code name} under the data directory, if present. */
    Optional<Path> find(String name) {
        return rootHolding(name).map(root -> root.resolve(name).normalize());
    }

    /** The first data directory (of {@link #roots()}) in which {@code relative} is a folder. */
    Optional<Path> rootHolding(String relative) {
        return roots().stream().filter(root -> Files.isDirectory(root.resolve(relative))).findFirst();
    }

    /** The one-line error for a missing benchmark folder, naming where it was looked for. */
    String missing(String name) {
        List<String> tried = new ArrayList<>();
        for (Path candidate : roots()) {
            tried.add(candidate.resolve(name).toAbsolutePath().normalize().toString());
        }
        return "benchmark data not found: expected the folder " + name + " at " + String.join(" or ", tried)
                + "; pass --data-dir DIR for the folder that holds it";
    }

    /** Where the data is looked for: {@code --data-dir} when given, else {@link #defaultRoots()}. */
    List<Path> roots() {
        return dir != null ? List.of(dir) : defaultRoots();
    }

    /** {@code ../shared/data} from the working directory, then beside the repository and its parents. */
    static List<Path> defaultRoots() {
        Set<Path> out = new LinkedHashSet<>();
        out.add(Path.of("..", "shared", "data").toAbsolutePath().normalize());
        repositoryRoot().ifPresent(root -> {
            Path p = root;
            for (int i = 0; i < 3 && p != null && p.getParent() != null; i++, p = p.getParent()) {
                out.add(p.getParent().resolve("shared").resolve("data"));
            }
        });
        return List.copyOf(out);
    }

    /** The repository the classes were loaded from: the nearest parent with a {@code pom.xml} and the {@code parallax} script. */
    static Optional<Path> repositoryRoot() {
        CodeSource source = SharedDataOption.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty(); // not loaded from a file: no repository to look beside
        }
        for (Path p = location.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("parallax"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

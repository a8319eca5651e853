package dev.parallax.cli;

import dev.parallax.eval.extraction.ExtractorProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Other tools' extractors (boilerpipe, Readability4J) for comparisons, from the repository's
 * {@code bench} module: its {@code target/classes} and {@code target/lib} are loaded in a class loader
 * of their own, child of the CLI's, so their libraries (xerces, nekohtml, kotlin) are never on the class
 * path of the other commands. Close it when done.
 */
final class OtherExtractors implements AutoCloseable {
    /** How to build them, for messages. */
    static final String BUILD_HINT = "mvn -q -pl bench -am package -DskipTests";

    private final URLClassLoader loader;
    private final List<ExtractorProvider> providers;

    private OtherExtractors(URLClassLoader loader) {
        this.loader = loader;
        List<ExtractorProvider> found = new ArrayList<>();
        if (loader != null) {
            ServiceLoader.load(ExtractorProvider.class, loader).forEach(found::add);
        }
        this.providers = List.copyOf(found);
    }

    /** The built bench module's extractors; none when it is not built. */
    static OtherExtractors load() {
        return new OtherExtractors(classLoader());
    }

    List<ExtractorProvider> providers() {
        return providers;
    }

    @Override
    public void close() {
        if (loader == null) {
            return;
        }
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the bench class loader: " + e.getMessage(), e);
        }
    }

    private static URLClassLoader classLoader() {
        Optional<Path> root = SharedDataOption.repositoryRoot();
        if (root.isEmpty()) {
            return null;
        }
        Path target = root.get().resolve("bench").resolve("target");
        Path classes = target.resolve("classes");
        Path lib = target.resolve("lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            return null;
        }
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
                for (Path jar : jars) {
                    urls.add(jar.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad class path entry under " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + lib + ": " + e.getMessage(), e);
        }
        return new URLClassLoader("parallax-bench", urls.toArray(URL[]::new), OtherExtractors.class.getClassLoader());
    }
}

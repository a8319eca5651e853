package dev.parallax.clean.text;

import dev.parallax.model.Article;
import dev.parallax.model.DocumentHints;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the cleaner over every bundled sample ({@code samples/story/*.txt} at the repository root). */
class PlainTextCleanerSamplesTest {

    @Test
    void noFurnitureLineOfAnySampleAppearsInItsBody() throws IOException {
        Map<String, List<String>> furniture = furnitureBySample();
        List<Path> samples = samples();
        assertEquals(furniture.keySet().stream().sorted().toList(),
                samples.stream().map(p -> p.getFileName().toString()).sorted().toList(),
                "every sample has its furniture written out in samples-furniture.txt");
        for (Path sample : samples) {
            Article a = Fixtures.cleanText(Files.readString(sample, StandardCharsets.UTF_8), DocumentHints.NONE);
            String name = sample.getFileName().toString();
            assertTrue(a.body().size() >= 8, name + ": body too short: " + a.body().size());
            for (String line : furniture.get(name)) {
                for (String paragraph : a.body()) {
                    assertFalse(paragraph.contains(line), name + ": furniture in body: " + line);
                }
            }
        }
    }

    @Test
    void everySampleHasATitleADateAndAnOutlet() throws IOException {
        for (Path sample : samples()) {
            Article a = Fixtures.cleanText(Files.readString(sample, StandardCharsets.UTF_8), DocumentHints.NONE);
            String name = sample.getFileName().toString();
            assertNotNull(a.title(), name);
            assertNotNull(a.published(), name);
            assertNotNull(a.outlet(), name);
        }
    }

    @Test
    void syndicatedCopyKeepsTheOriginalsBody() throws IOException {
        Path dir = samplesDir();
        Article original = Fixtures.cleanText(Files.readString(dir.resolve("meridian-wire.txt")), DocumentHints.NONE);
        Article copy = Fixtures.cleanText(Files.readString(dir.resolve("valley-evening-star.txt")), DocumentHints.NONE);
        assertEquals(original.body(), copy.body());
        assertEquals("Meridian Wire", original.outlet());
        assertEquals("Valley Evening Star", copy.outlet());
        assertEquals(4, copy.comments().size());
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(samplesDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path samplesDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("samples");
            if (Files.isRegularFile(samples.resolve("README.md"))) {
                return samples.resolve("story");
            }
        }
        throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, List<String>> furnitureBySample() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Fixtures.read("samples-furniture.txt").split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = new ArrayList<>();
                map.put(t.substring(1, t.length() - 1), current);
            } else if (current != null) {
                current.add(t);
            }
        }
        return map;
    }
}

package dev.parallax.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads one PolNeAR split ({@code data/<split>/text/*.txt} and {@code data/<split>/attributions/*.ann}).
 * An article annotated by several people has one {@code <name>_<annotator>.ann} each: the first file by name
 * (lowest annotator id) is read, so the choice is deterministic. T lines typed Source, Cue and Content
 * (offsets in code points, pieces separated by ';') are linked by E lines into attributions; Discard and
 * Discuss spans are ignored. Offsets are converted to UTF-16 indices of the text.
 */
public final class PolnearReader {
    private PolnearReader() {
    }

    /** The articles of a split, sorted by name, each with its first annotator's attributions. */
    public static List<PolnearArticle> read(Path polnearDir, String split) {
        return readAllAnnotators(polnearDir, split).stream()
                .map(a -> new PolnearArticle(a.name(), a.annotators().get(0), a.text(), a.byAnnotator().get(0)))
                .toList();
    }

    /**
     * The articles of a split, sorted by name, with every annotator's attributions, annotators in the order of
     * their file names (so the first is the one {@link #read} takes as gold).
     */
    public static List<MultiplyAnnotated> readAllAnnotators(Path polnearDir, String split) {
        Path texts = polnearDir.resolve("data").resolve(split).resolve("text");
        Path anns = polnearDir.resolve("data").resolve(split).resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException("no PolNeAR split '" + split + "' under " + polnearDir);
        }
        Map<String, List<Path>> byArticle = new HashMap<>();
        try (Stream<Path> files = Files.list(anns)) {
            files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().forEach(f -> {
                String n = f.getFileName().toString();
                byArticle.computeIfAbsent(n.substring(0, n.lastIndexOf('_')), k -> new ArrayList<>()).add(f);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MultiplyAnnotated> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path t : files.sorted().toList()) {
                String n = t.getFileName().toString();
                if (!n.endsWith(".txt")) {
                    continue;
                }
                String base = n.substring(0, n.length() - 4);
                List<Path> annFiles = byArticle.get(base);
                if (annFiles == null) {
                    continue;
                }
                String text = Files.readString(t, StandardCharsets.UTF_8);
                List<String> annotators = new ArrayList<>();
                List<List<Attribution>> attributions = new ArrayList<>();
                for (Path ann : annFiles) {
                    String an = ann.getFileName().toString();
                    annotators.add(an.substring(an.lastIndexOf('_') + 1, an.length() - 4));
                    attributions.add(parse(text, Files.readAllLines(ann, StandardCharsets.UTF_8)));
                }
                out.add(new MultiplyAnnotated(base, text, annotators, attributions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * One article with the attributions of each annotator who annotated it.
     *
     * @param annotators  annotator ids, in the order of their file names
     * @param byAnnotator each annotator's attributions, in the same order
     */
    public record MultiplyAnnotated(String name, String text, List<String> annotators,
                                    List<List<Attribution>> byAnnotator) {
        public MultiplyAnnotated {
            annotators = List.copyOf(annotators);
            byAnnotator = byAnnotator.stream().map(List::copyOf).toList();
        }
    }

    static List<Attribution> parse(String text, List<String> lines) {
        int[] toUtf16 = codePointIndex(text);
        Map<String, String> types = new HashMap<>();
        Map<String, List<int[]>> spans = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("T")) {
                continue;
            }
            int space = f[1].indexOf(' ');
            if (space < 0) {
                continue;
            }
            List<int[]> pieces = new ArrayList<>();
            for (String piece : f[1].substring(space + 1).split(";")) {
                String[] ab = piece.trim().split("\\s+");
                int a = Integer.parseInt(ab[0]);
                int b = Integer.parseInt(ab[1]);
                pieces.add(new int[] {utf16(toUtf16, a), utf16(toUtf16, b)});
            }
            types.put(f[0], f[1].substring(0, space));
            spans.put(f[0], pieces);
        }
        List<Attribution> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("E")) {
                continue;
            }
            List<int[]> content = new ArrayList<>();
            List<int[]> source = new ArrayList<>();
            List<int[]> cue = new ArrayList<>();
            for (String kv : f[1].trim().split("\\s+")) {
                int colon = kv.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = kv.substring(0, colon);
                List<int[]> s = spans.get(kv.substring(colon + 1));
                if (s == null) {
                    continue;
                }
                if (role.startsWith("Content")) {
                    content.addAll(s);
                } else if (role.startsWith("Source")) {
                    source.addAll(s);
                } else if (role.startsWith("Cue")) {
                    cue.addAll(s);
                }
            }
            if (!content.isEmpty()) {
                out.add(new Attribution(new CharSpans(text, content),
                        source.isEmpty() ? null : new CharSpans(text, source), null,
                        cue.isEmpty() ? null : new CharSpans(text, cue).covered()));
            }
        }
        return out;
    }

    private static int[] codePointIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            index[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        index[cp] = text.length();
        return index;
    }

    private static int utf16(int[] index, int codePoint) {
        return index[Math.min(Math.max(codePoint, 0), index.length - 1)];
    }
}

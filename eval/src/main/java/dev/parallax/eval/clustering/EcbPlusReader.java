package dev.parallax.eval.clustering;

import dev.parallax.group.ArticleFeatures;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads ECB+ ({@code ECB+/<topic>/<topic>_<n>ecb.xml | ecbplus.xml}, CROMER XML): the tokens of each
 * sentence are joined with spaces; the first sentence that is not a URL is the headline, the rest the
 * body (one paragraph per sentence). The gold event is topic × {ecb, ecbplus} (each topic has two
 * seminal events). ECB documents carry no date and ECB+ documents only sometimes write one in the text,
 * so all documents are read undated (dating only one half would leak the gold split).
 */
public final class EcbPlusReader {
    /** The test topics of the ECB+ split used in the literature. */
    public static final Set<Integer> TEST_TOPICS = Set.of(36, 37, 38, 39, 40, 41, 42, 43, 44, 45);

    /** The corpus tokenises "4.6" as "4 . 6"; joined back so the number reads as written. */
    private static final Pattern SPLIT_NUMBER = Pattern.compile("(\\d) \\. (\\d)");
    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

    private EcbPlusReader() {
    }

    /** Reads the test topics ({@code test} true) or the other (tuning) topics from the ECB+ directory. */
    public static ClusteringDataset read(Path ecbPlusDir, boolean test) throws IOException {
        Path root = ecbPlusDir.resolve("ECB+");
        if (!Files.isDirectory(root)) {
            throw new IOException("no ECB+ directory at " + root);
        }
        TreeMap<String, Path> files = new TreeMap<>((a, b) -> compareNames(a, b));
        try (Stream<Path> walk = Files.walk(root, 2)) {
            walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).forEach(p ->
                    files.put(p.getFileName().toString(), p));
        }
        List<GoldArticle> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files.values()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            int topic = Integer.parseInt(m.group(1));
            if (TEST_TOPICS.contains(topic) != test) {
                continue;
            }
            try {
                List<String> sentences = sentences(file);
                int first = 0;
                while (first < sentences.size() && looksLikeUrl(sentences.get(first))) {
                    first++;
                }
                if (first >= sentences.size()) {
                    skipped.add(file + ": no text");
                    continue;
                }
                String id = file.getFileName().toString().replace(".xml", "");
                ArticleFeatures f = new ArticleFeatures(id, null, false, sentences.get(first),
                        sentences.subList(first + 1, sentences.size()), List.of());
                out.add(new GoldArticle(f, topic + "_" + m.group(3)));
            } catch (XMLStreamException e) {
                skipped.add(file + ": " + e.getMessage());
            }
        }
        return new ClusteringDataset("ecbplus " + (test ? "test topics 36-45" : "tuning topics 1-35"), out,
                skipped);
    }

    private static int compareNames(String a, String b) {
        Matcher ma = FILE.matcher(a);
        Matcher mb = FILE.matcher(b);
        if (ma.matches() && mb.matches()) {
            int c = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
            if (c != 0) {
                return c;
            }
            return ma.group(3).compareTo(mb.group(3));
        }
        return a.compareTo(b);
    }

    private static boolean looksLikeUrl(String sentence) {
        String s = sentence.replace(" ", "");
        return s.startsWith("http") || s.startsWith("www.");
    }

    private static List<String> sentences(Path file) throws IOException, XMLStreamException {
        TreeMap<Integer, StringBuilder> bySentence = new TreeMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                    String s = r.getAttributeValue(null, "sentence");
                    String text = r.getElementText().trim();
                    if (s == null || text.isEmpty()) {
                        continue;
                    }
                    StringBuilder b = bySentence.computeIfAbsent(Integer.parseInt(s), k -> new StringBuilder());
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(text);
                }
            }
            r.close();
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder b : bySentence.values()) {
            out.add(SPLIT_NUMBER.matcher(b).replaceAll("$1.$2"));
        }
        return out;
    }
}

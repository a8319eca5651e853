package dev.parallax.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Loads the hand-written article fixtures in src/test/resources/group: header lines, a blank line, paragraphs. */
final class GroupFixtures {
    private GroupFixtures() {
    }

    static ArticleFeatures load(String name) {
        String text;
        try (InputStream in = GroupFixtures.class.getResourceAsStream("/group/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] blocks = text.split("\\n\\s*\\n");
        String id = null;
        String title = null;
        LocalDate date = null;
        for (String line : blocks[0].split("\\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "id" -> id = value;
                case "title" -> title = value;
                case "date" -> date = LocalDate.parse(value);
                default -> throw new IllegalArgumentException("unknown header " + key);
            }
        }
        List<String> body = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            body.add(blocks[i].replace('\n', ' ').trim());
        }
        return new ArticleFeatures(id, date, false, title, body, List.of());
    }

    static List<ArticleFeatures> load(String... names) {
        List<ArticleFeatures> out = new ArrayList<>();
        for (String n : names) {
            out.add(load(n));
        }
        return out;
    }
}

package dev.parallax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Articles written for the CLI tests: small, invented, messy like copied pages. */
final class Fixtures {
    private Fixtures() {
    }

    static final String COURIER = """
            date 2024-05-03
            url https://www.vesterholm-courier.test/news/2024/05/03/bridge-closed
            outlet Vesterholm Courier

            Harbour bridge closed to lorries after engineers find corrosion

            The regional council of Vesterholm voted on Thursday to close the old harbour bridge to lorries after \
            engineers found corrosion in two of its main supports, a decision that will send heavy traffic on a \
            detour of almost twenty kilometres through the villages to the north.

            Council leader Mirela Dastan said the vote had not been easy. "Nobody wants trucks rolling past the \
            school gates, but nobody wants a bridge in the river either," she told reporters outside the chamber.

            Hauliers reacted angrily. A spokesman for the regional transport association called the closure \
            rushed and said members had been given less than a week of notice before the barriers went up.
            """;

    static final String POST = """
            date 2024-05-04
            outlet Northern Post

            Lorries diverted as Vesterholm shuts ageing bridge

            Freight traffic was diverted through three villages on Friday, a day after the Vesterholm council \
            closed the harbour bridge to heavy vehicles over safety fears raised by an engineering survey.

            "We had no choice," council leader Mirela Dastan said. Repairs are expected to last until spring, \
            and the council says it will publish the engineers' report in full next week.
            """;

    /** Writes {@code count} distinct invented articles as text files into {@code dir}. */
    static void writeManyArticles(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        String[] words = ("council bridge harbour lorry village engineer report vote mayor transport road river "
                + "school spring repair closure detour freight police junction traffic association court budget "
                + "minister ferry port storm crew cooperative warning coast fishing boat market price winter").split(" ");
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("date 2024-05-03\n\nStory number " + i + " about the region\n\n");
            for (int p = 0; p < 3; p++) {
                for (int w = 0; w < 40; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w == 39 ? ".\n\n" : " ");
                }
            }
            Files.writeString(dir.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }
}

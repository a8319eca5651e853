package dev.parallax.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.parallax.model.ContentType;
import dev.parallax.model.DocumentHints;
import dev.parallax.model.Problem;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.SourceDocument;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An RSS (0.9x, 1.0/RDF, 2.0) or Atom feed, read with ROME: one document per item, located as
 * {@code path#item-N} (1-based). An item's full content ({@code content:encoded}, Atom
 * {@code content}) becomes an {@link ContentType#HTML} document; without it the description or
 * summary is used, as HTML if it has tags, else as {@link ContentType#TEXT}. Hints: the item's
 * link, title, authors ({@code author}, {@code dc:creator}), publication date with the offset as
 * written ({@code pubDate}, {@code published}, {@code dc:date}, else {@code updated}) and the
 * feed's or item's language; the outlet is left to the cleaner. A feed that does not parse is one
 * {@code malformed} problem; an item with nothing to read is an {@code empty} problem; the other
 * items go on. The whole feed counts as one document against the size limit. Thread-safe.
 */
final class FeedReader implements FormatReader {
    private static final Pattern TAG = Pattern.compile("<[A-Za-z!/][^>]*>");
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified", "lastBuildDate");

    private final IngestOptions options;

    FeedReader(IngestOptions options) {
        this.options = options;
    }

    @Override
    public InputFormat format() {
        return InputFormat.FEED;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        byte[] bytes = Inputs.readAtMost(in, options.maxDocumentBytes());
        if (bytes == null) {
            sink.problem(new Problem(source, "too-large", Inputs.overLimit("the feed", options.maxDocumentBytes())));
            return;
        }
        Document xml;
        SyndFeed feed;
        try (Reader reader = new XmlFixerReader(new XmlReader(new ByteArrayInputStream(bytes), true))) {
            xml = new FeedParser().builder().build(reader);
            feed = new SyndFeedInput().build(xml);
        } catch (JDOMException | FeedException | IllegalArgumentException | IOException e) {
            sink.problem(new Problem(source, "malformed", "feed does not parse: " + Inputs.oneLine(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(new Problem(source, "empty", "feed has no items"));
            return;
        }
        List<Element> items = itemElements(xml.getRootElement());
        String feedLanguage = HintValues.language(feed.getLanguage() != null ? feed.getLanguage()
                : xml.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE));
        for (int i = 0; i < entries.size(); i++) {
            String locator = source + "#item-" + (i + 1);
            Element element = items.size() == entries.size() ? items.get(i) : null;
            SourceDocument document;
            try {
                document = document(locator, entries.get(i), element, feedLanguage);
            } catch (RuntimeException e) {
                sink.problem(new Problem(locator, "malformed", "unreadable feed item: " + Inputs.oneLine(e)));
                continue;
            }
            if (document == null) {
                sink.problem(new Problem(locator, "empty", "feed item has no content or description"));
            } else {
                sink.accept(document);
            }
        }
    }

    private static SourceDocument document(String locator, SyndEntry entry, Element element, String feedLanguage) {
        SyndContent full = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank())
                .max(java.util.Comparator.comparingInt(c -> c.getValue().length()))
                .orElse(null);
        SyndContent body = full != null ? full : entry.getDescription();
        if (body == null || body.getValue() == null || body.getValue().isBlank()) {
            return null;
        }
        String value = body.getValue().strip();
        boolean plainType = body.getType() != null && body.getType().toLowerCase(Locale.ROOT).equals("text");
        ContentType type = !plainType && (full != null || TAG.matcher(value).find()) ? ContentType.HTML : ContentType.TEXT;
        DocumentHints hints = new DocumentHints(link(entry), title(entry), authors(entry),
                published(entry, element).orElse(null), null, language(entry, element, feedLanguage));
        return new SourceDocument(locator, type, value, hints);
    }

    private static String link(SyndEntry entry) {
        String link = HintValues.text(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)https?://.+")) {
            link = entry.getUri().trim();
        }
        return link;
    }

    private static String title(SyndEntry entry) {
        String title = HintValues.text(entry.getTitle());
        if (title != null && (title.indexOf('<') >= 0 || title.indexOf('&') >= 0)) {
            title = HintValues.text(Jsoup.parse(title).text());
        }
        return title;
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            add(names, person.getName() != null ? person.getName() : person.getEmail());
        }
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            dc.getCreators().forEach(creator -> add(names, creator));
        }
        if (names.isEmpty()) {
            add(names, entry.getAuthor());
        }
        return new ArrayList<>(names);
    }

    private static void add(Set<String> names, String raw) {
        String name = HintValues.author(raw);
        if (name != null) {
            names.add(name);
        }
    }

    private static String language(SyndEntry entry, Element element, String feedLanguage) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        String own = dc == null ? null : HintValues.language(dc.getLanguage());
        if (own == null && element != null) {
            own = HintValues.language(element.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        }
        return own != null ? own : feedLanguage;
    }

    /** The date as written in the item (keeping its offset); ROME's parsed instant (UTC) otherwise. */
    private static Optional<PublicationDate> published(SyndEntry entry, Element element) {
        if (element != null) {
            for (List<String> names : List.of(PUBLISHED, UPDATED)) {
                for (Element child : element.getChildren()) {
                    if (names.contains(child.getName())) {
                        Optional<PublicationDate> date = HintValues.date(child.getTextNormalize());
                        if (date.isPresent()) {
                            return date;
                        }
                    }
                }
            }
        }
        java.util.Date parsed = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(parsed).map(HintValues::utc);
    }

    /** The item or entry elements in document order, as ROME reads them. */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        String wanted = root.getName().equals("feed") ? "entry" : "item";
        for (Element child : root.getChildren()) {
            if (child.getName().equals(wanted)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                for (Element grandchild : child.getChildren()) {
                    if (grandchild.getName().equals(wanted)) {
                        items.add(grandchild);
                    }
                }
            }
        }
        return items;
    }

    /**
     * ROME's hardened XML parser (no external entities or DTDs), with doctypes allowed: RSS 0.91
     * feeds carry one, and nothing external is fetched for it.
     */
    private static final class FeedParser extends WireFeedInput {
        FeedParser() {
            setAllowDoctypes(true);
        }

        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }
}

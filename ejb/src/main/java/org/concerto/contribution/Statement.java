package org.concerto.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * A written statement as rich text, sanitised on the server against an allow-list (OWASP Java HTML
 * Sanitizer): paragraphs, emphasis, lists, headings, quotations and http(s)/mailto links, nothing else.
 * Whatever the browser's editor sent, only this reaches the database and other people's screens.
 */
public final class Statement {

    public static final int MAX_LENGTH = 20_000;

    private static final Set<String> BLOCKS = Set.of("p", "li", "h2", "h3", "h4", "blockquote", "br", "ul", "ol");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "ul",
                    "ol",
                    "li",
                    "h2",
                    "h3",
                    "h4",
                    "blockquote",
                    "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final Statement NONE = new Statement(null);

    private final String html;

    private Statement(String html) {
        this.html = html;
    }

    /** The statement as typed, sanitised; empty when nothing readable is left. */
    public static Statement of(String submittedHtml) {
        if (submittedHtml == null || submittedHtml.isBlank()) {
            return NONE;
        }
        String clean = POLICY.sanitize(submittedHtml);
        if (paragraphs(clean).isEmpty()) {
            return NONE;
        }
        if (clean.length() > MAX_LENGTH) {
            throw new BusinessException("error.tooLong", new FieldName("statement"), MAX_LENGTH);
        }
        return new Statement(clean);
    }

    /** A statement already sanitised when it was stored. */
    static Statement stored(String html) {
        return html == null ? NONE : new Statement(html);
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html == null;
    }

    /** The text by paragraph (list items start with "• "), for PDFs and plain-text mails. */
    public List<String> paragraphs() {
        return html == null ? List.of() : paragraphs(html);
    }

    static List<String> paragraphs(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        HtmlStreamEventReceiver receiver = new HtmlStreamEventReceiver() {
            @Override
            public void openDocument() {
                // nothing before the first element
            }

            @Override
            public void closeDocument() {
                flush();
            }

            @Override
            public void openTag(String element, List<String> attributes) {
                if (BLOCKS.contains(element)) {
                    flush();
                }
                if ("li".equals(element)) {
                    current.append("• ");
                }
            }

            @Override
            public void closeTag(String element) {
                if (BLOCKS.contains(element)) {
                    flush();
                }
            }

            @Override
            public void text(String text) {
                current.append(text);
            }

            private void flush() {
                String paragraph = current.toString().replaceAll("\\s+", " ").strip();
                if (!paragraph.isEmpty() && !"•".equals(paragraph)) {
                    paragraphs.add(paragraph);
                }
                current.setLength(0);
            }
        };
        HtmlSanitizer.sanitize(html, POLICY.apply(receiver));
        return paragraphs;
    }
}

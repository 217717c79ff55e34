package org.concerto.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page does wrong for people who use a screen reader, a keyboard or a small screen: the WCAG 2.1 A and
 * AA rules of axe-core (the engine behind most RGAA audit tools), and sideways scrolling at 390 px. Each finding
 * is one readable line: the page, the rule, its impact and the elements concerned.
 */
final class Accessibility {

    /** WCAG 2.0 and 2.1, levels A and AA: the level RGAA 4.1 requires. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A phone held upright (the width RGAA tests are made at, with 320 px CSS at 400 % zoom beside). */
    static final Dimension PHONE = new Dimension(390, 844);

    static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Null when the page fits the window, else its width and the outermost elements that stick out on the right
     * (those inside a block that scrolls sideways on its own, such as a wide table's wrapper, are allowed).
     */
    private static final String SIDEWAYS = String.join(
            "\n",
            "var d = document.documentElement, w = d.clientWidth;",
            "if (d.scrollWidth <= w + 1) { return null; }",
            "var out = [];",
            "document.querySelectorAll('body *').forEach(function (e) {",
            "  if (out.length >= 4 || e.getBoundingClientRect().right <= w + 1) { return; }",
            "  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {",
            "    var o = getComputedStyle(p).overflowX;",
            "    if (o === 'auto' || o === 'scroll' || o === 'hidden' || p.getBoundingClientRect().right > w + 1) { return; }",
            "  }",
            "  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined",
            "      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + ' px');",
            "});",
            "return d.scrollWidth + ' px wide: ' + out.join(', ');");

    private Accessibility() {}

    /** The WCAG 2.1 A/AA violations on the page as it is now (dialogs open, rows expanded...). */
    static List<String> violations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add(page + ": axe-core could not run: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " -> "
                    + rule.getNodes().stream()
                            .map(Accessibility::target)
                            .limit(5)
                            .collect(Collectors.joining(", "))
                    + (rule.getNodes().size() > 5 ? " and " + (rule.getNodes().size() - 5) + " more" : ""));
        }
        return found;
    }

    /**
     * Whether the page scrolls sideways at 390 px: the document, or a block that is not meant to scroll (a
     * table in a scrolling wrapper is), is wider than the window. The window is set back to the desktop size.
     */
    static List<String> sidewaysScrolling(WebDriver browser, String page, Snapshot snapshot) throws IOException {
        browser.manage().window().setSize(PHONE);
        try {
            snapshot.take();
            Object wider = ((JavascriptExecutor) browser).executeScript(SIDEWAYS);
            return wider == null ? List.of() : List.of(page + ": scrolls sideways at 390 px (" + wider + ")");
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    /** A picture of the page at the phone's width. */
    interface Snapshot {
        void take() throws IOException;
    }

    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        return target == null ? "?" : target.toString();
    }
}

package org.concerto.web.minutes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.minutes.Comparison;
import org.concerto.minutes.MinutesService;
import org.concerto.shared.NotFoundException;

/** /meeting/minutes-compare.xhtml?id=…&amp;left=…&amp;right=…: two kept versions side by side. */
@Named
@RequestScoped
public class MinutesCompareBacking {

    @Inject
    private MinutesService minutes;

    private String id;
    private String left;
    private String right;
    private Comparison comparison;

    public void load() {
        comparison = minutes.compare(number(id), (int) number(left), (int) number(right));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLeft() {
        return left;
    }

    public void setLeft(String left) {
        this.left = left;
    }

    public String getRight() {
        return right;
    }

    public void setRight(String right) {
        this.right = right;
    }
}

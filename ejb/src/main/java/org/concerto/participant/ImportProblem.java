package org.concerto.participant;

import java.io.Serializable;
import java.util.Locale;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;

/** A line of an import file that will not be imported, and why (a bundle key, read in the reader's language). */
public class ImportProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String excerpt;
    private final String key;
    private final Serializable[] arguments;

    ImportProblem(int line, String excerpt, String key, Object... arguments) {
        this.line = line;
        this.excerpt = excerpt;
        this.key = key;
        this.arguments = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // Arguments are texts, numbers and field names: all serializable, so a preview can live in a view.
            this.arguments[i] = arguments[i] instanceof Serializable s ? s : String.valueOf(arguments[i]);
        }
    }

    static ImportProblem of(int line, String excerpt, BusinessException refusal) {
        return new ImportProblem(line, excerpt, refusal.getKey(), refusal.getArguments());
    }

    public int getLine() {
        return line;
    }

    /** The start of the line as it was in the file, so the user recognises it. */
    public String getExcerpt() {
        return excerpt;
    }

    public String getKey() {
        return key;
    }

    public String reason(Locale locale) {
        return Messages.format(locale, key, (Object[]) arguments);
    }
}

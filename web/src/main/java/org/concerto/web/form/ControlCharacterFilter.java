package org.concerto.web.form;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concerto.shared.Texts;

/**
 * Every request parameter (form fields, searches, links' parameters) reaches the pages without control characters
 * ({@link Texts#withoutControlCharacters}, the rule every stored text follows too): a NUL pasted into a search box is
 * not sent to the database, which would refuse it.
 */
@WebFilter(urlPatterns = "/*")
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Cleaned(request), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return Texts.withoutControlCharacters(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return clean(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> cleaned.put(name, clean(values)));
            return cleaned;
        }

        private static String[] clean(String[] values) {
            return values == null
                    ? null
                    : Arrays.stream(values).map(Texts::withoutControlCharacters).toArray(String[]::new);
        }
    }
}

package org.concerto.web.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition header of a download: an ASCII file name for old clients and the real one,
 * accents included, encoded as RFC 5987 says (filename*=UTF-8''…), which every current browser prefers.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** "feuille-d-émargement.pdf" becomes "feuille-d-emargement.pdf"; quotes, backslashes and controls become "_". */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 attr-chars stay, everything else is percent-encoded UTF-8 (URLEncoder's "+" is not allowed). */
    static String encode(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}

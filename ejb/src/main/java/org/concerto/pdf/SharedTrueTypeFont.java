package org.concerto.pdf;

import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.io.font.otf.OpenTableLookup;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TrueType font program parsed once and shared by every document, which also remembers the OpenType
 * lookups it found for a script. iText 9.7 asks for them for every run of text it lays out (to find out
 * whether Latin text needs shaping, which it never does with DejaVu) and reads the font's GSUB table again
 * each time: about a tenth of the time of a large meeting's minutes. The answer depends on the font alone.
 */
final class SharedTrueTypeFont extends TrueTypeFont {

    private record Found(String script, Map<String, List<OpenTableLookup>> lookups) {}

    private final transient Map<List<String>, Found> found = new ConcurrentHashMap<>();

    SharedTrueTypeFont(byte[] program) throws IOException {
        super(program);
    }

    @Override
    public String extractFeatures(Collection<String> scripts, Map<String, List<OpenTableLookup>> features) {
        Found answer = found.computeIfAbsent(List.copyOf(scripts), key -> {
            Map<String, List<OpenTableLookup>> lookups = new java.util.HashMap<>();
            String script = super.extractFeatures(key, lookups);
            return new Found(script, java.util.Collections.unmodifiableMap(lookups));
        });
        features.putAll(answer.lookups());
        return answer.script();
    }
}

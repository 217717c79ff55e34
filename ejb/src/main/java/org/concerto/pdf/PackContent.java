package org.concerto.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a meeting pack holds, as plain data gathered by the contributions feature: sections in agenda
 * order (the whole meeting first), each with its accepted contributions and their files on disk.
 */
public final class PackContent {

    private PackContent() {}

    /** A file of a contribution: a PDF is merged into the pack, any other file is attached inside it. */
    public record File(String fileName, boolean pdf, Path path, long size, String sha256) {}

    /**
     * One contribution, as invitees read it.
     *
     * @param disclosure the declared interests and funding; null when the author declared none
     */
    public record Entry(
            String title,
            String author,
            String organisation,
            int versionNumber,
            String sha256,
            Instant submittedAt,
            boolean late,
            List<String> statement,
            String disclosure,
            List<File> files) {}

    /** Contributions to one agenda item ({@code itemNumber} set) or to the whole meeting (null). */
    public record Section(Integer itemNumber, String itemTitle, List<Entry> entries) {}
}

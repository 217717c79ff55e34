package org.concerto.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.concerto.shared.BusinessException;

/**
 * DOCX and ODT are zip archives. Before anything is unpacked, their central directory is read and the
 * archive refused when it holds too many entries, too much once uncompressed, or compresses
 * suspiciously well (a zip bomb). Only then are the few small entries that tell the type read, and
 * never more than a bounded number of bytes of them (the sizes a directory declares can lie).
 */
final class ZipInspection {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_TOTAL_UNCOMPRESSED = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    private static final int MAX_SMALL_ENTRY = 64 * 1024;

    private static final String ODT_MIMETYPE = FileKind.ODT.contentType();

    private ZipInspection() {}

    /** DOCX or ODT, null for any other archive, or a refusal saying why. */
    static FileKind inspect(Path file, long size) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            requireNoBomb(zip, size);
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                if (zip.getEntry("word/vbaProject.bin") != null) {
                    throw new BusinessException("error.file.macros");
                }
                return FileKind.DOCX;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && ODT_MIMETYPE.equals(readSmall(zip, mimetype).trim())) {
                ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
                if (manifest != null && readSmall(zip, manifest).contains("encryption-data")) {
                    throw new BusinessException("error.file.encrypted");
                }
                if (zip.getEntry("Basic/") != null || zip.getEntry("Scripts/") != null) {
                    throw new BusinessException("error.file.macros");
                }
                return FileKind.ODT;
            }
            return null;
        } catch (ZipException e) {
            throw new BusinessException("error.file.unreadable");
        } catch (IOException e) {
            throw new BusinessException("error.file.unreadable");
        }
    }

    private static void requireNoBomb(ZipFile zip, long compressedSize) {
        long total = 0;
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            count++;
            if (count > MAX_ENTRIES) {
                throw new BusinessException("error.file.zipBomb");
            }
            String name = entry.getName();
            if (name.startsWith("/") || name.contains("../") || name.contains("..\\")) {
                throw new BusinessException("error.file.zipBomb");
            }
            long entrySize = entry.getSize();
            if (entrySize < 0) {
                // A directory that does not say how large an entry is cannot be checked: refused.
                throw new BusinessException("error.file.zipBomb");
            }
            total += entrySize;
            if (total > MAX_TOTAL_UNCOMPRESSED || total > Math.max(compressedSize, 1) * MAX_RATIO) {
                throw new BusinessException("error.file.zipBomb");
            }
        }
    }

    private static String readSmall(ZipFile zip, ZipEntry entry) throws IOException {
        if (entry.getSize() > MAX_SMALL_ENTRY) {
            throw new BusinessException("error.file.zipBomb");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_SMALL_ENTRY), StandardCharsets.UTF_8);
        }
    }
}

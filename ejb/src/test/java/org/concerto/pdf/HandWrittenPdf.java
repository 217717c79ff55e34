package org.concerto.pdf;

import java.nio.charset.StandardCharsets;

/**
 * PDFs that iText will not write, written by hand for the tests that must refuse or survive them: the objects in
 * order, a cross-reference table and a trailer.
 */
public final class HandWrittenPdf {

    private HandWrittenPdf() {}

    /**
     * A password-protected PDF (iText cannot encrypt without the Bouncy Castle adapter, which Concerto does not
     * ship): standard security handler, revision 2, a user password unknown to the reader.
     */
    public static byte[] encrypted() {
        String hex32 = "8F1A2B3C4D5E6F708192A3B4C5D6E7F80112233445566778899AABBCCDDEEFF0";
        return of(
                new String[] {
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                    "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + hex32 + "> /U <" + hex32 + "> >>"
                },
                "/Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                        + "<0123456789ABCDEF0123456789ABCDEF>]");
    }

    /** A well-formed PDF whose page tree holds no page ({@code /Count 0}). */
    public static byte[] withoutPages() {
        return of(
                new String[] {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"},
                "/Root 1 0 R");
    }

    /** The objects numbered from 1, then the cross-reference table and a trailer with these entries after /Size. */
    public static byte[] of(String[] objects, String trailer) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(' ')
                .append(trailer)
                .append(" >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

package org.concerto.pdf;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalSignatureContainer;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Concerto's seal on approved minutes: an invisible approval signature (adbe.pkcs7.detached, SHA-256) that a
 * PDF reader lists in its signature panel, made with the seal certificate of {@link SealKeystore}.
 * iText's {@link PdfSigner} reserves the space and writes the signature dictionary; the CMS itself is made and
 * checked with Bouncy Castle's API, so iText's Bouncy Castle adapter is not needed. No JCA provider is
 * registered: the JDK's own RSA and SHA-256 do the arithmetic.
 */
public final class Seal {

    private static final int SIGNATURE_SPACE = 16_384;
    private static final String FIELD = "ConcertoSeal";

    private Seal() {}

    /** The signing key and its certificate. */
    public record Key(PrivateKey privateKey, X509Certificate certificate) {}

    /** What a check found: whether the file carries Concerto's valid seal over all of its bytes, and by whom. */
    public record Check(boolean sealed, boolean intact, boolean coversWholeFile, String signer, Instant signedAt) {

        /** Authentic: sealed by the expected certificate, unchanged since, and nothing appended. */
        public boolean valid() {
            return sealed && intact && coversWholeFile;
        }
    }

    /** Seals a PDF (PDF/A is kept: the signature is an incremental update). */
    public static byte[] sign(byte[] pdf, Key key, String reason, String location, Instant at) {
        try (PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE);
            PdfSigner signer = new PdfSigner(reader, out, new StampingProperties().useAppendMode());
            Calendar when = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signer.setSignerProperties(new SignerProperties()
                    .setFieldName(FIELD)
                    .setReason(reason)
                    .setLocation(location)
                    .setClaimedSignDate(when));
            signer.signExternalContainer(new CmsContainer(key), SIGNATURE_SPACE);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the minutes", e);
        }
    }

    /** Checks the seal of a file against the expected certificate; any change to the signed bytes breaks it. */
    public static Check verify(byte[] pdf, X509Certificate expected) {
        PdfDictionary signature;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            signature = sealOf(document);
            if (signature == null) {
                return new Check(false, false, false, null, null);
            }
            PdfArray range = signature.getAsArray(PdfName.ByteRange);
            byte[] contents = signature.getAsString(PdfName.Contents).getValueBytes();
            long[] r = new long[4];
            for (int i = 0; i < 4; i++) {
                r[i] = range.getAsNumber(i).longValue();
            }
            if (r[0] != 0 || r[1] < 0 || r[2] < r[1] || r[2] + r[3] > pdf.length) {
                return new Check(false, false, false, null, null);
            }
            ByteArrayOutputStream signed = new ByteArrayOutputStream((int) (r[1] + r[3]));
            signed.write(pdf, 0, (int) r[1]);
            signed.write(pdf, (int) r[2], (int) r[3]);
            boolean whole = r[2] + r[3] == pdf.length;
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), contents);
            SignerInformation info =
                    cms.getSignerInfos().getSigners().iterator().next();
            boolean bySeal = expected != null
                    && info.getSID().match(new org.bouncycastle.cert.X509CertificateHolder(expected.getEncoded()));
            boolean intact = bySeal && info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(expected));
            PdfString date = signature.getAsString(PdfName.M);
            Instant signedAt = date == null
                    ? null
                    : com.itextpdf.kernel.pdf.PdfDate.decode(date.getValue()).toInstant();
            return new Check(
                    bySeal,
                    intact,
                    whole,
                    expected == null ? null : expected.getSubjectX500Principal().getName(),
                    signedAt);
        } catch (IOException
                | CMSException
                | OperatorCreationException
                | GeneralSecurityException
                | RuntimeException e) {
            // A file that is not a PDF, or whose signature cannot be parsed, is simply not authentic.
            return new Check(false, false, false, null, null);
        }
    }

    private static PdfDictionary sealOf(PdfDocument document) {
        PdfDictionary acroForm = document.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm);
        if (acroForm == null || acroForm.getAsArray(PdfName.Fields) == null) {
            return null;
        }
        for (int i = 0; i < acroForm.getAsArray(PdfName.Fields).size(); i++) {
            PdfDictionary field = acroForm.getAsArray(PdfName.Fields).getAsDictionary(i);
            if (field != null
                    && PdfName.Sig.equals(field.getAsName(PdfName.FT))
                    && field.getAsDictionary(PdfName.V) != null) {
                return field.getAsDictionary(PdfName.V);
            }
        }
        return null;
    }

    /** The detached CMS over the bytes iText hands over (the whole file but the signature's own space). */
    private static final class CmsContainer implements IExternalSignatureContainer {

        private final Key key;

        CmsContainer(Key key) {
            this.key = key;
        }

        @Override
        public byte[] sign(InputStream data) throws GeneralSecurityException {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(
                        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                                .build(
                                        new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                                        key.certificate()));
                generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
                // iText's range stream stops InputStream.readAllBytes after its first buffer: read it iText's way.
                byte[] signed = com.itextpdf.io.util.StreamUtil.inputStreamToArray(data);
                return generator
                        .generate(new CMSProcessableByteArray(signed), false)
                        .getEncoded();
            } catch (IOException | CMSException | OperatorCreationException e) {
                throw new GeneralSecurityException(e);
            }
        }

        @Override
        public void modifySigningDictionary(PdfDictionary signDic) {
            signDic.put(PdfName.Filter, PdfName.Adobe_PPKLite);
            signDic.put(PdfName.SubFilter, PdfName.Adbe_pkcs7_detached);
        }
    }
}

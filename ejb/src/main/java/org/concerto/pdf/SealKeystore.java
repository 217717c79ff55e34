package org.concerto.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.concerto.shared.Settings;

/**
 * Where the seal's key comes from. In production, a PKCS#12 keystore given by CONCERTO_SEAL_KEYSTORE with
 * CONCERTO_SEAL_PASSWORD (and CONCERTO_SEAL_ALIAS when it holds several keys), e.g. a qualified seal
 * certificate. Without one, Concerto makes its own self-signed seal at first use in
 * {@code $CONCERTO_DATA_DIR/seal/} (the demo), with a random password kept beside it, readable by its owner only.
 */
public final class SealKeystore {

    private static final Logger LOG = Logger.getLogger(SealKeystore.class.getName());
    private static final String GENERATED_ALIAS = "concerto-seal";
    private static volatile Seal.Key cached;

    private SealKeystore() {}

    /** The seal key, loaded once per server. */
    public static Seal.Key key() {
        Seal.Key key = cached;
        if (key == null) {
            synchronized (SealKeystore.class) {
                if (cached == null) {
                    cached = load();
                }
                key = cached;
            }
        }
        return key;
    }

    private static Seal.Key load() {
        String configured = Settings.get("concerto.seal.keystore").orElse(null);
        if (configured != null) {
            char[] password = Settings.get("concerto.seal.password")
                    .orElseThrow(() -> new IllegalStateException(
                            "CONCERTO_SEAL_KEYSTORE is set: CONCERTO_SEAL_PASSWORD must be too"))
                    .toCharArray();
            return read(
                    Path.of(configured),
                    password,
                    Settings.get("concerto.seal.alias").orElse(null));
        }
        Path dir = Settings.get("concerto.data.dir")
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "concerto"))
                .resolve("seal");
        return generatedIn(dir);
    }

    /** The self-signed seal kept in this folder, made on first use. */
    static Seal.Key generatedIn(Path dir) {
        Path store = dir.resolve("concerto-seal.p12");
        Path secret = dir.resolve("concerto-seal.password");
        try {
            if (!Files.exists(store)) {
                Files.createDirectories(dir);
                char[] password = newPassword();
                write(secret, new String(password));
                KeyStore keyStore = selfSigned(password);
                try (OutputStream out = Files.newOutputStream(store)) {
                    keyStore.store(out, password);
                }
                LOG.warning("No CONCERTO_SEAL_KEYSTORE: Concerto made its own self-signed seal in " + store
                        + " (fine for a demo; configure a real seal certificate in production)");
            }
            return read(
                    store,
                    Files.readString(secret, StandardCharsets.UTF_8).trim().toCharArray(),
                    GENERATED_ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make Concerto's seal", e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.fine("No POSIX permissions on this file system for " + file);
        }
    }

    private static char[] newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /** A 3072-bit RSA key and a ten-year self-signed certificate for document signing. */
    static KeyStore selfSigned(char[] password) throws GeneralSecurityException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Concerto – cachet des comptes rendus (auto-signé), O=Concerto");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(
                    GENERATED_ALIAS, pair.getPrivate(), password, new java.security.cert.Certificate[] {certificate});
            return keyStore;
        } catch (IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static Seal.Key read(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            String name = alias;
            if (name == null) {
                name = java.util.Collections.list(keyStore.aliases()).stream()
                        .filter(a -> {
                            try {
                                return keyStore.isKeyEntry(a);
                            } catch (java.security.KeyStoreException e) {
                                return false;
                            }
                        })
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No key in the seal keystore " + file));
            }
            return new Seal.Key(
                    (PrivateKey) keyStore.getKey(name, password), (X509Certificate) keyStore.getCertificate(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the seal keystore " + file, e);
        }
    }
}

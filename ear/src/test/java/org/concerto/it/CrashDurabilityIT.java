package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A save the server confirmed is still there after the server process is killed (SIGKILL, as a crash or
 * {@code kill -9} would): a second WildFly, with the configuration that configure.cli wrote and no
 * CONCERTO_DB_URL, so on the embedded H2 database of its default datasource URL, saves values one after the
 * other, each confirmed only once its JTA transaction has committed on {@code ConcertoDS}; it is killed right
 * after a confirmation, started again on the same data folder, and must read back the last confirmed value.
 * The saves go through a small probe WAR rather than the whole EAR, so that the two boots cost seconds: what
 * is tested is the datasource as the server configures it, which every service of Concerto writes through.
 */
class CrashDurabilityIT {

    /** Beside the suite's own server: its port offset plus 50. */
    private static final int OFFSET = Integer.parseInt(System.getProperty("it.port.offset", "100")) + 50;

    private static final Path BASE = Path.of("target", "crash-server").toAbsolutePath();
    private static final Path DATA = Path.of("target", "crash-data").toAbsolutePath();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process server;

    @Test
    void aSaveConfirmedJustBeforeTheServerIsKilledIsThereAfterARestart() throws Exception {
        prepareServer();
        server = start();
        awaitProbe();

        // Saves one after the other for two seconds, so that the last one is confirmed long after the first:
        // whatever the database keeps in memory for a while after a commit would be lost with it.
        long confirmed = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < until || confirmed < 20) {
            HttpResponse<String> saved = http.send(
                    HttpRequest.newBuilder(probe("?value=" + (confirmed + 1)))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(saved.body()).isEqualTo("saved " + (confirmed + 1));
            confirmed++;
        }
        kill(server);

        server = start();
        String read = awaitProbe();

        assertThat(read).as("the value read after the kill and a restart").isEqualTo("value " + confirmed);
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            kill(server);
        }
    }

    /** A base directory of its own: the configuration configure.cli wrote, an empty data folder, the probe WAR. */
    private static void prepareServer() throws IOException {
        deleteTree(BASE);
        deleteTree(DATA);
        Path configuration = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
        try (Stream<Path> files = Files.list(configuration)) {
            Files.createDirectories(BASE.resolve("configuration"));
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, BASE.resolve("configuration").resolve(file.getFileName()));
            }
        }
        Files.createDirectories(BASE.resolve("deployments"));
        Files.createDirectories(DATA);
        ShrinkWrap.create(WebArchive.class, "crash-probe.war")
                .addClass(Probe.class)
                .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<servlet><servlet-name>probe</servlet-name><servlet-class>" + Probe.class.getName()
                        + "</servlet-class></servlet>"
                        + "<servlet-mapping><servlet-name>probe</servlet-name><url-pattern>/value</url-pattern>"
                        + "</servlet-mapping></web-app>"))
                .as(ZipExporter.class)
                .exportTo(BASE.resolve("deployments/crash-probe.war").toFile(), true);
    }

    private static Process start() throws IOException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + BASE,
                        "-Djboss.socket.binding.port-offset=" + OFFSET,
                        "-Djboss.bind.address=127.0.0.1",
                        "-Djboss.bind.address.management=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        BASE.resolve("console.log").toFile()));
        Map<String, String> environment = builder.environment();
        // The server configuration's own default: the embedded database in the data folder.
        for (String name :
                List.of("CONCERTO_DB_DRIVER", "CONCERTO_DB_URL", "CONCERTO_DB_USER", "CONCERTO_DB_PASSWORD")) {
            environment.remove(name);
        }
        environment.remove("JAVA_OPTS");
        environment.put("JBOSS_HOME", jbossHome.toString());
        environment.put("CONCERTO_DATA_DIR", DATA.toString());
        return builder.start();
    }

    /** Waits until the probe answers (the server is up and the WAR deployed); returns what it read. */
    private String awaitProbe() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            assertThat(server.isAlive())
                    .as("the second server runs (see %s)", BASE.resolve("console.log"))
                    .isTrue();
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(probe("")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return answer.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the second server did not answer within 120 s, see " + BASE.resolve("console.log"));
    }

    private static URI probe(String query) {
        return URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/crash-probe/value" + query);
    }

    /** SIGKILL to the server's JVM (a child of standalone.sh) and to the script: nothing gets a chance to flush. */
    private static void kill(Process script) throws Exception {
        List<ProcessHandle> children = script.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        script.waitFor(30, TimeUnit.SECONDS);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * In the second server only (registered by its WAR's web.xml): {@code POST ?value=n} saves n in one JTA
     * transaction on ConcertoDS and answers "saved n" once it has committed; {@code GET} answers "value n".
     */
    public static class Probe extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Resource(lookup = "java:jboss/datasources/ConcertoDS")
        private transient DataSource database;

        @Resource
        private transient UserTransaction transaction;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS crash_probe (id INT PRIMARY KEY, saved BIGINT NOT NULL)");
                try (ResultSet row = statement.executeQuery("SELECT saved FROM crash_probe WHERE id = 1")) {
                    response.getWriter().write("value " + (row.next() ? row.getLong(1) : 0));
                }
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            long value = Long.parseLong(request.getParameter("value"));
            try {
                transaction.begin();
                try (Connection connection = database.getConnection();
                        PreparedStatement merge = connection.prepareStatement(
                                "MERGE INTO crash_probe (id, saved) KEY (id) VALUES (1, ?)")) {
                    merge.setLong(1, value);
                    merge.executeUpdate();
                }
                transaction.commit();
            } catch (Exception e) {
                throw new IOException(e);
            }
            response.getWriter().write("saved " + value);
        }
    }
}

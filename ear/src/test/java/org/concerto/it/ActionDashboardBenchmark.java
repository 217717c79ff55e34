package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.concerto.action.ActionScope;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.action.ActionSort;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * How fast the action dashboards answer with ten thousand actions. Not a *IT, so the normal
 * build skips it: scripts/benchmark-actions runs it alone against the test server, prints the timings
 * and keeps them in ear/target/benchmark-actions.txt (see docs/performance.md).
 */
@ExtendWith(ArquillianExtension.class)
class ActionDashboardBenchmark {

    private static final Logger LOG = Logger.getLogger(ActionDashboardBenchmark.class.getName());
    private static final int ACTIONS = 10_000;
    private static final int RUNS = 7;
    /**
     * A dashboard query must come back well within what a person notices, even on a busy machine (the
     * figures in docs/performance.md were taken on two cores shared with five other builds).
     */
    private static final double PAGE_BUDGET_MS = 500;

    @Inject
    Fixtures fixtures;

    @Inject
    ActionService actions;

    @Test
    void dashboardsStayFastWithTenThousandActions() throws Exception {
        long loading = System.nanoTime();
        Fixtures.Bulk bulk = fixtures.tenThousandActions(ACTIONS);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        SecurityIdentity secretariat = AsUser.login(
                fixtures.account(fixtures.person("Bench", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
        SecurityIdentity owner =
                AsUser.login(fixtures.account(bulk.busyOwnerId(), Role.PARTICIPANT), Fixtures.PASSWORD);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "Loaded %d actions (%d meetings, %d organisations) in %.1f s; total actions in the database: %d",
                ACTIONS,
                bulk.meetings(),
                bulk.organisations(),
                loadSeconds,
                AsUser.call(secretariat, () -> actions.count(all()))));
        lines.add(String.format(
                Locale.ROOT,
                "%-62s %9s %9s %9s",
                "query (median of " + RUNS + " after 2 warm-ups)",
                "median ms",
                "max ms",
                "rows"));

        List<Double> pages = new ArrayList<>();
        pages.add(time(lines, "secretariat: count of pending actions", secretariat, () -> actions.count(pending())));
        pages.add(time(
                lines,
                "secretariat: first page (20), pending, by due date",
                secretariat,
                () -> actions.search(pending(), 0, 20)));
        ActionSearch byPriority = pending();
        byPriority.setSort(ActionSort.PRIORITY);
        byPriority.setAscending(false);
        pages.add(time(
                lines,
                "secretariat: first page, sorted by priority",
                secretariat,
                () -> actions.search(byPriority, 0, 20)));
        ActionSearch byOwner = all();
        byOwner.setSort(ActionSort.OWNER);
        pages.add(time(
                lines,
                "secretariat: last page (offset 9,980), all, by owner",
                secretariat,
                () -> actions.search(byOwner, ACTIONS - 20, 20)));
        ActionSearch overdue = all();
        overdue.setScope(ActionScope.OVERDUE);
        pages.add(time(lines, "secretariat: count of overdue actions", secretariat, () -> actions.count(overdue)));
        pages.add(time(
                lines,
                "secretariat: first page of overdue actions",
                secretariat,
                () -> actions.search(overdue, 0, 20)));
        ActionSearch organisation = pending();
        organisation.setOrganisationId(bulk.organisationId());
        pages.add(time(
                lines,
                "secretariat: one organisation, first page",
                secretariat,
                () -> actions.search(organisation, 0, 20)));
        ActionSearch subject = pending();
        subject.setSubject(bulk.subject());
        pages.add(
                time(lines, "secretariat: one subject, first page", secretariat, () -> actions.search(subject, 0, 20)));
        ActionSearch text = all();
        text.setText("stocks");
        pages.add(time(lines, "secretariat: text search, first page", secretariat, () -> actions.search(text, 0, 20)));
        pages.add(time(lines, "secretariat: counts by organisation", secretariat, () -> actions.byOrganisation()));
        pages.add(time(lines, "secretariat: counts by subject", secretariat, () -> actions.bySubject()));
        pages.add(time(lines, "participant: my actions, count", owner, () -> actions.count(ActionSearch.mine())));
        pages.add(time(
                lines, "participant: my actions, first page", owner, () -> actions.search(ActionSearch.mine(), 0, 20)));
        ActionSearch visible = all();
        pages.add(time(
                lines,
                "participant: every action they may see, first page",
                owner,
                () -> actions.search(visible, 0, 20)));
        pages.add(time(
                lines,
                "meeting page: actions by agenda item (100 actions)",
                secretariat,
                () -> actions.byAgendaItem(bulk.busyMeetingId())));
        pages.add(time(
                lines,
                "meeting page: open actions carried in the series",
                secretariat,
                () -> actions.openInSeries(bulk.lastMeetingId())));
        time(
                lines,
                "export: CSV of every pending action (up to 5,000 rows)",
                secretariat,
                () -> actions.csv(pending(), Locale.FRENCH));

        // Runs inside the server: its data folder is ear/target/it-data, so the report lands in ear/target.
        Path report =
                Path.of(System.getenv("CONCERTO_DATA_DIR")).toAbsolutePath().resolveSibling("benchmark-actions.txt");
        Files.write(report, lines);
        lines.forEach(LOG::info);
        assertThat(pages)
                .as("every dashboard query within %s ms (median)", PAGE_BUDGET_MS)
                .allMatch(ms -> ms < PAGE_BUDGET_MS);
    }

    private static ActionSearch pending() {
        ActionSearch search = new ActionSearch();
        search.setScope(ActionScope.PENDING);
        return search;
    }

    private static ActionSearch all() {
        ActionSearch search = new ActionSearch();
        search.setScope(ActionScope.ALL);
        return search;
    }

    private static double time(List<String> lines, String label, SecurityIdentity who, Callable<?> query)
            throws Exception {
        for (int i = 0; i < 2; i++) {
            AsUser.call(who, query);
        }
        double[] ms = new double[RUNS];
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = AsUser.call(who, query);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        String rows = result instanceof List<?> list
                ? Integer.toString(list.size())
                : result instanceof byte[] bytes ? bytes.length / 1024 + " KB" : String.valueOf(result);
        lines.add(String.format(Locale.ROOT, "%-62s %9.1f %9.1f %9s", label, ms[RUNS / 2], ms[RUNS - 1], rows));
        return ms[RUNS / 2];
    }
}

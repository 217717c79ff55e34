package org.concerto.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.concerto.shared.Settings;

/**
 * Empties the outbox every CONCERTO_OUTBOX_INTERVAL_SECONDS (30 by default). The timer is not persistent
 * on purpose: the mails wait in the database, not in the timer, so a tick missed while the server was
 * stopped is simply the first tick after it starts. A singleton's timeouts never overlap, so a slow mail
 * server delays the next tick instead of having two ticks send the same mails.
 */
@Singleton
@Startup
@PermitAll
public class OutboxSchedule {

    static final long DEFAULT_INTERVAL_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailDelivery delivery;

    @Inject
    private Clock clock;

    @PostConstruct
    void start() {
        long millis = intervalSeconds() * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("Concerto outbox delivery", false));
        LOG.info(() -> "The outbox is emptied every " + intervalSeconds() + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        delivery.deliverDue(clock.instant());
    }

    /** CONCERTO_OUTBOX_INTERVAL_SECONDS, kept between 1 second and 1 hour. */
    static long intervalSeconds() {
        long seconds;
        try {
            seconds = Settings.get("concerto.outbox.interval.seconds")
                    .map(Long::parseLong)
                    .orElse(DEFAULT_INTERVAL_SECONDS);
        } catch (NumberFormatException e) {
            LOG.warning("CONCERTO_OUTBOX_INTERVAL_SECONDS is not a number of seconds; the outbox is emptied every "
                    + DEFAULT_INTERVAL_SECONDS + " s");
            seconds = DEFAULT_INTERVAL_SECONDS;
        }
        return Math.max(1, Math.min(3600, seconds));
    }
}

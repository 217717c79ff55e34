package org.concerto.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.concerto.privacy.RetentionSchedule;

/** /privacy.xhtml: the notice states the retention periods this server actually applies. */
@Named
@RequestScoped
public class PrivacyNoticeBacking {

    private final RetentionSchedule schedule = RetentionSchedule.fromSettings();

    public int getPersonYears() {
        return schedule.getPersonYears();
    }

    public int getOutboxDays() {
        return schedule.getOutboxDays();
    }
}

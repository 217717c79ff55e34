package org.concerto.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.concerto.privacy.RetentionSchedule;
import org.concerto.shared.Settings;

/** /privacy.xhtml: the notice names this server's regulator and states the retention periods it actually applies. */
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

    public String getRegulatorName() {
        return Settings.regulatorName();
    }

    public String getRegulatorAddress() {
        return Settings.regulatorAddress();
    }
}

-- The audit trail (V13) and the action items (V10, meeting.series_key) were built side by side: the audited
-- meeting needs the column in its history too. "if not exists": another fix-up of the merge may add it first.
alter table meeting_aud add column if not exists series_key varchar(36);

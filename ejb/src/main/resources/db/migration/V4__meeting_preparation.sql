-- The secretariat may limit the number of invitees per organisation.
alter table meeting add column seats_per_organisation integer;
alter table meeting add constraint ck_meeting_seats check (seats_per_organisation is null or seats_per_organisation > 0);

-- On the day: the secretariat records whether each invitee came, and when they arrived and left.
alter table invitation add column attendance varchar(20);
alter table invitation add column arrived_at timestamp(6) with time zone;
alter table invitation add column left_at timestamp(6) with time zone;
alter table invitation add constraint ck_invitation_attendance_times check (arrived_at is null or left_at is null or left_at > arrived_at);

-- Failed logins of an account count within a window that opens at the first failure of the run.
alter table user_account add column failed_since timestamp(6) with time zone;

-- A mail that carries a one-time account link (invitation, reset): it leaves before the other mails,
-- never after this instant (its link would no longer work), and the outbox view masks its link.
alter table outbox_mail add column link_expires_at timestamp(6) with time zone;

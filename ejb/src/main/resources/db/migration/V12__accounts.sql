-- Accounts (issue 7): invitation and reset links, lockout after repeated failures, the optional second
-- factor (TOTP), and the security log.

alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column locked_until timestamp(6) with time zone;
alter table user_account add column password_set_at timestamp(6) with time zone;
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_last_step bigint;
-- Accounts that exist before this migration chose their password themselves (or were set up by hand).
update user_account set password_set_at = current_timestamp;

-- One-time links: only a SHA-256 hash of the token is kept, so that a copy of the database opens nothing.
create table account_token (
    id         bigint                      not null,
    version    bigint                      not null,
    account_id bigint                      not null,
    purpose    varchar(20)                 not null,
    token_hash varchar(64)                 not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    constraint pk_account_token primary key (id),
    constraint uk_account_token_hash unique (token_hash),
    constraint fk_account_token_account foreign key (account_id) references user_account (id)
);
create index ix_account_token_account on account_token (account_id);

-- Recovery codes of the second factor, hashed like the tokens; a used code is deleted.
create table account_recovery_code (
    account_id bigint      not null,
    code_hash  varchar(64) not null,
    constraint pk_account_recovery_code primary key (account_id, code_hash),
    constraint fk_account_recovery_code_account foreign key (account_id) references user_account (id)
);

-- The security log: written once, never edited (no version column).
create table security_event (
    id             bigint                      not null,
    occurred_at    timestamp(6) with time zone not null,
    kind           varchar(40)                 not null,
    login          varchar(254),
    remote_address varchar(64),
    detail         varchar(500),
    constraint pk_security_event primary key (id)
);
create index ix_security_event_occurred_at on security_event (occurred_at);
create index ix_security_event_kind on security_event (kind);
create index ix_security_event_login on security_event (login);

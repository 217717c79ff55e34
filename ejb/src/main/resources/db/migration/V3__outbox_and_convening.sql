-- Convening (issue 3): the persistent outbox through which every mail leaves, the calendar identity of a
-- meeting, and each invitee's answer with the token of their answer link.

create table outbox_mail (
    id              bigint                      not null,
    version         bigint                      not null,
    recipient       varchar(254)                not null,
    language        varchar(2)                  not null,
    subject         varchar(300)                not null,
    text_body       varchar(100000)             not null,
    html_body       varchar(200000),
    state           varchar(20)                 not null,
    created_at      timestamp(6) with time zone not null,
    attempts        integer                     not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error      varchar(1000),
    sent_at         timestamp(6) with time zone,
    constraint pk_outbox_mail primary key (id)
);
create index ix_outbox_mail_due on outbox_mail (state, next_attempt_at);
create index ix_outbox_mail_created on outbox_mail (created_at);

create table outbox_attachment (
    mail_id      bigint       not null,
    position     integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(200) not null,
    content      bytea        not null,
    constraint pk_outbox_attachment primary key (mail_id, position),
    constraint fk_outbox_attachment_mail foreign key (mail_id) references outbox_mail (id)
);

-- The UID stays the same for the whole life of the meeting; the sequence rises with every change sent.
alter table meeting add column calendar_uid varchar(100);
alter table meeting add column calendar_sequence integer default 0 not null;

-- Invitations made before this version get their token when their notice is sent.
alter table invitation add column response varchar(20) default 'PENDING' not null;
alter table invitation add column answered_at timestamp(6) with time zone;
alter table invitation add column answer_token varchar(64);
alter table invitation add column substitute_id bigint;
alter table invitation add constraint uk_invitation_answer_token unique (answer_token);
alter table invitation add constraint fk_invitation_substitute foreign key (substitute_id) references person (id);

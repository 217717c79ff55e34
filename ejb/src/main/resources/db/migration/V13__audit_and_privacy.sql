-- Audit trail (issue 7): Hibernate Envers writes one audit_revision per transaction that changes an audited
-- entity, and a row per changed entity in its <table>_aud (revtype 0 added, 1 changed, 2 removed).
-- Each _aud table has the audited columns of its table, all nullable, keyed by (id, rev); never the version.
-- Personal data (issue 7): when a person's contact details were anonymised.

create table audit_revision (
    id         bigint       not null,
    changed_at bigint       not null,
    login      varchar(100) not null,
    constraint pk_audit_revision primary key (id)
);
create index ix_audit_revision_login on audit_revision (login);

create table meeting_aud (
    id                     bigint                      not null,
    rev                    bigint                      not null,
    revtype                smallint,
    title                  varchar(200),
    purpose                varchar(4000),
    subject                varchar(200),
    starts_at              timestamp(6) with time zone,
    ends_at                timestamp(6) with time zone,
    format                 varchar(20),
    venue                  varchar(300),
    online_link            varchar(500),
    status                 varchar(30),
    seats_per_organisation integer,
    illustrative           boolean,
    calendar_uid           varchar(100),
    calendar_sequence      integer,
    constraint pk_meeting_aud primary key (id, rev),
    constraint fk_meeting_aud_rev foreign key (rev) references audit_revision (id)
);

create table invitation_aud (
    id            bigint                      not null,
    rev           bigint                      not null,
    revtype       smallint,
    meeting_id    bigint,
    person_id     bigint,
    role          varchar(20),
    response      varchar(20),
    answered_at   timestamp(6) with time zone,
    substitute_id bigint,
    attendance    varchar(20),
    arrived_at    timestamp(6) with time zone,
    left_at       timestamp(6) with time zone,
    constraint pk_invitation_aud primary key (id, rev),
    constraint fk_invitation_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_invitation_aud_meeting on invitation_aud (meeting_id);

create table agenda_item_aud (
    id                        bigint        not null,
    rev                       bigint        not null,
    revtype                   smallint,
    meeting_id                bigint,
    title                     varchar(300),
    description               varchar(4000),
    kind                      varchar(20),
    presenter_person_id       bigint,
    presenter_organisation_id bigint,
    planned_minutes           integer,
    confidential              boolean,
    constraint pk_agenda_item_aud primary key (id, rev),
    constraint fk_agenda_item_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_agenda_item_aud_meeting on agenda_item_aud (meeting_id);

create table agenda_attachment_aud (
    id             bigint                      not null,
    rev            bigint                      not null,
    revtype        smallint,
    agenda_item_id bigint,
    file_name      varchar(150),
    content_type   varchar(100),
    size_bytes     bigint,
    sha256         varchar(64),
    storage_key    varchar(36),
    uploaded_at    timestamp(6) with time zone,
    uploaded_by    varchar(100),
    constraint pk_agenda_attachment_aud primary key (id, rev),
    constraint fk_agenda_attachment_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_agenda_attachment_aud_item on agenda_attachment_aud (agenda_item_id);

create table declared_interest_aud (
    id              bigint        not null,
    rev             bigint        not null,
    revtype         smallint,
    person_id       bigint,
    organisation_id bigint,
    other_party     varchar(200),
    nature          varchar(30),
    description     varchar(2000),
    starts_on       date,
    ends_on         date,
    constraint pk_declared_interest_aud primary key (id, rev),
    constraint fk_declared_interest_aud_rev foreign key (rev) references audit_revision (id)
);

create table interest_decision_aud (
    id             bigint                      not null,
    rev            bigint                      not null,
    revtype        smallint,
    agenda_item_id bigint,
    person_id      bigint,
    outcome        varchar(20),
    comment        varchar(1000),
    decided_at     timestamp(6) with time zone,
    decided_by     varchar(100),
    constraint pk_interest_decision_aud primary key (id, rev),
    constraint fk_interest_decision_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_interest_decision_aud_item on interest_decision_aud (agenda_item_id);

alter table person add column anonymised_at timestamp(6) with time zone;

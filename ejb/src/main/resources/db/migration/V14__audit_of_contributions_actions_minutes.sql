-- Audit trail (integration of issues 4, 5, 6 and 7): Envers' tables for contributions and their versions,
-- action items, minutes, their sections and the participants' comments on them. Each has the columns of
-- its table but the optimistic-lock version (Envers leaves it out), all nullable, plus the revision and its
-- type, as in V13. Minutes versions are not audited: each one is already a frozen record with its PDF, and
-- copying their bytes into an audit table would only double the archive. Contribution files and action
-- evidence are never changed once kept (a new file is a new row, shown in its contribution's or action's
-- own history), and action_event is itself a history.

create table contribution_aud (
    id              bigint                      not null,
    rev             bigint                      not null,
    revtype         smallint,
    meeting_id      bigint,
    agenda_item_id  bigint,
    author_id       bigint,
    on_behalf_of_id bigint,
    title           varchar(300),
    visibility      varchar(20),
    status          varchar(20),
    review_comment  varchar(2000),
    reviewed_at     timestamp(6) with time zone,
    reviewed_by     varchar(100),
    distributed_at  timestamp(6) with time zone,
    created_at      timestamp(6) with time zone,
    constraint pk_contribution_aud primary key (id, rev),
    constraint fk_contribution_aud_rev foreign key (rev) references audit_revision (id)
);

create table contribution_version_aud (
    id              bigint                      not null,
    rev             bigint                      not null,
    revtype         smallint,
    contribution_id bigint,
    number          integer,
    kind            varchar(20),
    statement_html  varchar(20000),
    disclosure      varchar(4000),
    no_interests    boolean,
    submitted_at    timestamp(6) with time zone,
    submitted_by    varchar(100),
    late            boolean,
    sha256          varchar(64),
    constraint pk_contribution_version_aud primary key (id, rev),
    constraint fk_contribution_version_aud_rev foreign key (rev) references audit_revision (id)
);

create table action_item_aud (
    id                    bigint                      not null,
    rev                   bigint                      not null,
    revtype               smallint,
    meeting_id            bigint,
    agenda_item_id        bigint,
    description           varchar(1000),
    owner_person_id       bigint,
    owner_organisation_id bigint,
    due_date              date,
    priority              varchar(10),
    status                varchar(20),
    confirmed_at          timestamp(6) with time zone,
    confirmed_by          varchar(100),
    created_at            timestamp(6) with time zone,
    created_by            varchar(100),
    constraint pk_action_item_aud primary key (id, rev),
    constraint fk_action_item_aud_rev foreign key (rev) references audit_revision (id)
);

create table minutes_aud (
    id               bigint                      not null,
    rev              bigint                      not null,
    revtype          smallint,
    meeting_id       bigint,
    review_deadline  timestamp(6) with time zone,
    review_opened_at timestamp(6) with time zone,
    approved_at      timestamp(6) with time zone,
    approved_by      varchar(200),
    published_at     timestamp(6) with time zone,
    constraint pk_minutes_aud primary key (id, rev),
    constraint fk_minutes_aud_rev foreign key (rev) references audit_revision (id)
);

create table minutes_section_aud (
    id               bigint                      not null,
    rev              bigint                      not null,
    revtype          smallint,
    minutes_id       bigint,
    agenda_item_id   bigint,
    position         integer,
    summary          varchar(8000),
    decision         varchar(4000),
    votes_for        integer,
    votes_against    integer,
    abstentions      integer,
    minority_opinion varchar(2000),
    actions_decided  varchar(4000),
    updated_at       timestamp(6) with time zone,
    updated_by       varchar(200),
    constraint pk_minutes_section_aud primary key (id, rev),
    constraint fk_minutes_section_aud_rev foreign key (rev) references audit_revision (id)
);

create table minutes_comment_aud (
    id          bigint                      not null,
    rev         bigint                      not null,
    revtype     smallint,
    section_id  bigint,
    person_id   bigint,
    author      varchar(200),
    body        varchar(4000),
    created_at  timestamp(6) with time zone,
    resolution  varchar(30),
    reason      varchar(2000),
    resolved_by varchar(200),
    resolved_at timestamp(6) with time zone,
    constraint pk_minutes_comment_aud primary key (id, rev),
    constraint fk_minutes_comment_aud_rev foreign key (rev) references audit_revision (id)
);

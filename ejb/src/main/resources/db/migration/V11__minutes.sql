-- Minutes (issue 6): drafted per agenda item, reviewed by the participants, approved, sealed and published.
-- Every version is kept (minutes_version); a save refused because someone else saved first is kept as a
-- conflicting draft (minutes_conflict) so that no text is lost.

alter table person add column public_name_consent boolean default false not null;

create table minutes (
    id               bigint                      not null,
    version          bigint                      not null,
    meeting_id       bigint                      not null,
    review_deadline  timestamp(6) with time zone,
    review_opened_at timestamp(6) with time zone,
    approved_at      timestamp(6) with time zone,
    approved_by      varchar(200),
    published_at     timestamp(6) with time zone,
    constraint pk_minutes primary key (id),
    constraint uk_minutes_meeting unique (meeting_id),
    constraint fk_minutes_meeting foreign key (meeting_id) references meeting (id)
);

create table minutes_section (
    id               bigint        not null,
    version          bigint        not null,
    minutes_id       bigint        not null,
    agenda_item_id   bigint        not null,
    position         integer       not null,
    summary          varchar(8000),
    decision         varchar(4000),
    votes_for        integer,
    votes_against    integer,
    abstentions      integer,
    minority_opinion varchar(2000),
    actions_decided  varchar(4000),
    updated_at       timestamp(6) with time zone,
    updated_by       varchar(200),
    constraint pk_minutes_section primary key (id),
    constraint uk_minutes_section unique (minutes_id, agenda_item_id),
    constraint fk_minutes_section_minutes foreign key (minutes_id) references minutes (id),
    constraint fk_minutes_section_item foreign key (agenda_item_id) references agenda_item (id)
);
create index ix_minutes_section_minutes on minutes_section (minutes_id);

create table minutes_position (
    section_id   bigint        not null,
    position     integer       not null,
    organisation varchar(200)  not null,
    statement    varchar(4000) not null,
    constraint pk_minutes_position primary key (section_id, position),
    constraint fk_minutes_position_section foreign key (section_id) references minutes_section (id)
);

create table minutes_conflict (
    id               bigint                      not null,
    version          bigint                      not null,
    section_id       bigint                      not null,
    author           varchar(200)                not null,
    submitted_at     timestamp(6) with time zone not null,
    based_on_version bigint                      not null,
    summary          varchar(8000),
    decision         varchar(4000),
    minority_opinion varchar(2000),
    actions_decided  varchar(4000),
    positions        varchar(8000),
    dismissed        boolean                     not null,
    constraint pk_minutes_conflict primary key (id),
    constraint fk_minutes_conflict_section foreign key (section_id) references minutes_section (id)
);
create index ix_minutes_conflict_section on minutes_conflict (section_id);

create table minutes_comment (
    id          bigint                      not null,
    version     bigint                      not null,
    section_id  bigint                      not null,
    person_id   bigint,
    author      varchar(200)                not null,
    body        varchar(4000)               not null,
    created_at  timestamp(6) with time zone not null,
    resolution  varchar(30),
    reason      varchar(2000),
    resolved_by varchar(200),
    resolved_at timestamp(6) with time zone,
    constraint pk_minutes_comment primary key (id),
    constraint fk_minutes_comment_section foreign key (section_id) references minutes_section (id),
    constraint fk_minutes_comment_person foreign key (person_id) references person (id)
);
create index ix_minutes_comment_section on minutes_comment (section_id);

create table minutes_version (
    id           bigint                      not null,
    version      bigint                      not null,
    minutes_id   bigint                      not null,
    number       integer                     not null,
    stage        varchar(20)                 not null,
    reason       varchar(2000),
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(200)                not null,
    content_hash varchar(64)                 not null,
    file_hash    varchar(64),
    public_file_hash varchar(64),
    pdf          bytea,
    public_pdf   bytea,
    constraint pk_minutes_version primary key (id),
    constraint uk_minutes_version unique (minutes_id, number),
    constraint fk_minutes_version_minutes foreign key (minutes_id) references minutes (id)
);
create index ix_minutes_version_file_hash on minutes_version (file_hash);
create index ix_minutes_version_content_hash on minutes_version (content_hash);
create index ix_minutes_version_public_hash on minutes_version (public_file_hash);

create table minutes_version_part (
    version_id bigint        not null,
    position   integer       not null,
    heading    varchar(400)  not null,
    body       varchar(16000) not null,
    constraint pk_minutes_version_part primary key (version_id, position),
    constraint fk_minutes_version_part foreign key (version_id) references minutes_version (id)
);

-- Written consultations: the consultation, its ordered questions (with their options), the people invited to a
-- restricted one, and the responses with one answer per question (the options chosen in a table of their own, so
-- that counts per option are one grouped query).

create table consultation (
    id               bigint                      not null,
    version          bigint                      not null,
    title            varchar(300)                not null,
    summary          varchar(2000)               not null,
    context_html     varchar(20000),
    audience         varchar(20)                 not null,
    status           varchar(20)                 not null,
    opens_at         timestamp(6) with time zone not null,
    closes_at        timestamp(6) with time zone not null,
    meeting_id       bigint,
    questions_frozen boolean                     not null,
    cancel_reason    varchar(2000),
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(100)                not null,
    published_at     timestamp(6) with time zone,
    illustrative     boolean                     not null,
    constraint pk_consultation primary key (id),
    constraint fk_consultation_meeting foreign key (meeting_id) references meeting (id)
);
create index ix_consultation_closes_at on consultation (closes_at);

create table consultation_question (
    id               bigint        not null,
    version          bigint        not null,
    consultation_id  bigint        not null,
    -- Written by Hibernate just after the row (the list's order column), hence nullable.
    position         integer,
    section          varchar(200),
    text             varchar(1000) not null,
    help             varchar(2000),
    kind             varchar(20)   not null,
    required         boolean       not null,
    max_length       integer       not null,
    constraint pk_consultation_question primary key (id),
    constraint fk_consultation_question_consultation foreign key (consultation_id) references consultation (id)
);
create index ix_consultation_question_consultation on consultation_question (consultation_id);

create table consultation_question_option (
    question_id  bigint       not null,
    position     integer      not null,
    label        varchar(300) not null,
    constraint pk_consultation_question_option primary key (question_id, position),
    constraint fk_consultation_question_option_question foreign key (question_id) references consultation_question (id)
);

create table consultation_invitee (
    consultation_id  bigint not null,
    person_id        bigint not null,
    constraint pk_consultation_invitee primary key (consultation_id, person_id),
    constraint fk_consultation_invitee_consultation foreign key (consultation_id) references consultation (id),
    constraint fk_consultation_invitee_person foreign key (person_id) references person (id)
);
create index ix_consultation_invitee_person on consultation_invitee (person_id);

create table consultation_response (
    id                   bigint                      not null,
    version              bigint                      not null,
    consultation_id      bigint                      not null,
    respondent_id        bigint,
    email                varchar(254)                not null,
    name                 varchar(200),
    organisation_name    varchar(300),
    respondent_type      varchar(30),
    transparency_number  varchar(50),
    no_interests         boolean                     not null,
    disclosure           varchar(4000),
    publication          varchar(20),
    state                varchar(20)                 not null,
    started_at           timestamp(6) with time zone not null,
    saved_at             timestamp(6) with time zone not null,
    submitted_at         timestamp(6) with time zone,
    submissions          integer                     not null,
    sha256               varchar(64),
    -- A member of the public comes back through a private link: only the SHA-256 of its token is kept.
    access_token_hash    varchar(64),
    constraint uk_consultation_response_token unique (access_token_hash),
    constraint pk_consultation_response primary key (id),
    constraint uk_consultation_response_respondent unique (consultation_id, respondent_id),
    constraint fk_consultation_response_consultation foreign key (consultation_id) references consultation (id),
    constraint fk_consultation_response_respondent foreign key (respondent_id) references person (id)
);
create index ix_consultation_response_state on consultation_response (consultation_id, state);

create table consultation_answer (
    id           bigint         not null,
    version      bigint         not null,
    response_id  bigint         not null,
    question_id  bigint         not null,
    text         varchar(20000),
    constraint pk_consultation_answer primary key (id),
    constraint uk_consultation_answer unique (response_id, question_id),
    constraint fk_consultation_answer_response foreign key (response_id) references consultation_response (id),
    constraint fk_consultation_answer_question foreign key (question_id) references consultation_question (id)
);
create index ix_consultation_answer_question on consultation_answer (question_id);

create table consultation_answer_choice (
    answer_id  bigint  not null,
    choice     integer not null,
    constraint pk_consultation_answer_choice primary key (answer_id, choice),
    constraint fk_consultation_answer_choice_answer foreign key (answer_id) references consultation_answer (id)
);

-- Lanmu's foundation schema. Written once for H2 and PostgreSQL: standard types only; a VARCHAR
-- without a length is unbounded on both.

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id            bigint       not null primary key,
    username      varchar(32)  not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index api_token_by_user on api_token (user_id);

create sequence site_column_seq start with 1 increment by 50;
create table site_column (
    id          bigint        not null primary key,
    parent_id   bigint        references site_column (id),
    name        varchar(100)  not null,
    slug        varchar(64)   not null,
    -- The slugs from the root down: unique, which also keeps slugs unique among siblings.
    path        varchar(2000) not null unique,
    position    integer       not null,
    kind        varchar(10)   not null,
    link_url    varchar(2000),
    description varchar(1000),
    visible     boolean       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null
);
create index site_column_by_parent on site_column (parent_id);

create sequence column_assignment_seq start with 1 increment by 50;
create table column_assignment (
    id        bigint not null primary key,
    user_id   bigint not null references app_user (id) on delete cascade,
    column_id bigint not null references site_column (id) on delete cascade,
    unique (user_id, column_id)
);

create table category_policy (
    category     varchar(40) not null primary key,
    window_hours integer,
    clock_start  varchar(20) not null,
    updated_at   timestamp with time zone,
    updated_by   varchar(32),
    version      bigint      not null
);
insert into category_policy (category, window_hours, clock_start, version) values ('GENERAL', 24, 'RECEIVED', 0);
insert into category_policy (category, window_hours, clock_start, version) values ('IMPORTANT', 12, 'RECEIVED', 0);
insert into category_policy (category, window_hours, clock_start, version) values ('DYNAMIC_COLUMN_UPDATE', 24, 'RECEIVED', 0);
insert into category_policy (category, window_hours, clock_start, version) values ('STATIC_COLUMN_UPDATE', null, 'RECEIVED', 0);

create sequence item_seq start with 1 increment by 50;
create table item (
    id                 bigint        not null primary key,
    column_id          bigint        not null references site_column (id),
    category           varchar(40)   not null,
    status             varchar(20)   not null,
    title              varchar(1000) not null,
    latest_revision    integer       not null,
    live_revision      integer,
    approved_revision  integer,
    received_at        timestamp with time zone not null,
    submitted_at       timestamp with time zone,
    approved_at        timestamp with time zone,
    cycle_published_at timestamp with time zone,
    window_hours       integer,
    clock_start        varchar(20),
    due_at             timestamp with time zone,
    warned_at          timestamp with time zone,
    flagged_late_at    timestamp with time zone,
    submitted_by       bigint,
    publish_at         timestamp with time zone,
    schedule_reason    varchar(1000),
    expire_at          timestamp with time zone,
    published_at       timestamp with time zone,
    last_published_at  timestamp with time zone,
    created_by         bigint        not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null
);
create index item_by_column on item (column_id, published_at);
create index item_by_status on item (status, publish_at);
create index item_by_expiry on item (expire_at);
create index item_by_due on item (due_at);

create sequence item_revision_seq start with 1 increment by 50;
create table item_revision (
    id              bigint        not null primary key,
    item_id         bigint        not null references item (id),
    number          integer       not null,
    title           varchar(1000) not null,
    summary         varchar(4000),
    body            varchar,
    author          varchar(200),
    source          varchar(200),
    tags            varchar(2000),
    document_number varchar(200),
    issuing_body    varchar(200),
    issued_on       date,
    index_number    varchar(200),
    created_by      bigint        not null,
    created_by_name varchar(32)   not null,
    created_at      timestamp with time zone not null,
    restored_from   integer,
    unique (item_id, number)
);

create sequence publication_record_seq start with 1 increment by 50;
create table publication_record (
    id           bigint      not null primary key,
    item_id      bigint      not null references item (id),
    column_id    bigint      not null,
    revision     integer     not null,
    category     varchar(40) not null,
    window_hours integer,
    clock_start  varchar(20),
    received_at  timestamp with time zone,
    submitted_at timestamp with time zone,
    approved_at  timestamp with time zone,
    due_at       timestamp with time zone,
    published_at timestamp with time zone not null,
    on_time      boolean,
    scheduled    boolean     not null
);
create index publication_record_by_time on publication_record (published_at);
create index publication_record_by_item on publication_record (item_id);

create sequence contribution_seq start with 1 increment by 50;
create table contribution (
    id                  bigint       not null primary key,
    contributor_id      bigint       not null references app_user (id),
    contributor_name    varchar(32)  not null,
    kind                varchar(20)  not null,
    title               varchar(200) not null,
    body                varchar,
    suggested_column_id bigint,
    suggested_category  varchar(40),
    status              varchar(20)  not null,
    item_id             bigint,
    handled_by          bigint,
    handled_by_name     varchar(32),
    handled_at          timestamp with time zone,
    response            varchar(2000),
    created_at          timestamp with time zone not null,
    version             bigint       not null
);
create index contribution_by_contributor on contribution (contributor_id);
create index contribution_by_status on contribution (status);

create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id           bigint      not null primary key,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint      not null,
    actor_name   varchar(32) not null,
    action       varchar(60) not null,
    subject_type varchar(30) not null,
    subject_id   bigint      not null,
    comment      varchar(4000),
    details      varchar
);
create index audit_event_by_subject on audit_event (subject_type, subject_id);
create index audit_event_by_time on audit_event (occurred_at);

-- ShedLock: one row per timed job; the holder of a row's lock runs that job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

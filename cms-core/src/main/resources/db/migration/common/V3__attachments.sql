-- Attachments: stored files referenced by revisions (a revision lists the ids of its attachments).
create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id                 bigint        not null primary key,
    item_id            bigint        not null references item (id),
    file_name          varchar(200)  not null,
    content_type       varchar(200),
    size_bytes         bigint        not null,
    sha256             varchar(64)   not null,
    storage_key        varchar(300)  not null,
    uploaded_by        bigint        not null,
    uploaded_at        timestamp with time zone not null,
    extraction         varchar(20)   not null,
    extraction_message varchar(1000),
    extracted_text     varchar,
    text_truncated     boolean       not null,
    extracted_at       timestamp with time zone,
    version            bigint        not null
);
create index attachment_by_item on attachment (item_id);
create index attachment_by_extraction on attachment (extraction);

alter table item_revision add column attachment_ids varchar(2000);

-- Visit statistics: daily totals only. No addresses, no user agents, no cookies: a visitor is a hash salted afresh
-- each day, kept until the day is counted up, and the salt is deleted once its day is over.
create table visit_count (
    on_day    date   not null,
    column_id bigint not null,
    item_id   bigint not null,
    views     bigint not null,
    primary key (on_day, column_id, item_id)
);

create table visit_referrer (
    on_day date         not null,
    domain varchar(253) not null,
    views  bigint       not null,
    primary key (on_day, domain)
);

create table visit_visitor (
    on_day  date        not null,
    visitor varchar(32) not null,
    primary key (on_day, visitor)
);

create table visit_daily_visitors (
    on_day   date   not null primary key,
    visitors bigint not null
);

create table visit_salt (
    on_day date        not null primary key,
    salt   varchar(64) not null
);

-- The key preview links are signed with, made once at random unless lanmu.preview.secret sets one.
create table preview_key (
    id     int          not null primary key,
    secret varchar(100) not null
);

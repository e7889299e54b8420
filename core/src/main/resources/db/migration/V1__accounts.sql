-- Who can sign in. Staff (ADMIN, CONSULTANT) and candidates with a portal login share this table.
create sequence user_account_seq;

create table user_account (
    id                   bigint       primary key default nextval('user_account_seq'),
    version              bigint       not null default 0,
    email                varchar(254) not null,
    display_name         varchar(120) not null,
    password_hash        varchar(200) not null,
    role                 varchar(20)  not null check (role in ('ADMIN', 'CONSULTANT', 'CANDIDATE')),
    locale               varchar(35)  not null,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null,
    created_at           timestamptz  not null,
    constraint user_account_email_unique unique (email)
);

create index user_account_role_idx on user_account (role);

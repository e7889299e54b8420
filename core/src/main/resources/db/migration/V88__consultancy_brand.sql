-- The consultancy's own name and logo (#20): shown in the web UI, the candidate portal, the mobile app's sign-in
-- screen and every e-mail, changed by an admin at run time. One row, always there: a consultancy that never set its
-- brand is "CareerBridge" without a logo. The logo is a small PNG or JPEG kept in the row itself (the service checks
-- type, size and dimensions); the version is the optimistic lock and the logo's entity tag.

create table consultancy_brand (
    id                bigint       primary key default 1 check (id = 1),
    version           bigint       not null default 0,
    name_ko           varchar(80)  not null check (char_length(btrim(name_ko)) > 0),
    name_en           varchar(80)  not null check (char_length(btrim(name_en)) > 0),
    logo              bytea        check (octet_length(logo) <= 262144),
    logo_content_type varchar(20)  check (logo_content_type in ('image/png', 'image/jpeg')),
    updated_at        timestamptz  not null,
    updated_by        bigint       references user_account (id) on delete set null,
    constraint consultancy_brand_logo_typed check ((logo is null) = (logo_content_type is null))
);

insert into consultancy_brand (id, name_ko, name_en, updated_at) values (1, 'CareerBridge', 'CareerBridge', now());

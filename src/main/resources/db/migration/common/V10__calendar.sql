-- The working-day calendar: per year, the State Council notice, its public holidays and the weekend days it turns
-- into working days. A year without a row here counts Monday to Friday.
create table calendar_year (
    year_number integer      primary key,
    notice      varchar(500) not null
);

create table calendar_holiday (
    year_number integer      not null references calendar_year (year_number),
    first_day   date         not null,
    last_day    date         not null,
    name        varchar(200) not null,
    primary key (year_number, first_day)
);

create table calendar_working_day (
    work_date   date    primary key,
    year_number integer not null references calendar_year (year_number)
);
create index calendar_working_day_year on calendar_working_day (year_number);

-- The directory: regions (GB/T 2260), departments, agencies (department x region) and officers.
create table region (
    code        varchar(12)  primary key,
    parent_code varchar(12)  references region (code),
    level       varchar(16)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null
);
create index region_parent on region (parent_code);

create table department (
    code    varchar(16)  primary key,
    name_zh varchar(100) not null,
    name_en varchar(100) not null
);

create table agency (
    code            varchar(40)  primary key,
    department_code varchar(16)  not null references department (code),
    region_code     varchar(12)  not null references region (code),
    name_zh         varchar(200) not null,
    name_en         varchar(200) not null,
    created_at      timestamp with time zone not null default current_timestamp,
    constraint agency_department_region unique (department_code, region_code)
);
create index agency_region on agency (region_code);

create table officer (
    username      varchar(64)  primary key,
    display_name  varchar(100) not null,
    agency_code   varchar(40)  not null references agency (code),
    password_hash varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null default current_timestamp
);
create index officer_agency on officer (agency_code);

create table officer_role (
    username varchar(64) not null references officer (username),
    role     varchar(20) not null,
    primary key (username, role)
);

-- Reference data: Anhui province with Hefei and Wuhu and their districts (GB/T 2260).
insert into region (code, parent_code, level, name_zh, name_en) values
    ('34',     null,   'PROVINCE', '安徽省', 'Anhui Province'),
    ('3401',   '34',   'CITY',     '合肥市', 'Hefei'),
    ('340102', '3401', 'DISTRICT', '瑶海区', 'Yaohai District'),
    ('340103', '3401', 'DISTRICT', '庐阳区', 'Luyang District'),
    ('340104', '3401', 'DISTRICT', '蜀山区', 'Shushan District'),
    ('340111', '3401', 'DISTRICT', '包河区', 'Baohe District'),
    ('3402',   '34',   'CITY',     '芜湖市', 'Wuhu'),
    ('340202', '3402', 'DISTRICT', '镜湖区', 'Jinghu District'),
    ('340207', '3402', 'DISTRICT', '鸠江区', 'Jiujiang District'),
    ('340209', '3402', 'DISTRICT', '湾沚区', 'Wanzhi District');

insert into department (code, name_zh, name_en) values
    ('MR',  '市场监督管理', 'Market Regulation'),
    ('PS',  '公安',         'Public Security'),
    ('COM', '商务',         'Commerce'),
    ('CT',  '文化和旅游',   'Culture and Tourism'),
    ('HE',  '卫生健康',     'Health'),
    ('CAC', '网信',         'Cyberspace Administration'),
    ('TR',  '交通运输',     'Transport');

-- Demo directory for the embedded run and the tests: agencies and officers, every password is 'jointcase'.
-- Repeatable and idempotent (plain SQL for H2 and PostgreSQL): it adds only the rows that are missing.
insert into agency (code, department_code, region_code, name_zh, name_en)
select v.code, v.department_code, v.region_code, v.name_zh, v.name_en from (values
    ('34-MR', 'MR', '34', '安徽省市场监督管理局', 'Anhui Provincial Administration for Market Regulation'),
    ('3401-MR', 'MR', '3401', '合肥市市场监督管理局', 'Hefei Market Regulation Bureau'),
    ('340104-MR', 'MR', '340104', '合肥市蜀山区市场监督管理局', 'Shushan District Market Regulation Bureau, Hefei'),
    ('340111-MR', 'MR', '340111', '合肥市包河区市场监督管理局', 'Baohe District Market Regulation Bureau, Hefei'),
    ('3402-MR', 'MR', '3402', '芜湖市市场监督管理局', 'Wuhu Market Regulation Bureau'),
    ('340202-MR', 'MR', '340202', '芜湖市镜湖区市场监督管理局', 'Jinghu District Market Regulation Bureau, Wuhu'),
    ('340207-MR', 'MR', '340207', '芜湖市鸠江区市场监督管理局', 'Jiujiang District Market Regulation Bureau, Wuhu'),
    ('34-PS', 'PS', '34', '安徽省公安厅', 'Anhui Provincial Department of Public Security'),
    ('3401-PS', 'PS', '3401', '合肥市公安局', 'Hefei Public Security Bureau'),
    ('340104-PS', 'PS', '340104', '合肥市公安局蜀山分局', 'Shushan Branch of Hefei Public Security Bureau'),
    ('3402-PS', 'PS', '3402', '芜湖市公安局', 'Wuhu Public Security Bureau'),
    ('34-COM', 'COM', '34', '安徽省商务厅', 'Anhui Provincial Department of Commerce'),
    ('3401-COM', 'COM', '3401', '合肥市商务局', 'Hefei Commerce Bureau'),
    ('3402-COM', 'COM', '3402', '芜湖市商务局', 'Wuhu Commerce Bureau'),
    ('34-CT', 'CT', '34', '安徽省文化和旅游厅', 'Anhui Provincial Department of Culture and Tourism'),
    ('3401-CT', 'CT', '3401', '合肥市文化和旅游局', 'Hefei Culture and Tourism Bureau'),
    ('3402-CT', 'CT', '3402', '芜湖市文化和旅游局', 'Wuhu Culture and Tourism Bureau'),
    ('34-HE', 'HE', '34', '安徽省卫生健康委员会', 'Anhui Provincial Health Commission'),
    ('3401-HE', 'HE', '3401', '合肥市卫生健康委员会', 'Hefei Health Commission'),
    ('3402-HE', 'HE', '3402', '芜湖市卫生健康委员会', 'Wuhu Health Commission')
) as v (code, department_code, region_code, name_zh, name_en)
where not exists (select 1 from agency a where a.code = v.code);

insert into officer (username, display_name, agency_code, password_hash)
select v.username, v.display_name, v.agency_code, v.password_hash from (values
    ('admin', '管理员 Administrator', '34-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('auditor', '审计员 Auditor', '34-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('operator', '运维员 Operator', '34-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('anhui.coordinator', '省级协调人 Provincial Coordinator', '34-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.inspector', '合肥执法员 Hefei Inspector', '3401-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.supervisor', '合肥负责人 Hefei Supervisor', '3401-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.coordinator', '合肥协调人 Hefei Coordinator', '3401-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('shushan.inspector', '蜀山执法员 Shushan Inspector', '340104-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('shushan.supervisor', '蜀山负责人 Shushan Supervisor', '340104-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('baohe.inspector', '包河执法员 Baohe Inspector', '340111-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('baohe.supervisor', '包河负责人 Baohe Supervisor', '340111-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('wuhu.inspector', '芜湖执法员 Wuhu Inspector', '3402-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('wuhu.supervisor', '芜湖负责人 Wuhu Supervisor', '3402-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('wuhu.coordinator', '芜湖协调人 Wuhu Coordinator', '3402-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('jinghu.inspector', '镜湖执法员 Jinghu Inspector', '340202-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('jinghu.supervisor', '镜湖负责人 Jinghu Supervisor', '340202-MR', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.police.inspector', '合肥公安民警 Hefei Police Inspector', '3401-PS', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.police.supervisor', '合肥公安负责人 Hefei Police Supervisor', '3401-PS', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('wuhu.police.inspector', '芜湖公安民警 Wuhu Police Inspector', '3402-PS', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('wuhu.police.supervisor', '芜湖公安负责人 Wuhu Police Supervisor', '3402-PS', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.commerce.inspector', '合肥商务执法员 Hefei Commerce Inspector', '3401-COM', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.commerce.supervisor', '合肥商务负责人 Hefei Commerce Supervisor', '3401-COM', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.culture.inspector', '合肥文旅执法员 Hefei Culture Inspector', '3401-CT', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.culture.supervisor', '合肥文旅负责人 Hefei Culture Supervisor', '3401-CT', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.health.inspector', '合肥卫健执法员 Hefei Health Inspector', '3401-HE', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C'),
    ('hefei.health.supervisor', '合肥卫健负责人 Hefei Health Supervisor', '3401-HE', '$2a$10$s.Ukk1wdVhZQKATwsqkWIefDRsQi4QnnFe3fy0v34gTFuom5SBB4C')
) as v (username, display_name, agency_code, password_hash)
where not exists (select 1 from officer a where a.username = v.username);

insert into officer_role (username, role)
select v.username, v.role from (values
    ('admin', 'ADMINISTRATOR'),
    ('auditor', 'AUDITOR'),
    ('operator', 'OPERATOR'),
    ('anhui.coordinator', 'COORDINATOR'),
    ('anhui.coordinator', 'SUPERVISOR'),
    ('hefei.inspector', 'INSPECTOR'),
    ('hefei.supervisor', 'SUPERVISOR'),
    ('hefei.coordinator', 'COORDINATOR'),
    ('shushan.inspector', 'INSPECTOR'),
    ('shushan.supervisor', 'SUPERVISOR'),
    ('baohe.inspector', 'INSPECTOR'),
    ('baohe.supervisor', 'SUPERVISOR'),
    ('wuhu.inspector', 'INSPECTOR'),
    ('wuhu.supervisor', 'SUPERVISOR'),
    ('wuhu.coordinator', 'COORDINATOR'),
    ('jinghu.inspector', 'INSPECTOR'),
    ('jinghu.supervisor', 'SUPERVISOR'),
    ('hefei.police.inspector', 'INSPECTOR'),
    ('hefei.police.supervisor', 'SUPERVISOR'),
    ('wuhu.police.inspector', 'INSPECTOR'),
    ('wuhu.police.supervisor', 'SUPERVISOR'),
    ('hefei.commerce.inspector', 'INSPECTOR'),
    ('hefei.commerce.supervisor', 'SUPERVISOR'),
    ('hefei.culture.inspector', 'INSPECTOR'),
    ('hefei.culture.supervisor', 'SUPERVISOR'),
    ('hefei.health.inspector', 'INSPECTOR'),
    ('hefei.health.supervisor', 'SUPERVISOR')
) as v (username, role)
where not exists (select 1 from officer_role a where a.username = v.username and a.role = v.role);

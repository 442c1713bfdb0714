-- 0002-seed.sql: the code lists every database starts with.
-- Seed rows have fixed UUIDs so that two offline sites made from scratch agree on them.

INSERT INTO competency (id, created_at, updated_at, name, kind, sort_order) VALUES
  ('faebc692-fa1e-5911-a276-703332bab728', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '政治能力', 'ability', 1),
  ('189bc7c7-607d-527d-bf2c-d27b28202d20', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '调查研究', 'ability', 2),
  ('a1e7a450-a42b-543d-a4ca-243249b086d0', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '科学决策', 'ability', 3),
  ('76624cab-0ee1-5f03-84b0-90157b4a8007', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '改革攻坚', 'ability', 4),
  ('da705c79-4f24-5a98-a2b4-b410fef65c6e', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '应急处突', 'ability', 5),
  ('374cc2a4-5c1c-5b55-859b-ce62b40a5e9b', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '群众工作', 'ability', 6),
  ('89f5a65d-853f-592b-9679-49afd0e3e02e', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '抓落实', 'ability', 7),
  ('3f5fd5f9-7c86-5cc2-b905-334b6001aac9', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '优化营商环境', 'theme', 101),
  ('123b2f23-cbb7-5b18-b99b-38ddf5d11bcb', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '乡村振兴', 'theme', 102),
  ('c085089d-89aa-5365-97db-1403b21d23f3', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '基层治理', 'theme', 103),
  ('c0145312-d3aa-5b70-a9f3-d1e19dbaf69a', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '科技创新', 'theme', 104),
  ('38098ea4-d78f-5eb7-8730-8a0d2ff06402', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '党性教育', 'theme', 105),
  ('188636cf-893f-5ee5-a850-bed1f320d036', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '理论教育', 'theme', 106),
  ('8b5841a9-8200-5171-a487-e0aad5fc9053', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '法治建设', 'theme', 107),
  ('1bda2408-407d-54cc-9cc0-012deb4cde36', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '生态文明', 'theme', 108),
  ('12ae81ea-16d9-5e0a-95fa-98c02086af90', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '数字政府', 'theme', 109),
  ('3f80a3ae-371a-594a-ad94-73b9b1538973', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '安全生产', 'theme', 110);

-- 干部教育培训工作条例 (2023): 县处级以上和四级调研员以上每 5 年至少 3 个月或 550 学时
-- 脱产培训; 乡科级和一级主任科员以下每年至少 12 天或 90 学时集中培训; 网络培训按岗位要求.
INSERT INTO credit_rule (id, created_at, updated_at, rank_group, period_years, hours, online_hours, description) VALUES
  ('f59a7137-a48c-5669-997a-8e16dc545b0b', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'county_and_above', 5, 550, 0, '县处级以上领导干部和四级调研员以上职级干部：每5年参加脱产培训累计不少于3个月或550学时'),
  ('95c4bca7-a978-5dbf-8bb3-343ff0946978', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'township_and_below', 1, 90, 0, '乡科级领导干部和一级主任科员以下职级干部：每年参加集中培训累计不少于12天或90学时');

INSERT INTO site (id, created_at, updated_at, name, kind) VALUES
  ('ba195f64-3f34-5f74-8417-d2fa30f93f61', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'office', 'office');

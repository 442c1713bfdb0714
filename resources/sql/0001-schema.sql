-- 0001-schema.sql: the whole domain of DESIGN.md.
-- Every table: a UUID text key, so rows made on two offline machines never collide
-- (and SQLite's session extension, used for sync, needs explicit keys), plus ISO 8601
-- UTC timestamps. Code values are stored as their stable English keys or national
-- standard names; the UI translates them.
-- Lists of allowed values are spelled a = 'x' OR a = 'y' …: SQLite evaluates IN (…) of three or
-- more constants by building a temporary index for every statement run, which made each
-- one-row insert several times slower.

CREATE TABLE org_unit (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL,
  parent_id   TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  code        TEXT,
  kind        TEXT,
  sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE INDEX org_unit_name ON org_unit (name);

CREATE TABLE cadre (
  id                TEXT PRIMARY KEY,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  name              TEXT NOT NULL CHECK (name <> ''),
  gender            TEXT CHECK (gender IN ('男', '女')),
  ethnicity         TEXT,
  birth_date        TEXT,
  citizen_id        TEXT NOT NULL UNIQUE CHECK (length (citizen_id) = 18),
  political_status  TEXT,
  unit_id           TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  post              TEXT,
  rank              TEXT,
  education         TEXT,
  phone             TEXT,
  note              TEXT
);
CREATE INDEX cadre_unit ON cadre (unit_id);

CREATE TABLE competency (
  id           TEXT PRIMARY KEY,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  name         TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL DEFAULT 'theme' CHECK (kind IN ('ability', 'theme')),
  description  TEXT,
  sort_order   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE teacher (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  name            TEXT NOT NULL CHECK (name <> ''),
  gender          TEXT CHECK (gender IN ('男', '女')),
  employment      TEXT NOT NULL DEFAULT 'full_time' CHECK (employment IN ('full_time', 'part_time')),
  source          TEXT,
  unit            TEXT,
  title           TEXT,
  tier            TEXT,
  dual_qualified  INTEGER NOT NULL DEFAULT 0 CHECK (dual_qualified IN (0, 1)),
  phone           TEXT,
  note            TEXT
);
CREATE INDEX teacher_name ON teacher (name);

CREATE TABLE teacher_competency (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  teacher_id     TEXT NOT NULL REFERENCES teacher (id) ON DELETE CASCADE,
  competency_id  TEXT NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  UNIQUE (teacher_id, competency_id)
);
CREATE INDEX teacher_competency_competency ON teacher_competency (competency_id);

CREATE TABLE base (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  name           TEXT NOT NULL CHECK (name <> ''),
  region         TEXT,
  address        TEXT,
  capacity       INTEGER CHECK (capacity IS NULL OR capacity >= 0),
  contact_name   TEXT,
  contact_phone  TEXT,
  description    TEXT
);

CREATE TABLE base_theme (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  base_id        TEXT NOT NULL REFERENCES base (id) ON DELETE CASCADE,
  competency_id  TEXT NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  UNIQUE (base_id, competency_id)
);
CREATE INDEX base_theme_competency ON base_theme (competency_id);

CREATE TABLE course (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  title         TEXT NOT NULL CHECK (title <> ''),
  category      TEXT,
  method        TEXT NOT NULL DEFAULT 'lecture',
  hours         REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
  quality_tier  TEXT,
  is_local      INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
  description   TEXT
);
CREATE INDEX course_title ON course (title);

CREATE TABLE course_competency (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  course_id      TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  competency_id  TEXT NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  UNIQUE (course_id, competency_id)
);
CREATE INDEX course_competency_competency ON course_competency (competency_id);

CREATE TABLE course_teacher (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  course_id   TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  teacher_id  TEXT NOT NULL REFERENCES teacher (id) ON DELETE CASCADE,
  UNIQUE (course_id, teacher_id)
);
CREATE INDEX course_teacher_teacher ON course_teacher (teacher_id);

CREATE TABLE case_study (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  title         TEXT NOT NULL CHECK (title <> ''),
  region        TEXT,
  summary       TEXT,
  quality_tier  TEXT,
  is_local      INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
  course_id     TEXT REFERENCES course (id) ON DELETE SET NULL,
  competency_id TEXT REFERENCES competency (id) ON DELETE SET NULL
);
CREATE INDEX case_study_course ON case_study (course_id);
CREATE INDEX case_study_competency ON case_study (competency_id);

CREATE TABLE plan (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),
  title       TEXT NOT NULL CHECK (title <> ''),
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft' OR status = 'approved' OR status = 'closed'),
  note        TEXT
);

CREATE TABLE plan_item (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  plan_id         TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (title <> ''),
  class_type      TEXT,
  audience_ranks  TEXT,
  quota           INTEGER CHECK (quota IS NULL OR quota >= 0),
  days            REAL CHECK (days IS NULL OR days >= 0),
  month           INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),
  budget          REAL CHECK (budget IS NULL OR budget >= 0),
  demand_source   TEXT,
  note            TEXT
);
CREATE INDEX plan_item_plan ON plan_item (plan_id);

CREATE TABLE plan_item_competency (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  plan_item_id   TEXT NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  competency_id  TEXT NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  UNIQUE (plan_item_id, competency_id)
);
CREATE INDEX plan_item_competency_competency ON plan_item_competency (competency_id);

-- 调训名额: how many places of a plan item each unit is given.
CREATE TABLE plan_quota (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  plan_item_id  TEXT NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
  unit_id       TEXT NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  quota         INTEGER NOT NULL CHECK (quota >= 0),
  UNIQUE (plan_item_id, unit_id)
);
CREATE INDEX plan_quota_unit ON plan_quota (unit_id);

CREATE TABLE class (
  id                    TEXT PRIMARY KEY,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  code                  TEXT NOT NULL UNIQUE CHECK (code <> ''),
  title                 TEXT NOT NULL CHECK (title <> ''),
  plan_item_id          TEXT REFERENCES plan_item (id) ON DELETE SET NULL,
  class_type            TEXT,
  start_date            TEXT NOT NULL,
  end_date              TEXT NOT NULL,
  venue                 TEXT,
  head_teacher          TEXT,
  capacity              INTEGER CHECK (capacity IS NULL OR capacity >= 0),
  required_hours        REAL CHECK (required_hours IS NULL OR required_hours >= 0),
  credit_hours          REAL CHECK (credit_hours IS NULL OR credit_hours >= 0),
  status                TEXT NOT NULL DEFAULT 'planning'
                          CHECK (status = 'planning' OR status = 'enrolling' OR status = 'running' OR status = 'finished' OR status = 'archived'),
  max_lecture_share     REAL NOT NULL DEFAULT 0.5 CHECK (max_lecture_share BETWEEN 0 AND 1),
  attendance_threshold  REAL NOT NULL DEFAULT 0.857 CHECK (attendance_threshold BETWEEN 0 AND 1),
  pass_score            REAL NOT NULL DEFAULT 60,
  note                  TEXT,
  CHECK (end_date >= start_date)
);
CREATE INDEX class_plan_item ON class (plan_item_id);
CREATE INDEX class_start ON class (start_date);

CREATE TABLE enrollment (
  id                 TEXT PRIMARY KEY,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  class_id           TEXT NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  cadre_id           TEXT NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
  status             TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'withdrawn')),
  withdraw_reason    TEXT,
  group_name         TEXT,
  class_role         TEXT,
  dormitory          TEXT,
  seat               TEXT,
  exam_score         REAL,
  paper_score        REAL,
  completion         TEXT NOT NULL DEFAULT 'pending'
                       CHECK (completion = 'pending' OR completion = 'completed' OR completion = 'not_completed'),
  completion_reason  TEXT,
  completion_override INTEGER NOT NULL DEFAULT 0 CHECK (completion_override IN (0, 1)),
  UNIQUE (class_id, cadre_id)
);
CREATE INDEX enrollment_cadre ON enrollment (cadre_id);

CREATE TABLE session (
  id                 TEXT PRIMARY KEY,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  class_id           TEXT NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  date               TEXT NOT NULL,
  slot               TEXT NOT NULL CHECK (slot = 'morning' OR slot = 'afternoon' OR slot = 'evening'),
  start_time         TEXT NOT NULL,
  end_time           TEXT NOT NULL,
  course_id          TEXT REFERENCES course (id) ON DELETE SET NULL,
  title              TEXT,
  teacher_id         TEXT REFERENCES teacher (id) ON DELETE SET NULL,
  base_id            TEXT REFERENCES base (id) ON DELETE SET NULL,
  room               TEXT,
  method             TEXT NOT NULL DEFAULT 'lecture',
  hours              REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
  is_elective        INTEGER NOT NULL DEFAULT 0 CHECK (is_elective IN (0, 1)),
  elective_capacity  INTEGER CHECK (elective_capacity IS NULL OR elective_capacity >= 0),
  CHECK (end_time > start_time)
);
CREATE INDEX session_class ON session (class_id, date);
CREATE INDEX session_teacher ON session (teacher_id, date);
CREATE INDEX session_base ON session (base_id, date);
CREATE INDEX session_course ON session (course_id);

CREATE TABLE elective_choice (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  session_id     TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  enrollment_id  TEXT NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
  UNIQUE (session_id, enrollment_id)
);
CREATE INDEX elective_choice_enrollment ON elective_choice (enrollment_id);

CREATE TABLE attendance (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  session_id     TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  enrollment_id  TEXT NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
  status         TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'leave' OR status = 'absent'),
  note           TEXT,
  UNIQUE (session_id, enrollment_id)
);
CREATE INDEX attendance_enrollment ON attendance (enrollment_id);

CREATE TABLE leave_request (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  enrollment_id  TEXT NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
  start_date     TEXT NOT NULL,
  end_date       TEXT NOT NULL,
  hours          REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
  reason         TEXT NOT NULL,
  approved       INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
  CHECK (end_date >= start_date)
);
CREATE INDEX leave_request_enrollment ON leave_request (enrollment_id);

-- One engine for needs surveys, course and class evaluations and follow-ups.
CREATE TABLE questionnaire (
  id           TEXT PRIMARY KEY,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind = 'needs' OR kind = 'course_evaluation' OR kind = 'class_evaluation' OR kind = 'followup'),
  title        TEXT NOT NULL CHECK (title <> ''),
  description  TEXT,
  is_template  INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
  class_id     TEXT REFERENCES class (id) ON DELETE CASCADE
);
CREATE INDEX questionnaire_class ON questionnaire (class_id);

CREATE TABLE question (
  id                TEXT PRIMARY KEY,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  questionnaire_id  TEXT NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  kind              TEXT NOT NULL CHECK (kind = 'rating' OR kind = 'choice' OR kind = 'multi_choice' OR kind = 'text'),
  text              TEXT NOT NULL CHECK (text <> ''),
  options           TEXT,
  scale_max         INTEGER NOT NULL DEFAULT 5,
  competency_id     TEXT REFERENCES competency (id) ON DELETE SET NULL,
  UNIQUE (questionnaire_id, position)
);

CREATE TABLE response (
  id                TEXT PRIMARY KEY,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  questionnaire_id  TEXT NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
  subject_kind      TEXT NOT NULL CHECK (subject_kind = 'session' OR subject_kind = 'class' OR subject_kind = 'cadre' OR subject_kind = 'action_plan'),
  subject_id        TEXT NOT NULL,
  respondent_id     TEXT REFERENCES cadre (id) ON DELETE SET NULL,
  submitted_at      TEXT NOT NULL
);
CREATE INDEX response_questionnaire ON response (questionnaire_id);
CREATE INDEX response_subject ON response (subject_kind, subject_id);
CREATE INDEX response_respondent ON response (respondent_id);

CREATE TABLE answer (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  response_id   TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  question_id   TEXT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  value_number  REAL,
  value_text    TEXT
);
CREATE INDEX answer_response ON answer (response_id);
CREATE INDEX answer_question ON answer (question_id);

CREATE TABLE credit_rule (
  id            TEXT PRIMARY KEY,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  rank_group    TEXT NOT NULL UNIQUE,
  period_years  INTEGER NOT NULL CHECK (period_years > 0),
  hours         REAL NOT NULL CHECK (hours >= 0),
  online_hours  REAL NOT NULL DEFAULT 0 CHECK (online_hours >= 0),
  description   TEXT
);

CREATE TABLE credit_record (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  cadre_id    TEXT NOT NULL REFERENCES cadre (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1950 AND 2200),
  source      TEXT NOT NULL CHECK (source = 'class' OR source = 'online' OR source = 'other'),
  hours       REAL NOT NULL CHECK (hours >= 0),
  class_id    TEXT REFERENCES class (id) ON DELETE SET NULL,
  note        TEXT
);
CREATE INDEX credit_record_cadre ON credit_record (cadre_id, year);
CREATE INDEX credit_record_class ON credit_record (class_id);

CREATE TABLE certificate_template (
  id                 TEXT PRIMARY KEY,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  name               TEXT NOT NULL UNIQUE,
  page_size          TEXT NOT NULL DEFAULT 'A4',
  orientation        TEXT NOT NULL DEFAULT 'landscape' CHECK (orientation IN ('portrait', 'landscape')),
  background         BLOB,
  layout             TEXT,
  wording            TEXT,
  numbering_pattern  TEXT NOT NULL DEFAULT '{year}{class code}{seq:3}',
  preprinted         INTEGER NOT NULL DEFAULT 0 CHECK (preprinted IN (0, 1)),
  is_default         INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);

CREATE TABLE certificate (
  id                 TEXT PRIMARY KEY,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  enrollment_id      TEXT NOT NULL UNIQUE REFERENCES enrollment (id) ON DELETE RESTRICT,
  template_id        TEXT REFERENCES certificate_template (id) ON DELETE SET NULL,
  number             TEXT NOT NULL UNIQUE,
  issued_on          TEXT NOT NULL,
  verification_code  TEXT NOT NULL UNIQUE,
  revoked            INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  revoked_reason     TEXT,
  revoked_at         TEXT
);

CREATE TABLE action_plan (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  enrollment_id   TEXT NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (title <> ''),
  goal            TEXT,
  due_date        TEXT,
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'done' OR status = 'dropped'),
  outcome         TEXT,
  outcome_rating  INTEGER CHECK (outcome_rating IS NULL OR outcome_rating BETWEEN 1 AND 5)
);
CREATE INDEX action_plan_enrollment ON action_plan (enrollment_id);

CREATE TABLE followup (
  id              TEXT PRIMARY KEY,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  action_plan_id  TEXT NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  month_offset    INTEGER NOT NULL CHECK (month_offset > 0),
  due_date        TEXT NOT NULL,
  done_on         TEXT,
  unit_rating     INTEGER CHECK (unit_rating IS NULL OR unit_rating BETWEEN 1 AND 5),
  note            TEXT
);
CREATE INDEX followup_action_plan ON followup (action_plan_id);
CREATE INDEX followup_due ON followup (due_date);

CREATE TABLE user (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  login          TEXT NOT NULL UNIQUE,
  display_name   TEXT,
  role           TEXT NOT NULL DEFAULT 'registrar'
                   CHECK (role = 'admin' OR role = 'registrar' OR role = 'head_teacher' OR role = 'site_clerk' OR role = 'leader'),
  password_hash  TEXT
);

-- Who changed what: one row per written record; changes is a JSON object
-- {"field": [old, new], ...} (NULL for an insert: the row itself holds the first values).
-- An import writes one row for all the records it creates (action 'import', row_id the
-- import's own id, changes {"file", "rows", "inserted", "updated", "created_at"}); those
-- records carry that created_at. Its updates are logged row by row like any other.
-- The one table whose key is not id alone: it is read by row (a record's history) and written
-- on every change, so it is clustered on (row_id, id) without rowid. History is then one range
-- scan, and each write touches one B-tree instead of three. id stays a UUID, unique by making.
CREATE TABLE audit_log (
  id          TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  user_login  TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_id      TEXT NOT NULL,
  action      TEXT NOT NULL
                CHECK (action = 'insert' OR action = 'update' OR action = 'delete' OR action = 'import'),
  changes     TEXT,
  PRIMARY KEY (row_id, id)
) WITHOUT ROWID;

CREATE TABLE site (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL DEFAULT 'site' CHECK (kind IN ('office', 'site')),
  last_sync   TEXT
);

CREATE TABLE sync_log (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  site_id     TEXT NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  direction   TEXT NOT NULL CHECK (direction IN ('send', 'receive')),
  file_name   TEXT,
  n_changes   INTEGER NOT NULL DEFAULT 0,
  n_conflicts INTEGER NOT NULL DEFAULT 0,
  note        TEXT
);
CREATE INDEX sync_log_site ON sync_log (site_id);

-- School-wide settings (school name, signing key …), one row per key.
CREATE TABLE setting (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  key         TEXT NOT NULL UNIQUE,
  value       TEXT
);

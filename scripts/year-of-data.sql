-- A year of data (issue 16, item 4): applications, licenses with their events, objects and duplicates, and the
-- evidence log's rows with a real hash chain, generated set-based into a migrated, empty PostgreSQL database.
-- Run by scripts/year-of-data.sh (psql variables: apps, licenses, as_of = the last day of the year, YYYY-MM-DD).
-- Every row is consistent with the schema and with what the pages read: catalog services and providers, applicants'
-- IIN/BIN with valid check digits, Almaty times on working days, deadlines in working days, assignees who exist.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET TIME ZONE 'Asia/Almaty';
\timing on

DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM application) OR EXISTS (SELECT 1 FROM evidence_entry) THEN
        RAISE EXCEPTION 'the database already holds applications or evidence: the generator fills an empty, migrated one';
    END IF;
END $$;

-- 12 digits: the eleven given and their check digit (contracts.md 5; two weight rounds, NULL when both give 10)
CREATE FUNCTION pg_temp.with_check(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c1 < 10 THEN d || c1 WHEN c2 < 10 THEN d || c2 END
    FROM (SELECT (SELECT sum(substr(d, i, 1)::int * i) FROM generate_series(1, 11) i) % 11 AS c1,
                 (SELECT sum(substr(d, i, 1)::int * ((i + 1) % 11 + 1)) FROM generate_series(1, 11) i) % 11 AS c2) x
$$;
-- a uniform number in [0, 1) from a seed and a salt (stable from run to run)
CREATE FUNCTION pg_temp.u(seed bigint, salt int) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5(seed::text || ':' || salt), 1, 8))::bit(32)::bigint / 4294967296.0
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- working days of the year (Saturdays, Sundays and the calendar's holidays off; its moved working days on)
CREATE TEMP TABLE wd AS
SELECT row_number() OVER (ORDER BY d)::int AS n, d
FROM (SELECT g::date AS d FROM generate_series(:'as_of'::date - 400, :'as_of'::date + 120, interval '1 day') g) days
WHERE (extract(isodow FROM d) < 6
       AND NOT EXISTS (SELECT 1 FROM working_calendar_day c
                       WHERE c.calendar_date = d AND c.day_kind IN ('HOLIDAY', 'TRANSFERRED_DAY_OFF', 'MOVED_DAY_OFF')))
   OR EXISTS (SELECT 1 FROM working_calendar_day c WHERE c.calendar_date = d AND c.day_kind = 'MOVED_WORKING_DAY');
CREATE UNIQUE INDEX ON wd (n);
CREATE UNIQUE INDEX ON wd (d);
ANALYZE wd;
SELECT min(n) AS first_n, max(n) FILTER (WHERE d <= :'as_of'::date) AS today_n,
       (SELECT n FROM wd WHERE d >= :'as_of'::date - 364 ORDER BY n LIMIT 1) AS year_start_n
FROM wd \gset

-- officers: eight and a head per provider (disabled accounts with no usable password: they only own the rows)
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role, enabled)
SELECT 'yod.' || lower(p.code) || '.' || k, '!', (ARRAY['Ахметов Нұрлан', 'Иванова Ольга', 'Сейткали Айгерім',
        'Ким Виктор', 'Жумабаев Ерлан', 'Омарова Дана', 'Петров Сергей', 'Бекова Жанар', 'Тулеуов Марат'])[k + 1],
       p.code, CASE WHEN k = 0 THEN 'head' ELSE 'officer' END, false
FROM provider p, generate_series(0, 8) k;

-- applicants: companies (BIN) and people (IIN), many distinct, with valid check digits
CREATE TEMP TABLE applicant AS
SELECT k, kind, coalesce(pg_temp.with_check(d11), pg_temp.with_check(overlay(d11 placing '9' from 11))) AS id,
       name_ru, name_kz
FROM (SELECT k, 'LEGAL_ENTITY' AS kind,
             to_char(date '2000-01-01' + (k % 9000), 'YYMM') || (ARRAY['4', '5', '6'])[1 + k % 3] || (k % 4)::text
                 || lpad((k / 3 % 100000)::text, 5, '0') AS d11,
             'ТОО «' || (ARRAY['Қорғау', 'Сункар', 'Барыс', 'Алтын', 'Тұлпар', 'Агро', 'Астық', 'Шапағат', 'Нұр',
                               'Жеңіс', 'Батыр', 'Бүркіт', 'Кызмет', 'Береке', 'Exclusive', 'Legion'])[1 + k % 16]
                 || '-' || (ARRAY['Сервис', 'Секьюрити', 'Групп', 'Холдинг', 'Трейд', 'Плюс', 'KZ', 'Азия', 'Жол',
                                  'Даму', 'Снаб', 'Инвест', 'Старт'])[1 + k / 16 % 13] || ' ' || (k % 997) || '»' AS name_ru,
             '«' || (ARRAY['Қорғау', 'Сункар', 'Барыс', 'Алтын', 'Тұлпар', 'Агро', 'Астық', 'Шапағат', 'Нұр',
                           'Жеңіс', 'Батыр', 'Бүркіт', 'Кызмет', 'Береке', 'Exclusive', 'Legion'])[1 + k % 16]
                 || '-' || (ARRAY['Сервис', 'Секьюрити', 'Групп', 'Холдинг', 'Трейд', 'Плюс', 'KZ', 'Азия', 'Жол',
                                  'Даму', 'Снаб', 'Инвест', 'Старт'])[1 + k / 16 % 13] || ' ' || (k % 997)
                 || '» ЖШС' AS name_kz
      FROM generate_series(0, greatest(1000, :apps / 4)) k
      UNION ALL
      SELECT 1000000 + k, 'INDIVIDUAL',
             to_char(date '1960-01-01' + (k * 7 % 16000), 'YYMMDD') || (3 + k % 2)::text
                 || lpad((k / 2 % 10000)::text, 4, '0'),
             (ARRAY['Ахметов', 'Иванов', 'Сейткалиев', 'Ким', 'Жумабаев', 'Омаров', 'Петров', 'Беков', 'Нұрланов',
                    'Тулеуов', 'Смагулов', 'Әбілов'])[1 + k % 12] || ' ' ||
             (ARRAY['Нұрлан', 'Олег', 'Айдос', 'Виктор', 'Ерлан', 'Дамир', 'Сергей', 'Жандос', 'Мұрат', 'Әсет'])[1 + k / 12 % 10],
             (ARRAY['Ахметов', 'Иванов', 'Сейткалиев', 'Ким', 'Жумабаев', 'Омаров', 'Петров', 'Беков', 'Нұрланов',
                    'Тулеуов', 'Смагулов', 'Әбілов'])[1 + k % 12] || ' ' ||
             (ARRAY['Нұрлан', 'Олег', 'Айдос', 'Виктор', 'Ерлан', 'Дамир', 'Сергей', 'Жандос', 'Мұрат', 'Әсет'])[1 + k / 12 % 10]
      FROM generate_series(0, greatest(200, :apps / 20)) k) a;
CREATE TEMP TABLE company AS
SELECT row_number() OVER (ORDER BY k) - 1 AS n, * FROM applicant WHERE kind = 'LEGAL_ENTITY' AND id IS NOT NULL;
CREATE TEMP TABLE person AS
SELECT row_number() OVER (ORDER BY k) - 1 AS n, * FROM applicant WHERE kind = 'INDIVIDUAL' AND id IS NOT NULL;
CREATE UNIQUE INDEX ON company (n);
CREATE UNIQUE INDEX ON person (n);
SELECT count(*) AS companies FROM company \gset
SELECT count(*) AS people FROM person \gset

-- services weighted as a year of eLicense sees them; the security license per region's police department
CREATE TEMP TABLE service_pick AS
SELECT s.code, s.provider_code, s.fee, s.deadline_working_days, s.license_series, s.result_kind, s.applicant_kinds,
       w.weight, sum(w.weight) OVER (ORDER BY s.ord) - w.weight AS lo, sum(w.weight) OVER (ORDER BY s.ord) AS hi,
       (SELECT array_agg(code ORDER BY ord) FROM activity_subtype a WHERE a.service_code = s.code) AS subtypes,
       (SELECT array_agg(code ORDER BY ord) FROM refusal_ground r WHERE r.service_code = s.code) AS grounds,
       (SELECT array_agg(provider_code ORDER BY region_code) FROM service_provider sp WHERE sp.service_code = s.code)
           AS regional
FROM license_service s
JOIN (VALUES ('SECURITY_ACTIVITY', 0.55), ('PRIVATE_BAILIFF', 0.04), ('PESTICIDE_SALE', 0.12),
             ('VETERINARY', 0.14), ('GRAIN_WAREHOUSE', 0.05), ('PESTICIDE_FUMIGATION', 0.04),
             ('PESTICIDE_PRODUCTION', 0.03), ('TRAINING_CENTER', 0.03)) w (code, weight) ON w.code = s.code;

-- ---------------------------------------------------------------------------------------------------------------
-- the applications' plan: one row per application, in order of receipt over the year (ids follow time)
CREATE UNLOGGED TABLE yod_plan AS
WITH base AS MATERIALIZED (
    SELECT i,
           pg_temp.u(i, 1) AS r_service, pg_temp.u(i, 2) AS r_region, pg_temp.u(i, 3) AS r_applicant,
           pg_temp.u(i, 4) AS r_role, pg_temp.u(i, 5) AS r_time, pg_temp.u(i, 6) AS r_decide,
           pg_temp.u(i, 7) AS r_officer, pg_temp.u(i, 8) AS r_misc,
           :year_start_n + ((i - 1) * (:today_n - :year_start_n + 1)::bigint / :apps)::int AS reg_n
    FROM generate_series(1, :apps::bigint) i
)
SELECT b.*, sp.code AS service_code, sp.fee, sp.deadline_working_days, sp.result_kind, sp.subtypes, sp.grounds,
       coalesce(sp.regional[1 + floor(b.r_region * array_length(sp.regional, 1))::int], sp.provider_code) AS provider_code,
       CASE WHEN sp.applicant_kinds = 'INDIVIDUAL' OR (sp.applicant_kinds LIKE '%,%' AND b.r_misc < 0.5)
            THEN 'INDIVIDUAL' ELSE 'LEGAL_ENTITY' END AS applicant_kind,
       reg.d AS registered_on, dl.d AS deadline
FROM base b
JOIN service_pick sp ON b.r_service >= sp.lo AND b.r_service < sp.hi
JOIN wd reg ON reg.n = b.reg_n
JOIN wd dl ON dl.n = b.reg_n + sp.deadline_working_days - 1;

-- the outcome: decided when the deadline has passed (a few overdue ones stay open), open ones spread over the steps
ALTER TABLE yod_plan ADD COLUMN status varchar(20), ADD COLUMN decided_n int, ADD COLUMN issues_license boolean;
UPDATE yod_plan p SET
    status = x.status,
    decided_n = CASE WHEN x.status IN ('ISSUED', 'REFUSED') THEN least(:today_n, x.dn) END,
    issues_license = x.status = 'ISSUED' AND p.result_kind = 'LICENSE' AND p.r_role < :licenses::float8 / (:apps * 0.70)
FROM (SELECT i, CASE
            WHEN q.dn <= :today_n AND q.r_role < 0.985 OR q.reg_n < :today_n - 40 AND q.r_role < 0.997
                THEN CASE WHEN q.r_decide < 0.77 THEN 'ISSUED' ELSE 'REFUSED' END
            WHEN q.r_decide < 0.08 THEN 'REGISTERED'
            WHEN q.r_decide < 0.20 THEN 'CHECKING'
            WHEN q.r_decide < 0.23 THEN 'CHECK_FAILED'
            ELSE 'IN_REVIEW' END AS status, q.dn
      FROM (SELECT i, reg_n, r_role, r_decide,
                   -- most are decided within the deadline; about 6 % a few working days late
                   reg_n + CASE WHEN r_misc < 0.06 THEN deadline_working_days + 1 + floor(r_time * 5)::int
                                ELSE 1 + floor(r_decide * deadline_working_days)::int END AS dn
            FROM yod_plan) q) x
WHERE p.i = x.i;
CREATE UNIQUE INDEX ON yod_plan (i);
ANALYZE yod_plan;

-- the issuing applications' licenses in issue order (n over all, sn within the service)
ALTER TABLE yod_plan ADD COLUMN lic_n bigint, ADD COLUMN lic_sn bigint, ADD COLUMN dup_of bigint;
UPDATE yod_plan p SET lic_n = x.n, lic_sn = x.sn
FROM (SELECT i, row_number() OVER (ORDER BY decided_n, i) AS n,
             row_number() OVER (PARTITION BY service_code ORDER BY decided_n, i) AS sn
      FROM yod_plan WHERE issues_license) x
WHERE p.i = x.i;
-- the other issued applications of a license service ask for a duplicate of a license of that service issued
-- before: same holder, same provider (the duplicate's applicant is the license's holder)
CREATE TEMP TABLE lic_day AS
SELECT service_code, decided_n, max(lic_sn) AS max_sn FROM yod_plan WHERE issues_license GROUP BY 1, 2;
CREATE INDEX ON lic_day (service_code, decided_n);
CREATE INDEX ON yod_plan (service_code, lic_sn) WHERE lic_sn IS NOT NULL;
ANALYZE lic_day;
UPDATE yod_plan p SET dup_of = t.i, applicant_kind = t.applicant_kind, r_applicant = t.r_applicant,
        provider_code = t.provider_code
FROM (SELECT q.i, 1 + floor(q.r_region * d.max_sn)::bigint AS sn, q.service_code
      FROM yod_plan q
      CROSS JOIN LATERAL (SELECT max_sn FROM lic_day l WHERE l.service_code = q.service_code
                              AND l.decided_n < q.decided_n ORDER BY l.decided_n DESC LIMIT 1) d
      WHERE q.status = 'ISSUED' AND q.result_kind = 'LICENSE' AND NOT q.issues_license) x
JOIN yod_plan t ON t.service_code = x.service_code AND t.lic_sn = x.sn
WHERE p.i = x.i;
-- an issued one with no license before it to duplicate (the year's first days) was refused instead
UPDATE yod_plan SET status = 'REFUSED'
WHERE status = 'ISSUED' AND result_kind = 'LICENSE' AND NOT issues_license AND dup_of IS NULL;

-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO application (id, version, app_number, request_id, service_code, provider_code, operation, lang,
        applicant_kind, applicant_id, applicant_name, signer_iin, activity_subtypes, payment_reference, payment_amount,
        sender_id, message_id, status, received_at, registered_on, deadline, applicant_confirmed, payment_confirmed,
        signed_document, validation_report, result_kind, result_document, refusal_code, channel, assigned_officer,
        deadline_mark, decided_on, paid_by_reference, payment_to_confirm)
SELECT p.i, 1, 'EL-' || extract(year FROM p.registered_on) || '-' || lpad(p.i::text, 8, '0'), 'yod-' || p.i,
       p.service_code, p.provider_code,
       CASE WHEN p.dup_of IS NULL THEN 'ISSUE' ELSE 'DUPLICATE' END, CASE WHEN p.r_misc < 0.3 THEN 'kk' ELSE 'ru' END,
       p.applicant_kind, a.id, CASE WHEN p.r_misc < 0.3 THEN a.name_kz ELSE a.name_ru END,
       coalesce(h.id, a.id),
       CASE WHEN p.subtypes IS NULL THEN NULL
            WHEN array_length(p.subtypes, 1) > 1 AND p.r_time < 0.3
                THEN p.subtypes[1 + (p.i % array_length(p.subtypes, 1))::int] || ','
                     || p.subtypes[1 + ((p.i + 1) % array_length(p.subtypes, 1))::int]
            ELSE p.subtypes[1 + (p.i % array_length(p.subtypes, 1))::int] END,
       'PAY-YOD-' || p.i, p.fee, CASE WHEN p.r_misc < 0.9 THEN 'EGOV_PORTAL' ELSE 'WALK_IN' END,
       md5('message' || p.i)::uuid::text,
       p.status,
       -- received on the registration day in Almaty office hours (08:30-18:30)
       (p.registered_on + time '08:30' + (p.r_time * 36000) * interval '1 second') AT TIME ZONE 'Asia/Almaty',
       p.registered_on, p.deadline, true, true,
       convert_to('<application xmlns="urn:elicensing:year-of-data" number="EL-' || p.i || '"/>', 'UTF8'),
       NULL,
       CASE WHEN p.status = 'ISSUED' THEN p.result_kind END,
       CASE WHEN p.status IN ('ISSUED', 'REFUSED')
            THEN convert_to('<result xmlns="urn:elicensing:year-of-data" application="' || p.i || '"/>', 'UTF8') END,
       CASE WHEN p.status = 'REFUSED'
            THEN coalesce(p.grounds[1 + (p.i % coalesce(array_length(p.grounds, 1), 1))::int], 'DOCUMENTS_INCOMPLETE') END,
       CASE WHEN p.r_misc < 0.9 THEN 'PORTAL' ELSE 'OFFICER' END,
       CASE WHEN p.status IN ('REGISTERED', 'CHECKING') AND p.r_officer < 0.7 THEN NULL
            ELSE 'yod.' || lower(p.provider_code) || '.' || (1 + floor(p.r_officer * 8)::int) END,
       CASE WHEN p.status IN ('ISSUED', 'REFUSED')
                THEN CASE WHEN p.decided_n > p.reg_n + p.deadline_working_days - 1 THEN 'OVERDUE' ELSE 'ON_TRACK' END
            WHEN p.deadline < :'as_of'::date THEN 'OVERDUE'
            WHEN p.reg_n + p.deadline_working_days - 1 - :today_n < 3 THEN 'NEARING'
            ELSE 'ON_TRACK' END,
       dd.d,
       'PAY-YOD-' || p.i, false
FROM yod_plan p
JOIN LATERAL (SELECT * FROM company c WHERE p.applicant_kind = 'LEGAL_ENTITY'
                  AND c.n = floor(p.r_applicant * :companies)::bigint
              UNION ALL
              SELECT * FROM person e WHERE p.applicant_kind = 'INDIVIDUAL'
                  AND e.n = floor(p.r_applicant * :people)::bigint) a ON true
LEFT JOIN person h ON p.applicant_kind = 'LEGAL_ENTITY' AND h.n = (p.i * 7919) % :people
LEFT JOIN wd dd ON dd.n = p.decided_n;

-- the history of each application: registered, checked, in review, decided
INSERT INTO application_event (id, application_id, status, occurred_at, actor_role, actor, note)
SELECT a.id * 4 + e.k, a.id, e.status, e.at, e.role, e.actor, NULL
FROM application a
JOIN yod_plan p ON p.i = a.id
CROSS JOIN LATERAL (VALUES
    (0, 'REGISTERED', a.received_at, 'APPLICANT', a.sender_id),
    (1, 'CHECKING', a.received_at + interval '2 seconds', 'SYSTEM', NULL),
    (2, CASE WHEN a.status = 'CHECK_FAILED' THEN 'CHECK_FAILED' ELSE 'IN_REVIEW' END,
        a.received_at + interval '40 seconds', 'SYSTEM', NULL),
    (3, a.status, (coalesce(a.decided_on, a.registered_on) + time '11:00' + p.r_time * interval '6 hours')
        AT TIME ZONE 'Asia/Almaty', 'OFFICER', a.assigned_officer)) e (k, status, at, role, actor)
WHERE e.k = 0
   OR e.k = 1 AND a.status <> 'REGISTERED'
   OR e.k = 2 AND a.status NOT IN ('REGISTERED', 'CHECKING')
   OR e.k = 3 AND a.status IN ('ISSUED', 'REFUSED');

-- ---------------------------------------------------------------------------------------------------------------
-- licenses: one per issuing application, numbered in issue order with the mod-97 check digits of LicenseNumber
CREATE FUNCTION pg_temp.license_number(series text, seq bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'KZ' || lpad((98 - (
        SELECT (string_agg(CASE WHEN c ~ '[0-9]' THEN c ELSE (ascii(c) - 55)::text END, '' ORDER BY o))::numeric % 97
        FROM unnest(string_to_array(series || lpad(seq::text, 8, '0') || 'KZ00', NULL)) WITH ORDINALITY t (c, o)
    ))::int::text, 2, '0') || series || lpad(seq::text, 8, '0')
$$;
CREATE UNLOGGED TABLE yod_license AS
SELECT p.lic_n AS n, a.id AS app_id, a.app_number, a.service_code,
       a.provider_code, a.applicant_id, a.applicant_name, a.assigned_officer, a.activity_subtypes,
       (a.decided_on + time '11:00' + p.r_time * interval '6 hours') AT TIME ZONE 'Asia/Almaty' AS issued_at,
       s.license_series, p.r_officer, p.r_misc, p.r_region
FROM application a JOIN yod_plan p ON p.i = a.id JOIN license_service s ON s.code = a.service_code
WHERE p.issues_license;

INSERT INTO license (id, license_number, app_number, service_code, provider_code, holder_id, holder_name, status,
        issued_at, signed_document, activity_subtypes, version, changed_at, holder_name_kz, holder_address)
SELECT l.n, pg_temp.license_number(l.license_series, l.n), l.app_number, l.service_code, l.provider_code,
       l.applicant_id, l.applicant_name,
       CASE WHEN l.r_officer < 0.03 THEN 'TERMINATED' WHEN l.r_officer < 0.06 THEN 'SUSPENDED'
            WHEN l.r_officer < 0.08 THEN 'RESUMED' ELSE 'ISSUED' END,
       l.issued_at,
       convert_to('<license xmlns="urn:elicensing:year-of-data" n="' || l.n || '"/>', 'UTF8'),
       l.activity_subtypes, CASE WHEN l.r_officer < 0.08 THEN 1 ELSE 0 END,
       CASE WHEN l.r_officer < 0.08 THEN l.issued_at + interval '40 days' ELSE l.issued_at END,
       CASE WHEN l.applicant_name LIKE 'ТОО «%' THEN '«' || substr(l.applicant_name, 6) || ' ЖШС' ELSE l.applicant_name END,
       'г. ' || (ARRAY['Алматы', 'Астана', 'Шымкент', 'Караганда', 'Актобе', 'Павлодар', 'Атырау', 'Қонаев'])[1 + (l.n % 8)::int]
           || ', ул. ' || (ARRAY['Абая', 'Сатпаева', 'Толе би', 'Жибек жолы', 'Достык', 'Кабанбай батыра'])[1 + (l.n % 6)::int]
           || ', ' || (1 + l.n % 200)
FROM yod_license l;

-- each license's register events: issued; some suspended (a court), resumed, or terminated (an authority)
INSERT INTO license_event (id, license_id, action, status_after, occurred_at, basis, actor, reason, decision_number,
        decision_date, decision_body)
SELECT l.n * 4 + e.k, l.n, e.action, e.after, e.at, e.basis, e.actor, e.reason, e.num, e.at::date, e.body
FROM yod_license l
CROSS JOIN LATERAL (VALUES
    (0, 'ISSUE', 'ISSUED', l.issued_at, 'OFFICER', coalesce(l.assigned_officer, 'system'), NULL, NULL, NULL),
    (1, CASE WHEN l.r_officer < 0.03 THEN 'TERMINATE' ELSE 'SUSPEND' END,
        CASE WHEN l.r_officer < 0.03 THEN 'TERMINATED' ELSE 'SUSPENDED' END, l.issued_at + interval '20 days',
        CASE WHEN l.r_officer < 0.03 THEN 'AUTHORITY' ELSE 'COURT' END, 'yod.' || lower(l.provider_code) || '.0',
        'Решение по делу / Іс бойынша шешім', 'YOD-' || l.n, 'Специализированный межрайонный суд'),
    (2, 'RESUME', 'RESUMED', l.issued_at + interval '40 days', 'COURT', 'yod.' || lower(l.provider_code) || '.0',
        'Приостановление снято / Тоқтата тұру алынды', 'YOD-R-' || l.n, 'Специализированный межрайонный суд'))
    e (k, action, after, at, basis, actor, reason, num, body)
WHERE e.k = 0 OR e.k = 1 AND l.r_officer < 0.08 OR e.k = 2 AND l.r_officer >= 0.06 AND l.r_officer < 0.08;

-- the licensed objects (premises, warehouses): one for each license, a second for about a third
INSERT INTO license_object (id, license_id, address, description, added_at, removed_at)
SELECT l.n * 2 + k, l.n,
       'г. ' || (ARRAY['Алматы', 'Астана', 'Шымкент', 'Караганда', 'Актобе', 'Павлодар', 'Атырау', 'Қонаев'])[1 + ((l.n + k) % 8)::int]
           || ', мкр. ' || (1 + (l.n * 3 + k) % 30) || ', д. ' || (1 + (l.n + k * 7) % 120),
       (ARRAY['Склад', 'Офис', 'Производственное помещение', 'Пост охраны'])[1 + ((l.n + k) % 4)::int],
       l.issued_at, NULL
FROM yod_license l, generate_series(0, 1) k
WHERE k = 0 OR l.r_misc < 0.33;

-- the duplicates issued
INSERT INTO license_duplicate (id, license_id, app_number, issued_at, signed_document)
SELECT a.id, t.lic_n, a.app_number, (a.decided_on + time '11:00' + p.r_time * interval '6 hours') AT TIME ZONE 'Asia/Almaty',
       convert_to('<duplicate xmlns="urn:elicensing:year-of-data" application="' || a.id || '"/>', 'UTF8')
FROM application a JOIN yod_plan p ON p.i = a.id JOIN yod_plan t ON t.i = p.dup_of;

-- ---------------------------------------------------------------------------------------------------------------
-- the evidence log: per application the request as received, the answer as sent, and the decision when there is
-- one, chained exactly as EvidenceChain does (SHA-256 over the canonical encoding), so evidence.sh verifies it
CREATE UNLOGGED TABLE yod_evidence AS
SELECT row_number() OVER (ORDER BY at, app, k) AS seq, *
FROM (SELECT a.id AS app, 0 AS k, a.received_at AS at, 'IN' AS direction, 'SOAP_REQUEST' AS kind,
             a.message_id, a.sender_id, a.app_number
      FROM application a
      UNION ALL
      SELECT a.id, 1, a.received_at + interval '0.35 seconds', 'OUT', 'SOAP_RESPONSE', a.message_id, a.sender_id,
             a.app_number
      FROM application a
      UNION ALL
      SELECT e.application_id, 2, e.occurred_at, 'INTERNAL', 'DECISION', NULL, e.actor,
             'EL-' || extract(year FROM a.registered_on) || '-' || lpad(a.id::text, 8, '0')
      FROM application_event e JOIN application a ON a.id = e.application_id
      WHERE e.status IN ('ISSUED', 'REFUSED')) x;

CREATE FUNCTION pg_temp.len_text(t text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN t IS NULL THEN int4send(-1) ELSE int4send(octet_length(convert_to(t, 'UTF8'))) || convert_to(t, 'UTF8') END
$$;

DO $$
DECLARE
    r record;
    prev bytea := decode(repeat('0', 64), 'hex');
    content bytea;
    csha bytea;
    h bytea;
    secs bigint;
    batch int := 0;
BEGIN
    FOR r IN SELECT * FROM yod_evidence ORDER BY seq LOOP
        content := convert_to(CASE r.kind
            WHEN 'SOAP_REQUEST' THEN '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                || '<sendMessage messageId="' || r.message_id || '">year-of-data</sendMessage></soap:Body></soap:Envelope>'
            WHEN 'SOAP_RESPONSE' THEN '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                || '<sendMessageResponse applicationNumber="' || r.app_number || '"/></soap:Body></soap:Envelope>'
            ELSE '<decision xmlns="urn:elicensing:year-of-data" application="' || r.app_number || '"/>' END, 'UTF8');
        csha := sha256(content);
        secs := floor(extract(epoch FROM r.at))::bigint;
        h := sha256(
            pg_temp.len_text('kz.elicensing.evidence.v1')
            || int4send(8) || int8send(r.seq)
            || int4send(8) || int8send(secs)
            || int4send(4) || int4send(((extract(epoch FROM r.at) - secs) * 1000000)::int * 1000)
            || pg_temp.len_text(r.direction) || pg_temp.len_text(r.kind)
            || pg_temp.len_text(CASE WHEN r.kind = 'DECISION' THEN NULL ELSE 'ELICENSE_SYNC' END)
            || pg_temp.len_text(r.message_id) || pg_temp.len_text(r.sender_id) || pg_temp.len_text(r.app_number)
            || int4send(32) || csha || int4send(32) || prev);
        INSERT INTO evidence_entry (seq, recorded_at, direction, kind, channel, message_id, sender_id, app_number,
                content, content_sha256, prev_hash, row_hash)
        VALUES (r.seq, r.at, r.direction, r.kind, CASE WHEN r.kind = 'DECISION' THEN NULL ELSE 'ELICENSE_SYNC' END,
                r.message_id, r.sender_id, r.app_number, content, encode(csha, 'hex'), encode(prev, 'hex'),
                encode(h, 'hex'));
        prev := h;
    END LOOP;
    UPDATE evidence_head SET last_seq = (SELECT coalesce(max(seq), 0) FROM yod_evidence), last_hash = encode(prev, 'hex')
    WHERE id = 1;
END $$;

-- ---------------------------------------------------------------------------------------------------------------
-- the sequences continue after the generated rows, so intake on this database numbers on from them
SELECT setval('application_seq', (SELECT (max(id) / 50 + 2) * 50 FROM application));
SELECT setval('application_event_seq', (SELECT (max(id) / 50 + 2) * 50 FROM application_event));
SELECT setval('license_seq', (SELECT (coalesce(max(id), 0) / 50 + 2) * 50 FROM license));
SELECT setval('application_number_seq', (SELECT max(id) FROM application));
SELECT setval('license_number_seq', (SELECT coalesce(max(id), 0) FROM license));
SELECT setval('license_event_seq', (SELECT (coalesce(max(id), 0) / 50 + 2) * 50 FROM license_event));
SELECT setval('license_object_seq', (SELECT (coalesce(max(id), 0) / 50 + 2) * 50 FROM license_object));
SELECT setval('license_duplicate_seq', (SELECT (coalesce(max(id), 0) / 50 + 2) * 50 FROM license_duplicate));

-- ---------------------------------------------------------------------------------------------------------------
-- the SLA rollup (V200) of the generated applications: Flyway ran before the data, so its backfill found none; this is
-- the migration's own statement
INSERT INTO sla_rollup (provider_code, service_code, on_day, decided, on_time, span_ends, span_starts)
SELECT provider_code, service_code, on_day, SUM(decided), SUM(on_time), SUM(span_ends), SUM(span_starts)
FROM (SELECT provider_code, service_code, decided_on AS on_day, 1 AS decided,
             CASE WHEN decided_on <= deadline THEN 1 ELSE 0 END AS on_time,
             CASE WHEN registered_on <= decided_on THEN 1 ELSE 0 END AS span_ends, 0 AS span_starts
      FROM application WHERE decided_on IS NOT NULL
      UNION ALL
      SELECT provider_code, service_code, registered_on, 0, 0, 0, 1
      FROM application WHERE decided_on IS NOT NULL AND registered_on <= decided_on
      UNION ALL
      SELECT provider_code, service_code, registered_on, 0, 0, 0, 0
      FROM application WHERE decided_on IS NULL AND status IN ('ISSUED', 'REFUSED')) x
GROUP BY provider_code, service_code, on_day;

DROP TABLE yod_plan;
DROP TABLE yod_license;
DROP TABLE yod_evidence;
VACUUM (ANALYZE) application;
VACUUM (ANALYZE) application_event;
VACUUM (ANALYZE) license;
VACUUM (ANALYZE) license_event;
VACUUM (ANALYZE) license_object;
VACUUM (ANALYZE) evidence_entry;
VACUUM (ANALYZE) sla_rollup;
\timing off
SELECT 'application' AS "table", count(*) AS "rows" FROM application
UNION ALL SELECT 'application_event', count(*) FROM application_event
UNION ALL SELECT 'license', count(*) FROM license
UNION ALL SELECT 'license_event', count(*) FROM license_event
UNION ALL SELECT 'license_object', count(*) FROM license_object
UNION ALL SELECT 'license_duplicate', count(*) FROM license_duplicate
UNION ALL SELECT 'evidence_entry', count(*) FROM evidence_entry
UNION ALL SELECT 'sla_rollup', count(*) FROM sla_rollup
UNION ALL SELECT 'distinct applicants', count(DISTINCT applicant_id) FROM application;
SELECT status, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS percent
FROM application GROUP BY status ORDER BY 2 DESC;

-- The catalog as data (README "Catalog"): regions, every provider, the 8 services of the regulations with their
-- operations, terms and fees, and the lists an application is checked against (required documents, form fields, activity
-- subtypes) and an officer refuses from (refusal grounds). An admin changes these rows without a release
-- (/admin/catalog); nothing here is repeated in code. Same script for PostgreSQL and H2 (PostgreSQL mode).

CREATE TABLE region (
    code    VARCHAR(40)  PRIMARY KEY,
    name_ru VARCHAR(500) NOT NULL,
    name_kz VARCHAR(500) NOT NULL,
    ord     INTEGER      NOT NULL
);

-- a provider of one region (a regional police department), or of the whole republic (region_code NULL)
ALTER TABLE provider ADD COLUMN region_code VARCHAR(40) REFERENCES region (code);

-- who may apply: INDIVIDUAL, LEGAL_ENTITY or both, comma-separated (applicant_kind stays the primary one)
ALTER TABLE license_service ADD COLUMN applicant_kinds VARCHAR(40) DEFAULT 'LEGAL_ENTITY' NOT NULL;
-- which state registry confirms the applicant: GBD_FL (individuals), GBD_UL (legal entities), BY_APPLICANT (GBD FL for
-- an IIN, GBD UL for a BIN), NONE
ALTER TABLE license_service ADD COLUMN registry VARCHAR(20) DEFAULT 'BY_APPLICANT' NOT NULL;
-- what the positive result is: LICENSE (into the registry) or ORDER (service 8: a signed ministerial order)
ALTER TABLE license_service ADD COLUMN result_kind VARCHAR(20) DEFAULT 'LICENSE' NOT NULL;
-- the legal basis of the service (the standard / regulation), shown on the result and in the catalog
ALTER TABLE license_service ADD COLUMN norm_ru VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE license_service ADD COLUMN norm_kz VARCHAR(1000) DEFAULT '' NOT NULL;
-- TRUE: the provider depends on the application's region (form field "region"); service_provider maps them
ALTER TABLE license_service ADD COLUMN per_region BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE license_service ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE license_service ADD COLUMN ord INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE license_service ADD CONSTRAINT license_service_registry_check
    CHECK (registry IN ('GBD_FL', 'GBD_UL', 'BY_APPLICANT', 'NONE'));
ALTER TABLE license_service ADD CONSTRAINT license_service_result_kind_check CHECK (result_kind IN ('LICENSE', 'ORDER'));

-- per-region providers of a per_region service
CREATE TABLE service_provider (
    service_code  VARCHAR(40) NOT NULL REFERENCES license_service (code),
    region_code   VARCHAR(40) NOT NULL REFERENCES region (code),
    provider_code VARCHAR(40) NOT NULL REFERENCES provider (code),
    PRIMARY KEY (service_code, region_code)
);

-- the three operations of each service: offered or not, the decision term from registration, the fee
CREATE TABLE service_operation (
    service_code VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    operation    VARCHAR(20)   NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    term_value   INTEGER       NOT NULL,
    term_unit    VARCHAR(20)   NOT NULL,
    fee          NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (service_code, operation),
    CONSTRAINT service_operation_operation_check CHECK (operation IN ('ISSUE', 'REISSUE', 'DUPLICATE')),
    CONSTRAINT service_operation_unit_check CHECK (term_unit IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    CONSTRAINT service_operation_term_check CHECK (term_value > 0)
);

-- documents an application must carry (attachment documentCode) or an officer marks as presented on paper;
-- applicant_kind NULL = every applicant
CREATE TABLE required_document (
    service_code   VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    operation      VARCHAR(20)   NOT NULL,
    code           VARCHAR(60)   NOT NULL,
    ord            INTEGER       NOT NULL,
    applicant_kind VARCHAR(20),
    mandatory      BOOLEAN       NOT NULL,
    name_ru        VARCHAR(1000) NOT NULL,
    name_kz        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_code, operation, code)
);

-- the request form's fields (Application/fields/field@name); pattern is a Java regex the whole value must match
CREATE TABLE form_field (
    service_code VARCHAR(40)  NOT NULL REFERENCES license_service (code),
    name         VARCHAR(60)  NOT NULL,
    ord          INTEGER      NOT NULL,
    required     BOOLEAN      NOT NULL,
    pattern      VARCHAR(500),
    label_ru     VARCHAR(500) NOT NULL,
    label_kz     VARCHAR(500) NOT NULL,
    PRIMARY KEY (service_code, name)
);

-- activity (sub)types an application may ask for (Application/activity/subtype)
CREATE TABLE activity_subtype (
    service_code VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    code         VARCHAR(60)   NOT NULL,
    ord          INTEGER       NOT NULL,
    name_ru      VARCHAR(1000) NOT NULL,
    name_kz      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_code, code)
);

-- grounds an officer chooses a motivated refusal from (plus free text in both languages)
CREATE TABLE refusal_ground (
    service_code   VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    code           VARCHAR(60)   NOT NULL,
    ord            INTEGER       NOT NULL,
    name_ru        VARCHAR(2000) NOT NULL,
    name_kz        VARCHAR(2000) NOT NULL,
    legal_basis_ru VARCHAR(1000) NOT NULL,
    legal_basis_kz VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_code, code)
);

INSERT INTO region (code, name_ru, name_kz, ord) VALUES
    ('ABAI', 'область Абай', 'Абай облысы', 1),
    ('AKMOLA', 'Акмолинская область', 'Ақмола облысы', 2),
    ('AKTOBE', 'Актюбинская область', 'Ақтөбе облысы', 3),
    ('ALMATY_REGION', 'Алматинская область', 'Алматы облысы', 4),
    ('ATYRAU', 'Атырауская область', 'Атырау облысы', 5),
    ('EAST_KAZAKHSTAN', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', 6),
    ('ZHAMBYL', 'Жамбылская область', 'Жамбыл облысы', 7),
    ('ZHETISU', 'область Жетісу', 'Жетісу облысы', 8),
    ('WEST_KAZAKHSTAN', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', 9),
    ('KARAGANDA', 'Карагандинская область', 'Қарағанды облысы', 10),
    ('KOSTANAY', 'Костанайская область', 'Қостанай облысы', 11),
    ('KYZYLORDA', 'Кызылординская область', 'Қызылорда облысы', 12),
    ('MANGYSTAU', 'Мангистауская область', 'Маңғыстау облысы', 13),
    ('PAVLODAR', 'Павлодарская область', 'Павлодар облысы', 14),
    ('NORTH_KAZAKHSTAN', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', 15),
    ('TURKISTAN', 'Туркестанская область', 'Түркістан облысы', 16),
    ('ULYTAU', 'область Ұлытау', 'Ұлытау облысы', 17),
    ('ASTANA', 'город Астана', 'Астана қаласы', 18),
    ('ALMATY', 'город Алматы', 'Алматы қаласы', 19),
    ('SHYMKENT', 'город Шымкент', 'Шымкент қаласы', 20);

UPDATE provider SET region_code = 'ALMATY' WHERE code = 'DP_ALMATY';

-- Service 1 (Reg. 000 §1): "departments of internal affairs of the regions and the cities of Astana and Almaty";
-- today every region and city of republican significance has its police department.
INSERT INTO provider (code, bin, name_ru, name_kz, region_code) VALUES
    ('DP_ABAI', '010340000606', 'Департамент полиции области Абай', 'Абай облысының Полиция департаменті', 'ABAI'),
    ('DP_AKMOLA', '020340000618', 'Департамент полиции Акмолинской области', 'Ақмола облысының Полиция департаменті', 'AKMOLA'),
    ('DP_AKTOBE', '030340000622', 'Департамент полиции Актюбинской области', 'Ақтөбе облысының Полиция департаменті', 'AKTOBE'),
    ('DP_ALMATY_REGION', '040340000631', 'Департамент полиции Алматинской области', 'Алматы облысының Полиция департаменті', 'ALMATY_REGION'),
    ('DP_ATYRAU', '050340000643', 'Департамент полиции Атырауской области', 'Атырау облысының Полиция департаменті', 'ATYRAU'),
    ('DP_EAST_KAZAKHSTAN', '060340000655', 'Департамент полиции Восточно-Казахстанской области', 'Шығыс Қазақстан облысының Полиция департаменті', 'EAST_KAZAKHSTAN'),
    ('DP_ZHAMBYL', '070340000667', 'Департамент полиции Жамбылской области', 'Жамбыл облысының Полиция департаменті', 'ZHAMBYL'),
    ('DP_ZHETISU', '080340000679', 'Департамент полиции области Жетісу', 'Жетісу облысының Полиция департаменті', 'ZHETISU'),
    ('DP_WEST_KAZAKHSTAN', '090340000680', 'Департамент полиции Западно-Казахстанской области', 'Батыс Қазақстан облысының Полиция департаменті', 'WEST_KAZAKHSTAN'),
    ('DP_KARAGANDA', '010340000696', 'Департамент полиции Карагандинской области', 'Қарағанды облысының Полиция департаменті', 'KARAGANDA'),
    ('DP_KOSTANAY', '020340000707', 'Департамент полиции Костанайской области', 'Қостанай облысының Полиция департаменті', 'KOSTANAY'),
    ('DP_KYZYLORDA', '030340000719', 'Департамент полиции Кызылординской области', 'Қызылорда облысының Полиция департаменті', 'KYZYLORDA'),
    ('DP_MANGYSTAU', '040340000720', 'Департамент полиции Мангистауской области', 'Маңғыстау облысының Полиция департаменті', 'MANGYSTAU'),
    ('DP_PAVLODAR', '050340000732', 'Департамент полиции Павлодарской области', 'Павлодар облысының Полиция департаменті', 'PAVLODAR'),
    ('DP_NORTH_KAZAKHSTAN', '060340000744', 'Департамент полиции Северо-Казахстанской области', 'Солтүстік Қазақстан облысының Полиция департаменті', 'NORTH_KAZAKHSTAN'),
    ('DP_TURKISTAN', '070340000756', 'Департамент полиции Туркестанской области', 'Түркістан облысының Полиция департаменті', 'TURKISTAN'),
    ('DP_ULYTAU', '080340000768', 'Департамент полиции области Ұлытау', 'Ұлытау облысының Полиция департаменті', 'ULYTAU'),
    ('DP_ASTANA', '090340000774', 'Департамент полиции города Астаны', 'Астана қаласының Полиция департаменті', 'ASTANA'),
    ('DP_SHYMKENT', '010340000785', 'Департамент полиции города Шымкента', 'Шымкент қаласының Полиция департаменті', 'SHYMKENT');

INSERT INTO provider (code, bin, name_ru, name_kz, region_code) VALUES
    ('MOJ_ENFORCEMENT', '020340000797', 'Комитет по исполнению судебных актов Министерства юстиции Республики Казахстан',
     'Қазақстан Республикасы Әділет министрлігінің Сот актілерін орындау комитеті', NULL),
    ('AGRI_ALMATY_REGION', '030340000808', 'Управление сельского хозяйства Алматинской области',
     'Алматы облысының ауыл шаруашылығы басқармасы', 'ALMATY_REGION'),
    ('MVD_ADMIN_POLICE', '040340000816', 'Комитет административной полиции Министерства внутренних дел Республики Казахстан',
     'Қазақстан Республикасы Ішкі істер министрлігінің Әкімшілік полиция комитеті', NULL);

UPDATE license_service SET applicant_kinds = 'LEGAL_ENTITY', registry = 'GBD_UL', per_region = TRUE, ord = 1,
    norm_ru = 'Регламент электронной государственной услуги, утв. приказом Министра внутренних дел РК от 26.02.2014 № 110; постановление Правительства РК от 10.02.2014 № 71',
    norm_kz = 'ҚР Ішкі істер министрінің 2014 жылғы 26 ақпандағы № 110 бұйрығымен бекітілген электрондық мемлекеттік қызмет регламенті; ҚР Үкіметінің 2014 жылғы 10 ақпандағы № 71 қаулысы'
    WHERE code = 'SECURITY_ACTIVITY';

-- Services 2-8. Fees in KZT (the license fee of the Tax Code; an admin keeps them current).
INSERT INTO license_service (code, title_ru, title_kz, provider_code, applicant_kind, signed_by_head, fee,
                             deadline_working_days, license_series, applicant_kinds, registry, result_kind, norm_ru,
                             norm_kz, per_region, enabled, ord) VALUES
    ('PRIVATE_BAILIFF', 'Лицензия на право занятия деятельностью частного судебного исполнителя',
     'Жеке сот орындаушысының қызметімен айналысу құқығына лицензия', 'MOJ_ENFORCEMENT', 'INDIVIDUAL', FALSE,
     19660.00, 15, 'JUS', 'INDIVIDUAL', 'GBD_FL', 'LICENSE',
     'Регламент электронной государственной услуги, утв. приказом Министра юстиции РК от 24.08.2012 № 292; постановление Правительства РК от 30.07.2012 № 1000',
     'ҚР Әділет министрінің 2012 жылғы 24 тамыздағы № 292 бұйрығымен бекітілген электрондық мемлекеттік қызмет регламенті; ҚР Үкіметінің 2012 жылғы 30 шілдедегі № 1000 қаулысы',
     FALSE, TRUE, 2),
    ('PESTICIDE_SALE', 'Лицензия на реализацию пестицидов', 'Пестицидтерді өткізуге лицензия', 'AGRI_ALMATY_REGION',
     'LEGAL_ENTITY', TRUE, 19660.00, 15, 'AGR', 'LEGAL_ENTITY', 'BY_APPLICANT', 'LICENSE',
     'Регламент, утв. постановлением акимата Алматинской области от 19.12.2012 № 401; постановление Правительства РК от 31.08.2012 № 1108',
     'Алматы облысы әкімдігінің 2012 жылғы 19 желтоқсандағы № 401 қаулысымен бекітілген регламент; ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1108 қаулысы',
     FALSE, TRUE, 3),
    ('VETERINARY', 'Лицензия на занятие ветеринарной деятельностью', 'Ветеринариялық қызметпен айналысуға лицензия',
     'AGRI_ALMATY_REGION', 'INDIVIDUAL', FALSE, 19660.00, 15, 'VET', 'INDIVIDUAL,LEGAL_ENTITY', 'BY_APPLICANT', 'LICENSE',
     'Регламент, утв. постановлением акимата Алматинской области от 19.12.2012 № 401; постановление Правительства РК от 31.08.2012 № 1108',
     'Алматы облысы әкімдігінің 2012 жылғы 19 желтоқсандағы № 401 қаулысымен бекітілген регламент; ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1108 қаулысы',
     FALSE, TRUE, 4),
    ('GRAIN_WAREHOUSE', 'Лицензия на оказание услуг по складской деятельности с выпуском зерновых расписок',
     'Астық қолхаттарын шығара отырып, қойма қызметі бойынша қызметтер көрсетуге лицензия', 'AGRI_ALMATY_REGION',
     'LEGAL_ENTITY', TRUE, 19660.00, 15, 'GRN', 'LEGAL_ENTITY', 'GBD_UL', 'LICENSE',
     'Регламент, утв. постановлением акимата Алматинской области от 19.12.2012 № 401; постановление Правительства РК от 31.08.2012 № 1108',
     'Алматы облысы әкімдігінің 2012 жылғы 19 желтоқсандағы № 401 қаулысымен бекітілген регламент; ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1108 қаулысы',
     FALSE, TRUE, 5),
    ('PESTICIDE_FUMIGATION', 'Лицензия на применение пестицидов аэрозольным и фумигационным способами',
     'Пестицидтерді аэрозольдық және фумигациялық тәсілдермен қолдануға лицензия', 'AGRI_ALMATY_REGION',
     'LEGAL_ENTITY', TRUE, 19660.00, 15, 'FUM', 'LEGAL_ENTITY', 'BY_APPLICANT', 'LICENSE',
     'Регламент, утв. постановлением акимата Алматинской области от 19.12.2012 № 401; постановление Правительства РК от 31.08.2012 № 1108',
     'Алматы облысы әкімдігінің 2012 жылғы 19 желтоқсандағы № 401 қаулысымен бекітілген регламент; ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1108 қаулысы',
     FALSE, TRUE, 6),
    ('PESTICIDE_PRODUCTION', 'Лицензия на производство (формуляцию) пестицидов',
     'Пестицидтерді өндіруге (формуляциялауға) лицензия', 'AGRI_ALMATY_REGION', 'INDIVIDUAL', FALSE, 19660.00, 15,
     'PST', 'INDIVIDUAL,LEGAL_ENTITY', 'BY_APPLICANT', 'LICENSE',
     'Регламент, утв. постановлением акимата Алматинской области от 19.12.2012 № 401; постановление Правительства РК от 31.08.2012 № 1108',
     'Алматы облысы әкімдігінің 2012 жылғы 19 желтоқсандағы № 401 қаулысымен бекітілген регламент; ҚР Үкіметінің 2012 жылғы 31 тамыздағы № 1108 қаулысы',
     FALSE, TRUE, 7),
    ('TRAINING_CENTER', 'Определение специального учебного центра по подготовке и повышению квалификации работников, занимающих должности руководителя и охранника в частной охранной организации',
     'Жеке күзет ұйымында басшы және күзетші лауазымдарын атқаратын жұмыскерлерді даярлау және олардың біліктілігін арттыру жөніндегі арнайы оқу орталығын айқындау',
     'MVD_ADMIN_POLICE', 'LEGAL_ENTITY', TRUE, 0.00, 21, 'TRC', 'LEGAL_ENTITY', 'NONE', 'ORDER',
     'Регламент государственной услуги, утв. приказом Министра внутренних дел РК от 08.05.2015; стандарт, утв. приказом от 16.03.2015 № 237',
     'ҚР Ішкі істер министрінің 2015 жылғы 8 мамырдағы бұйрығымен бекітілген мемлекеттік көрсетілетін қызмет регламенті; 2015 жылғы 16 наурыздағы № 237 бұйрықпен бекітілген стандарт',
     FALSE, TRUE, 8);

INSERT INTO service_provider (service_code, region_code, provider_code) VALUES
    ('SECURITY_ACTIVITY', 'ABAI', 'DP_ABAI'),
    ('SECURITY_ACTIVITY', 'AKMOLA', 'DP_AKMOLA'),
    ('SECURITY_ACTIVITY', 'AKTOBE', 'DP_AKTOBE'),
    ('SECURITY_ACTIVITY', 'ALMATY_REGION', 'DP_ALMATY_REGION'),
    ('SECURITY_ACTIVITY', 'ATYRAU', 'DP_ATYRAU'),
    ('SECURITY_ACTIVITY', 'EAST_KAZAKHSTAN', 'DP_EAST_KAZAKHSTAN'),
    ('SECURITY_ACTIVITY', 'ZHAMBYL', 'DP_ZHAMBYL'),
    ('SECURITY_ACTIVITY', 'ZHETISU', 'DP_ZHETISU'),
    ('SECURITY_ACTIVITY', 'WEST_KAZAKHSTAN', 'DP_WEST_KAZAKHSTAN'),
    ('SECURITY_ACTIVITY', 'KARAGANDA', 'DP_KARAGANDA'),
    ('SECURITY_ACTIVITY', 'KOSTANAY', 'DP_KOSTANAY'),
    ('SECURITY_ACTIVITY', 'KYZYLORDA', 'DP_KYZYLORDA'),
    ('SECURITY_ACTIVITY', 'MANGYSTAU', 'DP_MANGYSTAU'),
    ('SECURITY_ACTIVITY', 'PAVLODAR', 'DP_PAVLODAR'),
    ('SECURITY_ACTIVITY', 'NORTH_KAZAKHSTAN', 'DP_NORTH_KAZAKHSTAN'),
    ('SECURITY_ACTIVITY', 'TURKISTAN', 'DP_TURKISTAN'),
    ('SECURITY_ACTIVITY', 'ULYTAU', 'DP_ULYTAU'),
    ('SECURITY_ACTIVITY', 'ASTANA', 'DP_ASTANA'),
    ('SECURITY_ACTIVITY', 'ALMATY', 'DP_ALMATY'),
    ('SECURITY_ACTIVITY', 'SHYMKENT', 'DP_SHYMKENT');

-- Terms from registration: 15 working days (Reg. 000/002/004 appendix 2 table 1; service 1's regulation names none:
-- 15 by default). Re-issue and duplicate: the same term unless an admin sets another. Service 8 (Reg. 003): its steps
-- add up to 1 + 2 working + 3 + 11 + 4 + 1 calendar days; the overall term here is the outer bound of the order's delivery,
-- the step deadlines are its own table (service 8 flow). Fees: re-issue 10 % of the issue fee, duplicate 100 %.
INSERT INTO service_operation (service_code, operation, enabled, term_value, term_unit, fee)
SELECT code, 'ISSUE', TRUE, deadline_working_days, 'WORKING_DAYS', fee FROM license_service WHERE code <> 'TRAINING_CENTER';
INSERT INTO service_operation (service_code, operation, enabled, term_value, term_unit, fee)
SELECT code, 'REISSUE', TRUE, deadline_working_days, 'WORKING_DAYS', ROUND(fee / 10, 2) FROM license_service WHERE code <> 'TRAINING_CENTER';
INSERT INTO service_operation (service_code, operation, enabled, term_value, term_unit, fee)
SELECT code, 'DUPLICATE', TRUE, deadline_working_days, 'WORKING_DAYS', fee FROM license_service WHERE code <> 'TRAINING_CENTER';
-- service 8 is not a license: only the issue of the order, no fee
INSERT INTO service_operation (service_code, operation, enabled, term_value, term_unit, fee) VALUES
    ('TRAINING_CENTER', 'ISSUE', TRUE, 22, 'CALENDAR_DAYS', 0.00),
    ('TRAINING_CENTER', 'REISSUE', FALSE, 22, 'CALENDAR_DAYS', 0.00),
    ('TRAINING_CENTER', 'DUPLICATE', FALSE, 22, 'CALENDAR_DAYS', 0.00);

-- Region of a per-region service's application (service 1): the form field "region", one of region.code.
INSERT INTO form_field (service_code, name, ord, required, pattern, label_ru, label_kz) VALUES
    ('SECURITY_ACTIVITY', 'region', 1, FALSE, '[A-Z_]{2,40}', 'Регион (область, город республиканского значения)',
     'Өңір (облыс, республикалық маңызы бар қала)');

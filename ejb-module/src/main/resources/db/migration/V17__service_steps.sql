-- A service with a procedure of its own (service 8, Reg. 003 §5): its steps as data, each with its responsible unit,
-- its term (working or calendar days, from the end of the step before) and whether a motivated refusal may end it there.
-- Step 1 (registration) is done by E-licensing when the application arrives; the officers carry out steps 2 to 6; the
-- last one issues the result. Same script for PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE service_step (
    service_code VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    ord          INTEGER       NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    name_ru      VARCHAR(1000) NOT NULL,
    name_kz      VARCHAR(1000) NOT NULL,
    unit_ru      VARCHAR(500)  NOT NULL,
    unit_kz      VARCHAR(500)  NOT NULL,
    term_value   INTEGER       NOT NULL,
    term_unit    VARCHAR(20)   NOT NULL,
    refusable    BOOLEAN       NOT NULL,
    PRIMARY KEY (service_code, ord),
    CONSTRAINT service_step_code_unique UNIQUE (service_code, code),
    CONSTRAINT service_step_unit_check CHECK (term_unit IN ('WORKING_DAYS', 'CALENDAR_DAYS'))
);

-- where an application stands in its service's procedure (NULL: the service has none)
ALTER TABLE application ADD COLUMN current_step VARCHAR(40);
ALTER TABLE application ADD COLUMN step_deadline DATE;

INSERT INTO service_step (service_code, ord, code, name_ru, name_kz, unit_ru, unit_kz, term_value, term_unit, refusable) VALUES
    ('TRAINING_CENTER', 1, 'REGISTRATION',
     'Регистрация заявления и документов, направление в подразделение контроля за охранной деятельностью',
     'Өтінішті және құжаттарды тіркеу, күзет қызметін бақылау бөлінісіне жолдау',
     'Канцелярия услугодателя', 'Көрсетілетін қызметті берушінің кеңсесі', 1, 'CALENDAR_DAYS', FALSE),
    ('TRAINING_CENTER', 2, 'COMPLETENESS_CHECK',
     'Проверка полноты документов по перечню пункта 9 Стандарта',
     'Құжаттар пакетінің Стандарттың 9-тармағындағы тізбеге сәйкес толықтығын тексеру',
     'Подразделение контроля за охранной деятельностью КАП', 'ӘПК күзет қызметін бақылау бөлінісі', 2, 'WORKING_DAYS', TRUE),
    ('TRAINING_CENTER', 3, 'COMPLIANCE_CHECK',
     'Проверка соответствия требованиям Закона «Об охранной деятельности», в том числе уволенных по отрицательным мотивам',
     '«Күзет қызметі туралы» Заңның талаптарына сәйкестігін, оның ішінде теріс себептермен босатылған адамдарды тексеру',
     'Подразделение контроля за охранной деятельностью КАП', 'ӘПК күзет қызметін бақылау бөлінісі', 3, 'CALENDAR_DAYS', TRUE),
    ('TRAINING_CENTER', 4, 'DRAFT_ORDER',
     'Проект приказа Министра: правовая и редакционная экспертиза в службах МВД и общественном совете',
     'Министр бұйрығының жобасы: ІІМ қызметтерінде және қоғамдық кеңесте құқықтық және редакциялық сараптама',
     'Подразделение контроля за охранной деятельностью КАП', 'ӘПК күзет қызметін бақылау бөлінісі', 11, 'CALENDAR_DAYS', FALSE),
    ('TRAINING_CENTER', 5, 'APPROVAL',
     'Согласование проекта приказа (лист согласования) и внесение на подпись Министру',
     'Бұйрық жобасын келісу (келісу парағы) және Министрге қол қоюға енгізу',
     'Подразделение контроля за охранной деятельностью КАП', 'ӘПК күзет қызметін бақылау бөлінісі', 4, 'CALENDAR_DAYS', FALSE),
    ('TRAINING_CENTER', 6, 'DELIVERY',
     'Направление подписанного ЭЦП приказа в личный кабинет услугополучателя',
     'ЭЦҚ-мен қол қойылған бұйрықты көрсетілетін қызметті алушының жеке кабинетіне жолдау',
     'Подразделение контроля за охранной деятельностью КАП', 'ӘПК күзет қызметін бақылау бөлінісі', 1, 'CALENDAR_DAYS', FALSE);

-- Grounds of refusal of service 8: an incomplete package (Standard §9, step 2) and the grounds of Standard §9-1 (step 3).
INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru, legal_basis_kz) VALUES
    ('TRAINING_CENTER', 'PACKAGE_INCOMPLETE', 1,
     'Услугополучатель представил неполный пакет документов по перечню пункта 9 Стандарта',
     'Көрсетілетін қызметті алушы Стандарттың 9-тармағында көзделген тізбеге сәйкес құжаттар пакетін толық ұсынбаған',
     'Регламент, пункт 5 подпункт 2); Стандарт, пункт 9', 'Регламент, 5-тармақтың 2) тармақшасы; Стандарт, 9-тармақ'),
    ('TRAINING_CENTER', 'UNRELIABLE_DATA', 2,
     'Установлена недостоверность документов или содержащихся в них данных',
     'Құжаттардың немесе олардағы деректердің дәйексіздігі анықталды',
     'Стандарт, пункт 9-1', 'Стандарт, 9-1-тармақ'),
    ('TRAINING_CENTER', 'LAW_NOT_MET', 3,
     'Несоответствие услугополучателя требованиям Закона Республики Казахстан «Об охранной деятельности»',
     'Көрсетілетін қызметті алушының «Күзет қызметі туралы» Қазақстан Республикасы Заңының талаптарына сәйкес келмеуі',
     'Регламент, пункт 5 подпункт 3); Стандарт, пункт 9-1', 'Регламент, 5-тармақтың 3) тармақшасы; Стандарт, 9-1-тармақ'),
    ('TRAINING_CENTER', 'STAFF_DISMISSED_NEGATIVELY', 4,
     'В штате услугополучателя лица, уволенные из государственных органов или с должности охранника либо руководителя частной охранной организации по отрицательным мотивам',
     'Көрсетілетін қызметті алушының штатында мемлекеттік органдардан немесе жеке күзет ұйымының күзетшісі не басшысы лауазымынан теріс себептермен босатылған адамдар бар',
     'Регламент, пункт 5 подпункт 3); Стандарт, пункт 9-1', 'Регламент, 5-тармақтың 3) тармақшасы; Стандарт, 9-1-тармақ');

-- numbers of the ministerial orders service 8 issues (never reused)
CREATE SEQUENCE order_number_seq START WITH 1;

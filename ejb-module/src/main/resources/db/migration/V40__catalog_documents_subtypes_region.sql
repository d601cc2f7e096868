-- The catalog's content an application is checked against on intake (issue 12, items 4 and 5), for the 8 services:
-- the documents each operation requires (with the applicant kinds they apply to), the activity subtypes, and the region
-- a per-region service's application must name.
--
-- Where the lists come from: the regulations (seeds 000-004) do not list the documents or the subtypes themselves;
-- each sends the applicant to the service's Standard ("необходимых документов, указанных в пункте 11 Стандарта",
-- seed 002 §6(5); "Стандарттың 9-тармағында көзделген тізбе", seed 003 §5(2); seed 000 §2.1 and 004 §2 name the
-- Standards of Government decrees No. 71 of 10.02.2014 and No. 1108 of 31.08.2012). The rows below are those
-- Standards' lists as E-licensing carries them, the form itself (the signed Application) and the fee (paid at the payment
-- gateway) not repeated as attachments. An administrator keeps them current (./catalog.sh, /admin/catalog): the code
-- reads these rows on every application, nothing here is repeated in code.
-- Re-issue: the document showing the ground of the re-issue (the changed name, address, reorganisation); duplicate:
-- nothing besides the application and the fee.
-- Idempotent over a database that already holds the demo rows of V1006 (service 1's CHARTER and STAFF_LIST).

-- Service 1 is provided per region (Reg. 000 §1): its application must name the region (form field "region").
UPDATE form_field SET required = TRUE WHERE service_code = 'SECURITY_ACTIVITY' AND name = 'region';

DELETE FROM required_document WHERE service_code IN ('SECURITY_ACTIVITY', 'PRIVATE_BAILIFF', 'PESTICIDE_SALE',
    'VETERINARY', 'GRAIN_WAREHOUSE', 'PESTICIDE_FUMIGATION', 'PESTICIDE_PRODUCTION', 'TRAINING_CENTER');
DELETE FROM activity_subtype WHERE service_code IN ('SECURITY_ACTIVITY', 'PRIVATE_BAILIFF', 'PESTICIDE_SALE',
    'VETERINARY', 'GRAIN_WAREHOUSE', 'PESTICIDE_FUMIGATION', 'PESTICIDE_PRODUCTION', 'TRAINING_CENTER');

INSERT INTO required_document (service_code, operation, code, ord, applicant_kind, mandatory, name_ru, name_kz) VALUES
    -- 1. security activity (Standard of decree No. 71, legal entities only)
    ('SECURITY_ACTIVITY', 'ISSUE', 'CHARTER', 1, 'LEGAL_ENTITY', TRUE,
     'Копия устава юридического лица', 'Заңды тұлға жарғысының көшірмесі'),
    ('SECURITY_ACTIVITY', 'ISSUE', 'HEAD_TRAINING_CERTIFICATE', 2, NULL, TRUE,
     'Копия свидетельства о прохождении руководителем специальной подготовки в специализированном учебном центре',
     'Басшының мамандандырылған оқу орталығында арнайы даярлықтан өткені туралы куәліктің көшірмесі'),
    ('SECURITY_ACTIVITY', 'ISSUE', 'WEAPONS_ROOM', 3, NULL, FALSE,
     'Документ о наличии помещения для хранения оружия, отвечающего установленным требованиям',
     'Белгіленген талаптарға сай келетін қару сақтауға арналған үй-жайдың бар екенін растайтын құжат'),
    ('SECURITY_ACTIVITY', 'ISSUE', 'STAFF_LIST', 4, NULL, FALSE,
     'Сведения о работниках', 'Қызметкерлер туралы мәліметтер'),
    ('SECURITY_ACTIVITY', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 2. private judicial executor (individuals)
    ('PRIVATE_BAILIFF', 'ISSUE', 'LAW_DEGREE', 1, NULL, TRUE,
     'Копия диплома о высшем юридическом образовании', 'Жоғары заң білімі туралы дипломның көшірмесі'),
    ('PRIVATE_BAILIFF', 'ISSUE', 'WORK_RECORD', 2, NULL, TRUE,
     'Копия документа, подтверждающего стаж работы по юридической специальности',
     'Заң мамандығы бойынша жұмыс өтілін растайтын құжаттың көшірмесі'),
    ('PRIVATE_BAILIFF', 'ISSUE', 'EXAM_CERTIFICATE', 3, NULL, TRUE,
     'Документ о прохождении стажировки и сдаче квалификационного экзамена',
     'Тағылымдамадан өткені және біліктілік емтиханын тапсырғаны туралы құжат'),
    ('PRIVATE_BAILIFF', 'ISSUE', 'MEDICAL_CERTIFICATE', 4, NULL, TRUE,
     'Справки психоневрологической и наркологической организаций',
     'Психоневрологиялық және наркологиялық ұйымдардың анықтамалары'),
    ('PRIVATE_BAILIFF', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 3. sale of pesticides
    ('PESTICIDE_SALE', 'ISSUE', 'WAREHOUSE', 1, NULL, TRUE,
     'Документ о наличии склада для хранения пестицидов (ядохимикатов)',
     'Пестицидтерді (улы химикаттарды) сақтауға арналған қойманың бар екенін растайтын құжат'),
    ('PESTICIDE_SALE', 'ISSUE', 'SPECIALIST_DIPLOMA', 2, NULL, TRUE,
     'Копия диплома специалиста в области защиты растений или агрономии',
     'Өсімдіктерді қорғау немесе агрономия саласындағы маманның дипломының көшірмесі'),
    ('PESTICIDE_SALE', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 4. veterinary activity (individuals and legal entities)
    ('VETERINARY', 'ISSUE', 'VET_DIPLOMA', 1, NULL, TRUE,
     'Копия диплома о ветеринарном образовании', 'Ветеринариялық білімі туралы дипломның көшірмесі'),
    ('VETERINARY', 'ISSUE', 'PREMISES', 2, NULL, TRUE,
     'Документ о наличии помещения и оборудования, отвечающих ветеринарным требованиям',
     'Ветеринариялық талаптарға сай келетін үй-жай мен жабдықтың бар екенін растайтын құжат'),
    ('VETERINARY', 'ISSUE', 'CHARTER', 3, 'LEGAL_ENTITY', TRUE,
     'Копия устава юридического лица', 'Заңды тұлға жарғысының көшірмесі'),
    ('VETERINARY', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 5. grain warehouse with grain receipts
    ('GRAIN_WAREHOUSE', 'ISSUE', 'ELEVATOR_TITLE', 1, NULL, TRUE,
     'Документ о праве собственности на хлебоприемное предприятие',
     'Астық қабылдау кәсіпорнына меншік құқығын растайтын құжат'),
    ('GRAIN_WAREHOUSE', 'ISSUE', 'LABORATORY_CERTIFICATE', 2, NULL, TRUE,
     'Документ об аккредитации (аттестации) лаборатории по определению качества зерна',
     'Астықтың сапасын анықтау жөніндегі зертхананың аккредиттелгенін (аттестатталғанын) растайтын құжат'),
    ('GRAIN_WAREHOUSE', 'ISSUE', 'GUARANTEE_FUND', 3, NULL, TRUE,
     'Документ об участии в системе гарантирования исполнения обязательств по зерновым распискам',
     'Астық қолхаттары бойынша міндеттемелердің орындалуына кепілдік беру жүйесіне қатысуын растайтын құжат'),
    ('GRAIN_WAREHOUSE', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 6. aerosol and fumigation application of pesticides
    ('PESTICIDE_FUMIGATION', 'ISSUE', 'SPECIALIST_DIPLOMA', 1, NULL, TRUE,
     'Копия диплома специалиста в области защиты растений или агрономии',
     'Өсімдіктерді қорғау немесе агрономия саласындағы маманның дипломының көшірмесі'),
    ('PESTICIDE_FUMIGATION', 'ISSUE', 'EQUIPMENT', 2, NULL, TRUE,
     'Документ о наличии специальной техники и оборудования для аэрозольной и фумигационной обработки',
     'Аэрозольдық және фумигациялық өңдеуге арналған арнайы техника мен жабдықтың бар екенін растайтын құжат'),
    ('PESTICIDE_FUMIGATION', 'ISSUE', 'WAREHOUSE', 3, NULL, TRUE,
     'Документ о наличии склада для хранения пестицидов (ядохимикатов)',
     'Пестицидтерді (улы химикаттарды) сақтауға арналған қойманың бар екенін растайтын құжат'),
    ('PESTICIDE_FUMIGATION', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 7. production (formulation) of pesticides (individuals and legal entities)
    ('PESTICIDE_PRODUCTION', 'ISSUE', 'PRODUCTION_BASE', 1, NULL, TRUE,
     'Документ о наличии производственной базы для производства (формуляции) пестицидов',
     'Пестицидтерді өндіруге (формуляциялауға) арналған өндірістік базаның бар екенін растайтын құжат'),
    ('PESTICIDE_PRODUCTION', 'ISSUE', 'SPECIALIST_DIPLOMA', 2, NULL, TRUE,
     'Копия диплома специалиста в области защиты растений или агрономии',
     'Өсімдіктерді қорғау немесе агрономия саласындағы маманның дипломының көшірмесі'),
    ('PESTICIDE_PRODUCTION', 'ISSUE', 'SANITARY_CONCLUSION', 3, NULL, TRUE,
     'Санитарно-эпидемиологическое заключение о соответствии производственного объекта',
     'Өндірістік объектінің сәйкестігі туралы санитариялық-эпидемиологиялық қорытынды'),
    ('PESTICIDE_PRODUCTION', 'REISSUE', 'REISSUE_GROUNDS', 1, NULL, TRUE,
     'Документ, подтверждающий основание переоформления лицензии', 'Лицензияны қайта ресімдеу негізін растайтын құжат'),
    -- 8. special training centre (Standard of order No. 237, §9; seed 003 §5(2) checks the package against it)
    ('TRAINING_CENTER', 'ISSUE', 'CHARTER', 1, NULL, TRUE,
     'Копия устава юридического лица', 'Заңды тұлға жарғысының көшірмесі'),
    ('TRAINING_CENTER', 'ISSUE', 'TRAINING_BASE', 2, NULL, TRUE,
     'Документы о наличии учебно-материальной базы (помещения, тир, учебное оружие)',
     'Оқу-материалдық базасының (үй-жайлар, тир, оқу қаруы) бар екенін растайтын құжаттар'),
    ('TRAINING_CENTER', 'ISSUE', 'TEACHING_STAFF', 3, NULL, TRUE,
     'Сведения о преподавательском составе', 'Оқытушылар құрамы туралы мәліметтер'),
    ('TRAINING_CENTER', 'ISSUE', 'CURRICULUM', 4, NULL, TRUE,
     'Учебные программы подготовки и повышения квалификации руководителей и охранников',
     'Басшылар мен күзетшілерді даярлау және біліктілігін арттыру оқу бағдарламалары');

INSERT INTO activity_subtype (service_code, code, ord, name_ru, name_kz) VALUES
    ('SECURITY_ACTIVITY', 'SECURITY_GUARD', 1, 'Охрана объектов и имущества физических и юридических лиц',
     'Жеке және заңды тұлғалардың объектілері мен мүлкін күзету'),
    ('SECURITY_ACTIVITY', 'PERSONAL_PROTECTION', 2, 'Обеспечение личной безопасности граждан',
     'Азаматтардың жеке қауіпсіздігін қамтамасыз ету'),
    ('SECURITY_ACTIVITY', 'CARGO_ESCORT', 3, 'Охрана грузов при их транспортировке',
     'Жүктерді тасымалдау кезінде күзету'),
    ('SECURITY_ACTIVITY', 'REMOTE_MONITORING', 4, 'Охрана с использованием пультов централизованного наблюдения',
     'Орталықтандырылған бақылау пульттерін пайдалана отырып күзету'),
    ('PRIVATE_BAILIFF', 'ENFORCEMENT', 1, 'Деятельность частного судебного исполнителя',
     'Жеке сот орындаушысының қызметі'),
    ('PESTICIDE_SALE', 'PESTICIDE_SALE', 1, 'Реализация пестицидов (ядохимикатов)', 'Пестицидтерді (улы химикаттарды) өткізу'),
    ('VETERINARY', 'VET_TREATMENT', 1, 'Ветеринарная лечебно-профилактическая деятельность',
     'Ветеринариялық емдеу-алдын алу қызметі'),
    ('VETERINARY', 'VET_SANITARY_EXPERTISE', 2, 'Ветеринарно-санитарная экспертиза продукции и сырья животного происхождения',
     'Жануарлардан алынатын өнімдер мен шикізатқа ветеринариялық-санитариялық сараптама'),
    ('VETERINARY', 'VET_DRUG_TRADE', 3, 'Реализация препаратов ветеринарного назначения',
     'Ветеринариялық мақсаттағы препараттарды өткізу'),
    ('GRAIN_WAREHOUSE', 'GRAIN_RECEIPTS', 1, 'Складская деятельность с выпуском зерновых расписок',
     'Астық қолхаттарын шығара отырып қойма қызметі'),
    ('PESTICIDE_FUMIGATION', 'AEROSOL', 1, 'Применение пестицидов (ядохимикатов) аэрозольным способом',
     'Пестицидтерді (улы химикаттарды) аэрозольдық тәсілмен қолдану'),
    ('PESTICIDE_FUMIGATION', 'FUMIGATION', 2, 'Применение пестицидов (ядохимикатов) фумигационным способом',
     'Пестицидтерді (улы химикаттарды) фумигациялық тәсілмен қолдану'),
    ('PESTICIDE_PRODUCTION', 'FORMULATION', 1, 'Производство (формуляция) пестицидов (ядохимикатов)',
     'Пестицидтерді (улы химикаттарды) өндіру (формуляциялау)'),
    ('TRAINING_CENTER', 'GUARD_TRAINING', 1,
     'Подготовка и повышение квалификации работников, занимающих должности руководителя и охранника в частной охранной организации',
     'Жеке күзет ұйымында басшы және күзетші лауазымдарын атқаратын жұмыскерлерді даярлау және біліктілігін арттыру');

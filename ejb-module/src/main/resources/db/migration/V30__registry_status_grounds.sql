-- The signer and the holder by the registry (issue 12, items 2 and 3). A legal entity is licensed only while GBD UL
-- (GbdulInfoByBin_v2, Organization/RegStatus) records it in a status this table calls active; a status that is not
-- active is refused on the refusal ground it names (a refusal_ground row of the service). A status GBD UL answers that is
-- not here is left to an officer (CHECK_FAILED with the status in the note), never taken for active.
CREATE TABLE registry_status (
    code           VARCHAR(40)   NOT NULL PRIMARY KEY,
    active         BOOLEAN       NOT NULL,
    refusal_ground VARCHAR(60),
    name_ru        VARCHAR(200)  NOT NULL,
    name_kz        VARCHAR(200)  NOT NULL
);
INSERT INTO registry_status (code, active, refusal_ground, name_ru, name_kz) VALUES
    ('ACTIVE', TRUE, NULL, 'Действующее', 'Әрекет етуші'),
    ('IN_LIQUIDATION', FALSE, 'APPLICANT_LIQUIDATED', 'В стадии ликвидации', 'Тарату сатысында'),
    ('LIQUIDATED', FALSE, 'APPLICANT_LIQUIDATED', 'Ликвидировано', 'Таратылған'),
    ('SUSPENDED', FALSE, 'APPLICANT_ACTIVITY_SUSPENDED', 'Деятельность приостановлена', 'Қызметі тоқтатыла тұрған');

-- The grounds themselves, for every license service (service 8 is not a license and keeps its own grounds).
INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru, legal_basis_kz)
SELECT s.code, g.code, g.ord, g.name_ru, g.name_kz,
       'Закон Республики Казахстан «О разрешениях и уведомлениях», статья 43; сведения ГБД ЮЛ',
       '«Рұқсаттар және хабарламалар туралы» Қазақстан Республикасы Заңының 43-бабы; ЗТ МДҚ мәліметтері'
FROM license_service s CROSS JOIN (
    SELECT 'APPLICANT_LIQUIDATED' AS code, 6 AS ord,
           'Юридическое лицо ликвидировано или находится в стадии ликвидации по данным государственной базы данных «Юридические лица»' AS name_ru,
           '«Заңды тұлғалар» мемлекеттік дерекқорының деректері бойынша заңды тұлға таратылған немесе тарату сатысында' AS name_kz
    UNION ALL SELECT 'APPLICANT_ACTIVITY_SUSPENDED', 7,
           'Деятельность юридического лица приостановлена по данным государственной базы данных «Юридические лица»',
           '«Заңды тұлғалар» мемлекеттік дерекқорының деректері бойынша заңды тұлғаның қызметі тоқтатыла тұрған'
) g
WHERE s.result_kind = 'LICENSE';

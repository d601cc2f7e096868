-- The automatic results a service may give (issue 15 item 3): a result no officer decides, signed with the provider's
-- system seal. Today the checks after registration give one kind, AUTOMATIC_REFUSAL, each on a typed reason (an error
-- code of the check, or the catalog's refusal ground a registry status names). A check whose reason is not listed here
-- for the application's service refuses nothing: the application goes to CHECK_FAILED and an officer prepares the
-- refusal for the authorized person to sign. The rows below name what the checks refused automatically before this
-- table existed, per service: its registry's reasons and, where an operation has a fee, the payment's reasons; service
-- 8 (no registry, no fee) has no automatic result.
CREATE TABLE automatic_result (
    service_code VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    kind         VARCHAR(40)   NOT NULL,
    reason       VARCHAR(60)   NOT NULL,
    ord          INTEGER       NOT NULL,
    name_ru      VARCHAR(1000) NOT NULL,
    name_kz      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_code, kind, reason),
    CONSTRAINT automatic_result_kind_check CHECK (kind IN ('AUTOMATIC_REFUSAL'))
);

-- the registries' reasons: the applicant is not in GBD UL / GBD FL (or is recorded as deceased)
INSERT INTO automatic_result (service_code, kind, reason, ord, name_ru, name_kz)
SELECT code, 'AUTOMATIC_REFUSAL', 'APPLICANT_NOT_FOUND', 1,
       'Заявитель отсутствует в государственной базе данных «Юридические лица» или «Физические лица»',
       'Өтініш беруші «Заңды тұлғалар» немесе «Жеке тұлғалар» мемлекеттік дерекқорында жоқ'
FROM license_service WHERE registry <> 'NONE';

-- GBD UL: the signer is not the leader it names; the entity is liquidated or its activity suspended
INSERT INTO automatic_result (service_code, kind, reason, ord, name_ru, name_kz)
SELECT s.code, 'AUTOMATIC_REFUSAL', r.reason, r.ord, r.name_ru, r.name_kz
FROM license_service s CROSS JOIN (
    SELECT 'SIGNER_MISMATCH' AS reason, 2 AS ord,
           'Заявление подписано не первым руководителем по данным государственной базы данных «Юридические лица»' AS name_ru,
           'Өтінішке «Заңды тұлғалар» мемлекеттік дерекқорының деректері бойынша бірінші басшы қол қоймаған' AS name_kz
    UNION ALL SELECT 'APPLICANT_LIQUIDATED', 3,
           'Юридическое лицо ликвидировано или находится в стадии ликвидации по данным государственной базы данных «Юридические лица»',
           '«Заңды тұлғалар» мемлекеттік дерекқорының деректері бойынша заңды тұлға таратылған немесе тарату сатысында'
    UNION ALL SELECT 'APPLICANT_ACTIVITY_SUSPENDED', 4,
           'Деятельность юридического лица приостановлена по данным государственной базы данных «Юридические лица»',
           '«Заңды тұлғалар» мемлекеттік дерекқорының деректері бойынша заңды тұлғаның қызметі тоқтатыла тұрған'
) r
WHERE s.registry IN ('GBD_UL', 'BY_APPLICANT');

-- the payment gateway: no payment, another payer, another amount, another budget code
INSERT INTO automatic_result (service_code, kind, reason, ord, name_ru, name_kz)
SELECT s.code, 'AUTOMATIC_REFUSAL', p.reason, p.ord, p.name_ru, p.name_kz
FROM license_service s CROSS JOIN (
    SELECT 'PAYMENT_NOT_FOUND' AS reason, 5 AS ord,
           'Оплата за оказание услуги отсутствует в платёжном шлюзе' AS name_ru,
           'Қызмет көрсету үшін төлем төлем шлюзінде жоқ' AS name_kz
    UNION ALL SELECT 'PAYMENT_PAYER_MISMATCH', 6,
           'Платёж внесён не заявителем',
           'Төлемді өтініш беруші енгізбеген'
    UNION ALL SELECT 'PAYMENT_AMOUNT_MISMATCH', 7,
           'Сумма оплаты не соответствует размеру сбора за услугу',
           'Төлем сомасы қызмет үшін алым мөлшеріне сәйкес келмейді'
    UNION ALL SELECT 'PAYMENT_BUDGET_CODE_MISMATCH', 8,
           'Платёж зачислен не по коду бюджетной классификации услуги',
           'Төлем қызметтің бюджеттік сыныптама кодына есептелмеген'
) p
WHERE EXISTS (SELECT 1 FROM service_operation o WHERE o.service_code = s.code AND o.fee > 0);

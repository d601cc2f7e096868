-- Condition 2 (Reg. 000 §2.2(6)-(8)): a payment pays for one application, by the applicant, with the amount and the
-- budget code the catalog sets for the service and operation; or a scanned receipt the officer confirms.

-- The budget classification code (КБК) the fee of each operation is paid to. The seeds name none; the license fee of
-- the Tax Code is paid to 105402 («Лицензионный сбор за право занятия отдельными видами деятельности»). An admin keeps
-- it current per service and operation.
ALTER TABLE service_operation ADD COLUMN budget_code VARCHAR(40) DEFAULT '105402' NOT NULL;

-- The payment reference an application's fee was paid by: set when a fee was due, NULL when none was (service 8).
-- Unique: one payment (or one scanned receipt's number) pays for one application only. Applications registered before
-- this column take it in filing order; a reference used twice before keeps only its first application.
ALTER TABLE application ADD COLUMN paid_by_reference VARCHAR(1000);
UPDATE application SET paid_by_reference = payment_reference
WHERE payment_amount > 0
  AND id = (SELECT MIN(b.id) FROM application b
            WHERE b.payment_reference = application.payment_reference AND b.payment_amount > 0);
ALTER TABLE application ADD CONSTRAINT application_paid_by_reference_unique UNIQUE (paid_by_reference);

-- The scanned-receipt alternative of Reg. 000 §2.2(6): the application is registered with "payment to be confirmed";
-- the receipt is kept as a scan (application_scan, document PAYMENT_RECEIPT, SHA-256); the officer of the provider
-- confirms it (then the license may be issued) or refuses on the ground PAYMENT_NOT_CONFIRMED.
ALTER TABLE application ADD COLUMN payment_to_confirm BOOLEAN DEFAULT FALSE NOT NULL;

INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru, legal_basis_kz)
SELECT s.code, 'PAYMENT_NOT_CONFIRMED', 90,
       'Оплата за оказание услуги по приложенной квитанции не подтверждена',
       'Қоса берілген түбіртек бойынша қызмет көрсету үшін төлем расталмады',
       'Регламент государственной услуги, пункт 2.2, подпункты 6) – 8) (отсутствие оплаты за оказание услуги)',
       'Мемлекеттік көрсетілетін қызмет регламенті, 2.2-тармақ, 6) – 8) тармақшалар (қызмет көрсету үшін төлемнің болмауы)'
FROM license_service s
WHERE s.result_kind = 'LICENSE';

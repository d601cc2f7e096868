-- The grounds an officer refuses a license on (condition 4 / process 10 of the regulations: "the applicant does not meet
-- the qualification requirements and the grounds for issue"). The regulations name no list of their own; these are the
-- grounds of the Law of the RK "On permits and notifications" (art. 43), the same for every license service. An admin
-- keeps them current per service (refusal_ground rows); service 8, not a license, has its own grounds.
INSERT INTO refusal_ground (service_code, code, ord, name_ru, name_kz, legal_basis_ru, legal_basis_kz)
SELECT s.code, g.code, g.ord, g.name_ru, g.name_kz,
       'Закон Республики Казахстан «О разрешениях и уведомлениях», статья 43',
       '«Рұқсаттар және хабарламалар туралы» Қазақстан Республикасы Заңының 43-бабы'
FROM license_service s CROSS JOIN (
    SELECT 'QUALIFICATION_NOT_MET' AS code, 1 AS ord,
           'Заявитель не соответствует квалификационным требованиям' AS name_ru,
           'Өтініш беруші біліктілік талаптарына сәйкес келмейді' AS name_kz
    UNION ALL SELECT 'ACTIVITY_PROHIBITED', 2,
           'Занятие видом деятельности запрещено законами Республики Казахстан для данной категории субъектов',
           'Қызмет түрімен айналысуға Қазақстан Республикасының заңдарымен субъектілердің осы санаты үшін тыйым салынған'
    UNION ALL SELECT 'COURT_BAN', 3,
           'В отношении заявителя имеется вступивший в законную силу запрет суда на занятие деятельностью',
           'Өтініш берушіге қатысты соттың қызметпен айналысуға заңды күшіне енген тыйымы бар'
    UNION ALL SELECT 'UNRELIABLE_DATA', 4,
           'Представлены недостоверные сведения или документы',
           'Дәйексіз мәліметтер немесе құжаттар ұсынылды'
    UNION ALL SELECT 'DOCUMENTS_INCOMPLETE', 5,
           'Представлен неполный пакет документов, предусмотренных стандартом услуги',
           'Қызмет стандартында көзделген құжаттардың толық емес топтамасы ұсынылды'
) g
WHERE s.result_kind = 'LICENSE';

package kz.elicensing.sandbox.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.elicensing.sandbox.pki.DemoIdentities;

/** In-memory legal entities registry (GBD UL): BIN to organisation, seeded with the demo companies and the provider. */
public final class LegalEntityRegistry {

    /** Registration status of an active organisation. */
    public static final String ACTIVE = "ACTIVE";
    /** A BIN that is valid but deliberately absent (tests use it for "applicant not found"). */
    public static final String ABSENT_BIN = "000101400005";

    /** One organisation as GBD UL describes it. */
    public record Organisation(
            String bin,
            String regStatus,
            LocalDate registrationDate,
            String fullNameRu,
            String fullNameKz,
            String leaderIin,
            String leaderSurname,
            String leaderName,
            String leaderMiddleName,
            String address) {
        public Organisation {
            Objects.requireNonNull(bin, "bin");
            Objects.requireNonNull(regStatus, "regStatus");
            Objects.requireNonNull(registrationDate, "registrationDate");
        }

        /** A copy with another leader (the head GBD UL names). */
        public Organisation withLeader(String iin, String surname, String name) {
            return new Organisation(
                    bin, regStatus, registrationDate, fullNameRu, fullNameKz, iin, surname, name, null, address);
        }

        /** A copy with another registration status (e.g. LIQUIDATED). */
        public Organisation withRegStatus(String status) {
            return new Organisation(
                    bin,
                    status,
                    registrationDate,
                    fullNameRu,
                    fullNameKz,
                    leaderIin,
                    leaderSurname,
                    leaderName,
                    leaderMiddleName,
                    address);
        }
    }

    private final Map<String, Organisation> byBin = new ConcurrentHashMap<>();

    /** A registry with the seed data. */
    public LegalEntityRegistry() {
        reset();
    }

    /** Forgets all changes and restores the seed data. */
    public void reset() {
        byBin.clear();
        put(new Organisation(
                DemoIdentities.COMPANY_BIN,
                ACTIVE,
                LocalDate.of(2015, 1, 14),
                "Товарищество с ограниченной ответственностью «Қорғау-Сервис»",
                "«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі",
                DemoIdentities.COMPANY_HEAD_IIN,
                DemoIdentities.COMPANY_HEAD_SURNAME,
                DemoIdentities.COMPANY_HEAD_NAME,
                DemoIdentities.COMPANY_HEAD_PATRONYMIC,
                "Қазақстан, Алматы қ., Бостандық ауданы, Абай даңғылы, 150, 12 кеңсе"));
        put(new Organisation(
                DemoIdentities.OTHER_COMPANY_BIN,
                ACTIVE,
                LocalDate.of(2016, 5, 23),
                "Товарищество с ограниченной ответственностью «Өркен Күзет»",
                "«Өркен Күзет» жауапкершілігі шектеулі серіктестігі",
                DemoIdentities.OTHER_COMPANY_HEAD_IIN,
                DemoIdentities.OTHER_COMPANY_HEAD_SURNAME,
                DemoIdentities.OTHER_COMPANY_HEAD_NAME,
                DemoIdentities.OTHER_COMPANY_HEAD_PATRONYMIC,
                "Қазақстан, Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 11"));
        put(new Organisation(
                DemoIdentities.PROVIDER_BIN,
                ACTIVE,
                LocalDate.of(2012, 3, 2),
                "Государственное учреждение «Департамент полиции города Алматы»",
                "«Алматы қаласының Полиция департаменті» мемлекеттік мекемесі",
                "700301300012",
                "ТҰРСЫНОВ",
                "ЕРЛАН",
                "БОЛАТҰЛЫ",
                "Қазақстан, Алматы қ., Алмалы ауданы, Мәметова к-сі, 63"));
    }

    /** The organisation with this BIN, if registered. */
    public Optional<Organisation> find(String bin) {
        return bin == null ? Optional.empty() : Optional.ofNullable(byBin.get(bin));
    }

    /** Registers or replaces an organisation. */
    public void put(Organisation organisation) {
        byBin.put(organisation.bin(), organisation);
    }

    /** Removes an organisation; true if it was there. */
    public boolean remove(String bin) {
        return byBin.remove(bin) != null;
    }

    /** All registered organisations. */
    public List<Organisation> all() {
        return new ArrayList<>(byBin.values());
    }
}

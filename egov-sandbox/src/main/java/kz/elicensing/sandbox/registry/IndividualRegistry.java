package kz.elicensing.sandbox.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.elicensing.sandbox.pki.DemoIdentities;

/** In-memory individuals registry (GBD FL): IIN to person, seeded with the demo signers and one deceased person. */
public final class IndividualRegistry {

    /** lifeStatus code of a living person. */
    public static final String ALIVE = "0";
    /** lifeStatus code of a deceased person. */
    public static final String DECEASED = "1";
    /** A valid IIN of a deceased person in the seed (tests: "applicant not found or deceased"). */
    public static final String DECEASED_IIN = "560204300014";
    /** A valid IIN that is deliberately absent (tests: "applicant not found"). */
    public static final String ABSENT_IIN = "990101300122";

    /** One person as GBD FL describes them; gender "1" male / "2" female, citizenship an ISO 3166 numeric code. */
    public record Person(
            String iin,
            String surname,
            String name,
            String patronymic,
            LocalDate birthDate,
            String gender,
            String citizenship,
            String lifeStatus,
            String regAddress) {
        public Person {
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(surname, "surname");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    private final Map<String, Person> byIin = new ConcurrentHashMap<>();

    /** A registry with the seed data. */
    public IndividualRegistry() {
        reset();
    }

    /** Forgets all changes and restores the seed data. */
    public void reset() {
        byIin.clear();
        put(new Person(
                DemoIdentities.COMPANY_HEAD_IIN,
                DemoIdentities.COMPANY_HEAD_SURNAME,
                DemoIdentities.COMPANY_HEAD_NAME,
                DemoIdentities.COMPANY_HEAD_PATRONYMIC,
                LocalDate.of(1990, 5, 15),
                "1",
                "398",
                ALIVE,
                "Қазақстан, Алматы қ., Бостандық ауданы, Тимирязев к-сі, 42, 17 пәтер"));
        put(new Person(
                DemoIdentities.OTHER_COMPANY_HEAD_IIN,
                DemoIdentities.OTHER_COMPANY_HEAD_SURNAME,
                DemoIdentities.OTHER_COMPANY_HEAD_NAME,
                DemoIdentities.OTHER_COMPANY_HEAD_PATRONYMIC,
                LocalDate.of(1985, 3, 20),
                "2",
                "398",
                ALIVE,
                "Қазақстан, Астана қ., Есіл ауданы, Сығанақ к-сі, 5, 80 пәтер"));
        put(new Person(
                DemoIdentities.PERSON_IIN,
                DemoIdentities.PERSON_SURNAME,
                DemoIdentities.PERSON_NAME,
                "ӘДІЛҰЛЫ",
                LocalDate.of(1975, 11, 2),
                "1",
                "398",
                ALIVE,
                "Қазақстан, Алматы облысы, Қонаев қ., Абай к-сі, 7"));
        put(new Person(
                DemoIdentities.PROVIDER_SIGNER_IIN,
                DemoIdentities.PROVIDER_SIGNER_SURNAME,
                DemoIdentities.PROVIDER_SIGNER_NAME,
                null,
                LocalDate.of(1987, 12, 14),
                "2",
                "398",
                ALIVE,
                "Қазақстан, Алматы қ., Алмалы ауданы, Жібек жолы к-сі, 50"));
        put(new Person(
                DECEASED_IIN,
                "ҚҰРМАНҒАЛИЕВ",
                "ӨМІРЗАҚ",
                "ҒАЛЫМҰЛЫ",
                LocalDate.of(1956, 2, 4),
                "1",
                "398",
                DECEASED,
                "Қазақстан, Жамбыл облысы, Тараз қ."));
    }

    /** The person with this IIN, if registered. */
    public Optional<Person> find(String iin) {
        return iin == null ? Optional.empty() : Optional.ofNullable(byIin.get(iin));
    }

    /** Registers or replaces a person. */
    public void put(Person person) {
        byIin.put(person.iin(), person);
    }

    /** Removes a person; true if they were there. */
    public boolean remove(String iin) {
        return byIin.remove(iin) != null;
    }

    /** All registered persons. */
    public java.util.List<Person> all() {
        return new java.util.ArrayList<>(byIin.values());
    }
}

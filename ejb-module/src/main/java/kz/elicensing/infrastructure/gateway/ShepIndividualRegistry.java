package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import kz.elicensing.contract.gbdfl.v1.Code;
import kz.elicensing.contract.gbdfl.v1.Person;
import kz.elicensing.contract.gbdfl.v1.PersonRequest;
import kz.elicensing.contract.gbdfl.v1.PersonResponse;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.IndividualRecord;
import kz.elicensing.domain.party.IndividualRegistry;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import org.w3c.dom.Document;

/**
 * Translator for GBD FL's {@code GBDFL_UniversalServiceSync}: a person by IIN, the answer read back. A person with
 * another IIN than the one asked is no answer (UPSTREAM_UNAVAILABLE); a "not found" is tied by its correlationId.
 */
@ApplicationScoped
public class ShepIndividualRegistry implements IndividualRegistry {
    static final String SERVICE_ID = "GBDFL_UniversalServiceSync";
    private static final String FOUND = "002";
    private static final String NOT_FOUND = "003";

    @Inject
    ShepClient client;

    @Inject
    ElicensingConfig config;

    @Override
    public Optional<IndividualRecord> findByIin(String iin, String messageId) {
        PersonRequest request = new PersonRequest();
        request.setRequestorBIN(config.systemBin());
        request.setIin(iin);
        String payload = Jaxb.toXml(request);

        String answer = client.send(SERVICE_ID, messageId, payload);
        Document parsed = SecureXml.parse(answer.getBytes(StandardCharsets.UTF_8));
        PersonResponse response = Jaxb.unmarshal(parsed.getDocumentElement(), PersonResponse.class);
        String code = response.getStatus() == null ? null : response.getStatus().getCode();
        if (NOT_FOUND.equals(code)) {
            return Optional.empty();
        }
        if (!FOUND.equals(code) || response.getPerson() == null) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, SERVICE_ID + " answered status " + code);
        }
        Person p = response.getPerson();
        AnswerCheck.about(SERVICE_ID, messageId, "IIN", iin, p.getIin());
        LocalDate birth = p.getBirthDate() == null
                ? null
                : LocalDate.of(
                        p.getBirthDate().getYear(),
                        p.getBirthDate().getMonth(),
                        p.getBirthDate().getDay());
        return Optional.of(new IndividualRecord(
                p.getIin(),
                p.getSurname(),
                p.getName(),
                p.getPatronymic(),
                birth,
                code(p.getGender()),
                code(p.getCitizenship()),
                code(p.getLifeStatus()),
                p.getRegAddress()));
    }

    private static IndividualRecord.RegistryCode code(Code c) {
        return c == null ? null : new IndividualRecord.RegistryCode(c.getCode(), c.getNameRu(), c.getNameKz());
    }
}

package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import kz.elicensing.contract.gbdul.v2.GbdulInfoByBinRequest;
import kz.elicensing.contract.gbdul.v2.GbdulInfoByBinResponse;
import kz.elicensing.contract.gbdul.v2.Leader;
import kz.elicensing.contract.gbdul.v2.Organization;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.party.LegalEntityRegistry;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.infrastructure.signature.EnvelopedSigner;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.signature.SigningKeys;
import kz.elicensing.infrastructure.xml.Jaxb;
import org.w3c.dom.Document;

/**
 * Translator for GBD UL's {@code GbdulInfoByBin_v2}: a request signed with E-licensing's key, the answer read back.
 * A found organisation with another BIN than the one asked is no answer (UPSTREAM_UNAVAILABLE); a "not found" names no
 * BIN and is tied to the question by its correlationId alone.
 */
@ApplicationScoped
public class ShepLegalEntityRegistry implements LegalEntityRegistry {
    static final String SERVICE_ID = "GbdulInfoByBin_v2";
    private static final String FOUND = "002";
    private static final String NOT_FOUND = "003";

    @Inject
    ShepClient client;

    @Inject
    SigningKeys keys;

    @Inject
    ElicensingConfig config;

    @Override
    public Optional<LegalEntityRecord> findByBin(String bin, String messageId) {
        GbdulInfoByBinRequest request = new GbdulInfoByBinRequest();
        request.setId("req-" + UUID.randomUUID());
        request.setRequestorBIN(config.systemBin());
        request.setBIN(bin);
        Document dom = SecureXml.newDocument();
        Jaxb.toDom(request, dom);
        String signed = new String(EnvelopedSigner.sign(dom, keys.system()), StandardCharsets.UTF_8);

        String answer = client.send(SERVICE_ID, messageId, signed);
        Document parsed = SecureXml.parse(answer.getBytes(StandardCharsets.UTF_8));
        GbdulInfoByBinResponse response = Jaxb.unmarshal(parsed.getDocumentElement(), GbdulInfoByBinResponse.class);
        String code = response.getStatus() == null ? null : response.getStatus().getCode();
        if (NOT_FOUND.equals(code)) {
            return Optional.empty();
        }
        if (!FOUND.equals(code) || response.getOrganization() == null) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, SERVICE_ID + " answered status " + code);
        }
        Organization o = response.getOrganization();
        AnswerCheck.about(SERVICE_ID, messageId, "BIN", bin, o.getBIN());
        Leader l = o.getOrganizationLeader();
        String leaderName = l == null
                ? null
                : String.join(" ", l.getSurName(), l.getName(), l.getMiddleName() == null ? "" : l.getMiddleName())
                        .trim();
        return Optional.of(new LegalEntityRecord(
                o.getBIN(),
                o.getRegStatus(),
                o.getFullNameRu(),
                o.getFullNameKz(),
                l == null ? null : l.getIIN(),
                leaderName,
                o.getAddress()));
    }
}

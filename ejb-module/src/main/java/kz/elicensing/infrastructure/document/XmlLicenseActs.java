package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import kz.elicensing.contract.v1.LicenseAct;
import kz.elicensing.contract.v1.ObjectFactory;
import kz.elicensing.contract.v1.Party;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseActDocuments;
import kz.elicensing.domain.licence.LicenseAction;
import kz.elicensing.domain.licence.LicenseChange;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;
import org.w3c.dom.Document;

/** Builds the head's registry act (urn:kz:elicensing:v1 LicenseAct), unsigned, as the authorized person will sign it. */
@ApplicationScoped
public class XmlLicenseActs implements LicenseActDocuments {
    private static final ObjectFactory FACTORY = new ObjectFactory();

    @Override
    public byte[] act(License license, LicenseAction action, LicenseChange change, String reasonKz, Provider licensor) {
        LicenseAct doc = FACTORY.createLicenseAct();
        doc.setId("act-" + UUID.randomUUID());
        doc.setLicenseNumber(license.number());
        doc.setAction(action.name());
        doc.setBasis(change.basis().name());
        doc.setReasonRu(change.reason());
        doc.setReasonKz(reasonKz);
        doc.setDecisionNumber(change.decisionNumber());
        doc.setDecisionDate(change.decisionDate() == null ? null : XmlDates.date(change.decisionDate()));
        doc.setDecisionBody(change.decisionBody());
        Party party = FACTORY.createParty();
        party.setId(licensor.bin());
        party.setNameRu(licensor.nameRu());
        party.setNameKz(licensor.nameKz());
        doc.setLicensor(party);
        doc.setHolderName(license.holderName());
        doc.setService(license.serviceCode());
        doc.setPreparedBy(change.actor());
        doc.setPreparedAt(XmlDates.dateTime(change.at()));
        // parsed back from its bytes, so that what is kept is what is shown and signed
        Document dom = SecureXml.newDocument();
        Jaxb.toDom(doc, dom);
        return SecureXml.toBytes(SecureXml.parse(SecureXml.toBytes(dom)));
    }
}

/**
 * The domain: aggregates, value objects and the rules of the regulations, in plain Java (no Jakarta, JPA, JAXB or XML;
 * JPA maps the aggregates from {@code META-INF/orm.xml}). It knows no outer layer.
 *
 * <h2>Ports in the domain</h2>
 * A port whose signature speaks only domain types (and JDK values) and serves a domain aggregate lives here, in that
 * aggregate's package, e.g. {@code application.ApplicationRepository}, {@code licence.LicenseRepository},
 * {@code catalog.Catalog}, {@code officer.OfficerDirectory}, {@code payment.PaymentGateway},
 * {@code evidence.EvidenceLog}. A port that speaks an application feature's views, kinds or results lives in that
 * feature's package under {@code kz.elicensing.application}; the full rule is in that package's documentation.
 */
package kz.elicensing.domain;

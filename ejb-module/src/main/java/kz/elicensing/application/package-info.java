/**
 * The use cases, one package per feature ({@code intake}, {@code walkin}, {@code check}, {@code decision},
 * {@code registry}, {@code query}, {@code deadline}, {@code catalog}, {@code sender}, {@code signin}, {@code evidence},
 * {@code ops}):
 * each exposes use-case interfaces, the view records that cross to the web and the ShEP adapter, and its
 * {@code Default*} implementations. Nothing here imports {@code jakarta.persistence}, JAXB, XML, the ShEP adapter or
 * infrastructure; only views (records of strings, numbers, dates and plain enums) leave a use case, never an entity.
 *
 * <h2>Where a port lives</h2>
 * A port is an interface the core calls and an outer layer (infrastructure, or the ShEP adapter) implements. It has
 * exactly one home, decided by what its signature speaks:
 * <ol>
 *   <li>A port whose signature speaks only domain types (and JDK values) and serves a domain aggregate lives in
 *       {@code kz.elicensing.domain}, in that aggregate's package: {@code ApplicationRepository},
 *       {@code WalkInDocuments} (domain.application), {@code LicenseRepository}, {@code DocumentFactory}
 *       (domain.licence), {@code Catalog} (domain.catalog), {@code OfficerDirectory}, {@code IndividualRegistry},
 *       {@code LegalEntityRegistry} (domain.party), {@code PaymentGateway}, {@code PaymentNoticeRepository}
 *       (domain.payment), {@code EvidenceLog}, {@code EvidenceBundles} (domain.evidence), {@code WorkingCalendars}
 *       (domain.workflow).</li>
 *   <li>A port that speaks a feature's own types (its views, kinds, results, commands) lives in that feature's
 *       package here: {@code CheckQueue} (check), {@code Printouts} (query), {@code CatalogChanges} (catalog),
 *       {@code SenderStore} (sender), {@code QuestionnaireStore} (deadline), {@code MessageMetrics},
 *       {@code ReadinessCheck} (ops), {@code SignInAudit}, {@code SignInSettings} (signin),
 *       {@code SigningToolSettings} (decision).</li>
 *   <li>A port that serves no domain aggregate and speaks no feature's types (a technical service, or a directory of
 *       something the domain does not model) lives in the feature that uses it: {@code SignatureReports} (intake),
 *       {@code MetricsExposition} (ops), {@code SenderDirectory} and {@code CallableServices} (sender: sending systems
 *       are the gateway's configuration, not a domain aggregate). These are listed by name in
 *       {@code PortHomesTest}, so a new one is a decision, not an accident.</li>
 * </ol>
 * No port speaks JPA, JAXB or XML types. A port never moves to follow its implementation; the ShEP adapter's own
 * ports (ledger, message signatures) live in {@code kz.elicensing.shep}.
 */
package kz.elicensing.application;

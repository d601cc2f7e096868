package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.elicensing.application.ops.MessageDirection;
import kz.elicensing.application.ops.MessageMetrics;
import kz.elicensing.application.ops.MessageObservation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.Direction;
import kz.elicensing.domain.evidence.EvidenceKind;
import kz.elicensing.domain.evidence.EvidenceLog;
import kz.elicensing.domain.evidence.EvidenceRecord;
import kz.elicensing.domain.evidence.SenderPassword;
import kz.elicensing.domain.signature.SystemCertificate;
import kz.elicensing.infrastructure.config.ElicensingConfig;
import kz.elicensing.shep.MessageSignatures;

/**
 * Sends one ShEP SyncChannel message over plain HTTP, signed with E-licensing's system key (WS-Security), checks that
 * the answer is signed by the gateway, and returns its payload text, keeping both envelopes as evidence.
 */
@ApplicationScoped
public class ShepClient {

    @Inject
    ElicensingConfig config;

    @Inject
    EvidenceLog evidence;

    @Inject
    OutboxStore outbox;

    @Inject
    Clock clock;

    @Inject
    MessageSignatures signatures;

    @Inject
    MessageMetrics metrics;

    private volatile HttpClient http;

    /**
     * Sends {@code payloadXml} to {@code serviceId}; any transport or gateway failure, and an answer whose
     * correlationId is not {@code messageId}, is UPSTREAM_UNAVAILABLE. The
     * envelope bytes are written and the answer's bytes read here, so the evidence log keeps exactly what went out and
     * what came back, in a transaction of its own, whatever the caller's then does.
     */
    public String send(String serviceId, String messageId, String payloadXml) {
        try (MessageObservation observation = MessageObservation.start(
                metrics, MessageDirection.OUTBOUND, messageId, serviceId, config.gatewaySenderId())) {
            try {
                return observation.succeeded(call(serviceId, messageId, payloadXml));
            } catch (ElicensingException e) {
                observation.failed(e.code());
                throw e;
            }
        }
    }

    private String call(String serviceId, String messageId, String payloadXml) {
        Instant sentAt = clock.instant();
        byte[] request = signatures.sign(ShepEnvelopes.request(
                serviceId, messageId, sentAt, config.gatewaySenderId(), config.gatewayPassword(), payloadXml));
        HttpResponse<byte[]> response = null;
        try {
            response = post(request);
        } catch (IOException e) {
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ElicensingException(ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " call interrupted", e);
        } finally {
            keep(serviceId, messageId, sentAt, request, response);
        }
        if (response.statusCode() != 200 && response.statusCode() != 500) {
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE, serviceId + " answered HTTP " + response.statusCode());
        }
        checkAnswerSignature(serviceId, response.body());
        return ShepEnvelopes.answer(serviceId, messageId, response.body());
    }

    /** The gateway's answer (or fault) must carry a valid WS-Security signature by the gateway's own certificate. */
    private void checkAnswerSignature(String serviceId, byte[] answer) {
        SystemCertificate signer;
        try {
            signer = signatures.verify(answer, clock.instant());
        } catch (ElicensingException e) {
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE,
                    serviceId + " answer refused: " + e.code() + " " + e.getMessage(),
                    e);
        }
        if (!config.gatewayCertificateBin().equals(signer.bin())) {
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE,
                    serviceId + " answer signed by " + signer.subject() + ", not by the gateway (BIN "
                            + config.gatewayCertificateBin() + ")");
        }
    }

    private HttpResponse<byte[]> post(byte[] envelope) throws IOException, InterruptedException {
        return client().send(
                        HttpRequest.newBuilder(URI.create(config.gatewayUrl()))
                                .timeout(config.gatewayTimeout())
                                .header("Content-Type", "text/xml; charset=UTF-8")
                                .header("SOAPAction", "\"\"")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The request as sent (password masked) and the answer as received (if one came), linked to the outbox row's application. */
    private void keep(
            String serviceId, String messageId, Instant sentAt, byte[] request, HttpResponse<byte[]> response) {
        String sender = config.gatewaySenderId();
        String number = outbox.applicationOf(messageId);
        List<EvidenceRecord> records = new ArrayList<>(2);
        records.add(new EvidenceRecord(
                sentAt,
                Direction.OUT,
                EvidenceKind.GATEWAY_REQUEST,
                serviceId,
                messageId,
                sender,
                number,
                SenderPassword.mask(request)));
        if (response != null) {
            records.add(new EvidenceRecord(
                    clock.instant(),
                    Direction.IN,
                    EvidenceKind.GATEWAY_RESPONSE,
                    serviceId,
                    messageId,
                    sender,
                    number,
                    response.body()));
        }
        evidence.appendNow(records);
    }

    /** One HTTP client, built once and shared (HTTP/1.1, the configured connect timeout). */
    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(config.gatewayTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = http;
            }
        }
        return c;
    }
}

package kz.elicensing.interfaces.rest.admin;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import kz.elicensing.application.sender.SenderAdministration.RegisteredSender;

/** A sender as the admin API shows it (the fields in this order, absent values as null, lists sorted). */
@JsonbNillable
@JsonbPropertyOrder({
    "senderId",
    "enabled",
    "certificateBin",
    "certificateCn",
    "certificateSha256",
    "services",
    "kind",
    "providers"
})
public record SenderJson(
        String senderId,
        boolean enabled,
        String certificateBin,
        String certificateCn,
        String certificateSha256,
        List<String> services,
        String kind,
        List<String> providers) {

    static SenderJson of(RegisteredSender s) {
        return new SenderJson(
                s.senderId(),
                s.enabled(),
                s.certificateBin(),
                s.certificateCn(),
                s.certificateSha256(),
                s.services().stream().sorted().toList(),
                s.kind().name(),
                s.providers().stream().sorted().toList());
    }
}

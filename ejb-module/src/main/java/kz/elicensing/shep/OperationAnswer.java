package kz.elicensing.shep;

/** What an operation answers: the message to send back and, for a submission, the validation report to keep beside the request. */
public record OperationAnswer(OutboundMessage answer, String validationReport) {

    public OperationAnswer(OutboundMessage answer) {
        this(answer, null);
    }
}

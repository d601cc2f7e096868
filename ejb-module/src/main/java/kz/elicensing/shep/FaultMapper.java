package kz.elicensing.shep;

import kz.bee.bip.common.v10.types.ErrorInfo;
import kz.bee.bip.syncchannel.v10.interfaces.SendMessageSendMessageFaultMsg;
import kz.bee.bip.syncchannel.v10.types.request.SyncSendMessageRequest;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;

/** Turns a refusal into the SOAP fault of contracts.md §2: stable code, Russian text, Kazakh text; never a stack trace. */
final class FaultMapper {
    private FaultMapper() {}

    static SendMessageSendMessageFaultMsg fault(ElicensingException e, SyncSendMessageRequest request) {
        ErrorInfo info = new ErrorInfo();
        RememberedRefusal texts =
                e instanceof RememberedRefusal.ReplayedRefusal replayed ? replayed.refusal() : RememberedRefusal.of(e);
        String ru = texts.ru();
        info.setErrorCode(e.code().name());
        info.setErrorMessage(ru);
        info.setErrorData(texts.kk());
        info.setErrorDate(EnvelopeMapper.now());
        if (request != null && request.getRequestInfo() != null) {
            info.setSessionId(request.getRequestInfo().getSessionId());
        }
        return new SendMessageSendMessageFaultMsg(e.code().name() + ": " + ru, info);
    }

    /** The error code a fault made here carries (INTERNAL_ERROR if it carries none we know). */
    static ErrorCode code(SendMessageSendMessageFaultMsg fault) {
        String code = fault.getFaultInfo() == null ? null : fault.getFaultInfo().getErrorCode();
        for (ErrorCode c : ErrorCode.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return ErrorCode.INTERNAL_ERROR;
    }
}

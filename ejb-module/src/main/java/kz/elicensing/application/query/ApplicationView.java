package kz.elicensing.application.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationEvent;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.workflow.DeadlineMark;
import kz.elicensing.domain.workflow.DeadlinePolicy;

/** A read-only snapshot of an application for answers and pages. */
public record ApplicationView(
        String number,
        String serviceCode,
        Operation operation,
        String applicantId,
        String applicantName,
        ApplicationStatus status,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate deadline,
        List<Step> history,
        boolean resultAvailable,
        String resultKind,
        String refusalCode,
        String currentStep,
        LocalDate stepDeadline,
        DeadlineMark deadlineMark) {

    /** A view of an application without a procedure of its own (no current step). */
    public ApplicationView(
            String number,
            String serviceCode,
            Operation operation,
            String applicantId,
            String applicantName,
            ApplicationStatus status,
            Instant receivedAt,
            LocalDate registeredOn,
            LocalDate deadline,
            List<Step> history,
            boolean resultAvailable,
            String resultKind,
            String refusalCode) {
        this(
                number,
                serviceCode,
                operation,
                applicantId,
                applicantName,
                status,
                receivedAt,
                registeredOn,
                deadline,
                history,
                resultAvailable,
                resultKind,
                refusalCode,
                null,
                null,
                null);
    }

    /** One step of the history. */
    public record Step(ApplicationStatus status, Instant at, ActorRole actorRole, String note) {}

    /** When the application counts as registered: the receipt time, or the start of the next working day it moved to. */
    public Instant registeredAt() {
        if (receivedAt.atZone(DeadlinePolicy.ALMATY).toLocalDate().equals(registeredOn)) {
            return receivedAt;
        }
        return registeredOn.atStartOfDay(DeadlinePolicy.ALMATY).toInstant();
    }

    public static ApplicationView of(LicenseApplication a) {
        List<Step> steps = a.history().stream().map(ApplicationView::step).toList();
        return new ApplicationView(
                a.number(),
                a.serviceCode(),
                a.operation(),
                a.applicantId(),
                a.applicantName(),
                a.status(),
                a.receivedAt(),
                a.registeredOn(),
                a.deadline(),
                steps,
                a.resultAvailable(),
                a.resultKind(),
                a.refusalCode(),
                a.currentStep(),
                a.stepDeadline(),
                a.deadlineMark());
    }

    private static Step step(ApplicationEvent e) {
        return new Step(e.status(), e.at(), e.actorRole(), e.note());
    }
}

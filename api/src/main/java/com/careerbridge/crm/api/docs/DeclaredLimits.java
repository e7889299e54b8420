package com.careerbridge.crm.api.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.application.InterviewQuestion;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobInterview;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.documents.DocumentComment;
import com.careerbridge.crm.branding.ConsultancyProfile;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.PhoneNumber;
import com.careerbridge.crm.targetrole.TargetRole;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Limits the server enforces in core rather than with Bean Validation on the request records (which springdoc reads
 * by itself) — and, where a client lays out what it receives, on responses (the consultancy's name) — declared with
 * the very constants the checks use, so that the document and the server cannot disagree on a number. A limit naming a
 * schema property that does not exist fails the document's generation (and with it {@code OpenApiDocumentIT}), so
 * renaming a request field cannot leave a limit behind silently.
 */
@Component
class DeclaredLimits implements OpenApiCustomizer {

    /** What to declare on a property, given its object schema and its own schema. */
    private record Limit(String schema, String property, BiConsumer<Schema<?>, Schema<?>> declare) {
    }

    private static final List<Limit> LIMITS = Stream.concat(Stream.of(
            text("AssignRequest", "message", 0, Assignment.MESSAGE_MAX),
            text("OutcomeRequest", "privateNotes", 0, CoachingSession.NOTES_MAX),
            text("OutcomeRequest", "sharedSummary", 0, CoachingSession.NOTES_MAX),
            new Limit("OutcomeRequest", "actionItems", (o, s) -> s.maxItems(CoachingSession.ACTION_ITEMS_MAX)),
            number("OutcomeRequest", "mockRating", CoachingSession.MOCK_RATING_MIN, CoachingSession.MOCK_RATING_MAX),
            text("ActionItemRequest", "description", 1, ActionItem.DESCRIPTION_MAX),
            required("ActionItemRequest", "description"),
            text("SessionPlanRequest", "location", 0, CoachingSession.LOCATION_MAX),
            text("CancellationRequest", "reason", 0, CoachingSession.CANCELLATION_REASON_MAX),
            text("SessionPlanRequest", "agenda", 0, CoachingSession.AGENDA_MAX),
            number("TargetRoleRequest", "priority", TargetRole.PRIORITY_MIN, TargetRole.PRIORITY_MAX),
            new Limit("TargetRoleRequest", "targetCompanies", (o, s) -> s.maxItems(TargetRole.COMPANIES_MAX)
                    .getItems().maxLength(TargetRole.COMPANY_MAX)),
            number("NewTargetRoleRequest", "priority", TargetRole.PRIORITY_MIN, TargetRole.PRIORITY_MAX),
            new Limit("NewTargetRoleRequest", "targetCompanies", (o, s) -> s.maxItems(TargetRole.COMPANIES_MAX)
                    .getItems().maxLength(TargetRole.COMPANY_MAX)),
            text("StaffNotesRequest", "notes", 0, Candidate.NOTES_MAX),
            text("CandidateRequest", "fullName", 1, Candidate.NAME_MAX),
            text("CandidateRequest", "currentCompany", 0, Candidate.COMPANY_MAX),
            text("CandidateRequest", "currentTitle", 0, Candidate.TITLE_MAX),
            new Limit("CandidateRequest", "tags", (o, s) -> s.maxItems(Candidate.TAGS_MAX).getItems()
                    .maxLength(Candidate.TAG_MAX)),
            new Limit("CandidateRequest", "email", (o, s) -> s.format("email").maxLength(EmailAddress.MAX_LENGTH)),
            text("CandidateRequest", "phone", 0, PhoneNumber.MAX_LENGTH),
            password("AcceptInvitationRequest", "password"),
            password("ChangePasswordRequest", "newPassword"),
            password("PasswordResetConfirmation", "newPassword"),
            new Limit("PreferencesRequest", "language", (o, s) -> allowOnly(s,
                    Arrays.stream(Language.values()).map(Language::code).toList()))),
            // a job application's posting, the same when recorded and when changed; its interviews
            Stream.concat(Stream.of("NewApplicationRequest", "ApplicationRequest").flatMap(schema -> Stream.of(
                    text(schema, "company", 1, JobApplication.COMPANY_MAX),
                    text(schema, "positionTitle", 1, JobApplication.POSITION_MAX),
                    text(schema, "postingUrl", 0, JobApplication.URL_MAX),
                    text(schema, "location", 0, JobApplication.LOCATION_MAX))),
                    Stream.of(text("InterviewRequest", "interviewers", 0, JobInterview.INTERVIEWERS_MAX),
                            text("InterviewRequest", "notes", 0, JobInterview.NOTES_MAX),
                            text("QuestionRequest", "asked", 1, InterviewQuestion.ASKED_MAX),
                            // the consultancy's name as core keeps it: both languages, never empty (#20)
                            text("BrandName", "ko", 1, ConsultancyProfile.NAME_MAX), required("BrandName", "ko"),
                            text("BrandName", "en", 1, ConsultancyProfile.NAME_MAX), required("BrandName", "en"),
                            required("BrandView", "name"), required("BrandView", "version"),
                            // booking (#15): the candidate's note is the session's agenda; the rules' ranges
                            text("BookingRequest", "note", 0, CoachingSession.AGENDA_MAX),
                            text("MyCancellationRequest", "reason", 0, CoachingSession.CANCELLATION_REASON_MAX),
                            number("AvailabilityRequest", "horizonDays", 1, BookingRules.MAX_HORIZON_DAYS),
                            number("AvailabilityRequest", "maxSessionsPerDay", 0, BookingRules.MAX_SESSIONS_PER_DAY),
                            number("AvailabilityRequest", "granularityMinutes", BookingRules.MIN_GRANULARITY,
                                    BookingRules.MAX_GRANULARITY),
                            number("AvailabilityRequest", "minimumNoticeMinutes", 0,
                                    BookingRules.MAX_HORIZON_DAYS * 24 * 60),
                            // messages (#16): plain text with line breaks; a checklist item's key
                            text("MessageRequest", "text", 1, com.careerbridge.crm.messaging.MessageText.MAX_LENGTH),
                            required("MessageRequest", "text"),
                            text("ReferenceView", "itemKey", 0,
                                    com.careerbridge.crm.messaging.MessageReference.ITEM_KEY_MAX),
                            // documents (#16): a comment on a version
                            text("CommentRequest", "text", 1, DocumentComment.BODY_MAX)))).toList();

    @Override
    public void customise(OpenAPI openApi) {
        for (Limit limit : LIMITS) {
            Schema<?> schema = openApi.getComponents().getSchemas().get(limit.schema());
            Schema<?> property = schema == null || schema.getProperties() == null ? null
                    : schema.getProperties().get(limit.property());
            if (property == null) {
                throw new IllegalStateException("DeclaredLimits names " + limit.schema() + "." + limit.property()
                        + ", which the document does not have");
            }
            limit.declare().accept(schema, property);
        }
        // paging (PageParams): page from 0, size 1..MAX_SIZE (larger sizes are cut to the maximum)
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
            for (Parameter parameter : parameters) {
                if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
                    continue;
                }
                if ("page".equals(parameter.getName())) {
                    parameter.getSchema().minimum(BigDecimal.ZERO);
                } else if ("size".equals(parameter.getName())) {
                    parameter.getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageParams.MAX_SIZE));
                    parameter.getSchema().setDefault(PageParams.DEFAULT_SIZE);
                }
            }
        }));
    }

    /** Marks a property the server requires (in core) as required in its schema. */
    private static Limit required(String schema, String property) {
        return new Limit(schema, property, (o, s) -> {
            if (o.getRequired() == null || !o.getRequired().contains(property)) {
                o.addRequiredItem(property);
            }
        });
    }

    private static Limit text(String schema, String property, int minLength, int maxLength) {
        return new Limit(schema, property, (o, s) -> {
            s.maxLength(maxLength);
            if (minLength > 0) {
                s.minLength(minLength);
            }
        });
    }

    private static Limit number(String schema, String property, int minimum, int maximum) {
        return new Limit(schema, property, (o, s) -> s.minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)));
    }

    /** A new password: the policy's length (also where the record allows more, to keep absurd input from bcrypt). */
    private static Limit password(String schema, String property) {
        return text(schema, property, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }

    @SuppressWarnings("unchecked")
    private static <T> void allowOnly(Schema<T> schema, List<?> values) {
        schema.setEnum((List<T>) values);
    }
}

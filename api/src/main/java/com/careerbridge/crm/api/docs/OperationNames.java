package com.careerbridge.crm.api.docs;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids as generated clients show them ({@code api.listMyGuides()}), so that no two operations need
 * springdoc's {@code list_1}, {@code list_2}. An id is part of the contract: renaming it breaks every generated client,
 * so ids do not follow refactorings of Java method names — they are pinned here by {@code Controller#method}. An
 * operation without an entry keeps its Java method name, with the controller's subject appended when that name is
 * taken ({@code list} of {@code FooController} becomes {@code listFoo}). {@code OpenApiDocumentTest} requires unique ids
 * that read as one camel-case word; {@code HandlerKeysIT} that every key names a handler.
 */
@Component
class OperationNames implements OperationCustomizer, Ordered {

    static final Map<String, String> PINNED = Map.ofEntries(
            Map.entry("AuthController#token", "signIn"),
            Map.entry("AuthController#refresh", "refreshTokens"),
            Map.entry("AuthController#logout", "signOut"),
            Map.entry("PasswordResetController#request", "requestPasswordReset"),
            Map.entry("PasswordResetController#confirm", "confirmPasswordReset"),
            Map.entry("InvitationController#accept", "acceptInvitation"),
            Map.entry("InvitationController#invite", "inviteCandidate"),
            Map.entry("CalendarFeedController#feed", "getCalendarFeed"),
            Map.entry("CalendarFeedController#rotate", "rotateMyCalendarFeed"),
            Map.entry("CalendarFeedController#revoke", "revokeMyCalendarFeed"),
            Map.entry("CandidatesController#list", "listCandidates"),
            Map.entry("CandidatesController#overview", "getCandidateOverview"),
            Map.entry("CandidatesController#assign", "assignGuide"),
            Map.entry("DataRightsController#exportMine", "exportMyData"),
            Map.entry("DataRightsController#exportCandidate", "exportCandidateData"),
            Map.entry("DataRightsController#erase", "eraseCandidate"),
            Map.entry("MeController#me", "getMe"),
            Map.entry("MeController#profile", "getMyProfile"),
            Map.entry("MeController#changePreferences", "changeMyPreferences"),
            Map.entry("MeController#changeProgressEmails", "changeMyProgressEmails"),
            Map.entry("MyGuidesController#list", "listMyGuides"),
            Map.entry("MyGuidesController#read", "readMyGuide"),
            Map.entry("MyGuidesController#markItem", "markMyChecklistItem"),
            Map.entry("MyPasswordController#change", "changeMyPassword"),
            Map.entry("MyReadinessController#readiness", "getMyReadiness"),
            Map.entry("MySessionsController#list", "listMySessions"),
            Map.entry("MySessionsController#markActionItem", "markMyActionItem"),
            Map.entry("SessionsController#calendar", "listSessions"),
            Map.entry("SessionsController#get", "getSession"),
            Map.entry("SessionsController#recordOutcome", "recordOutcome"),
            Map.entry("SessionsController#reschedule", "rescheduleSession"),
            Map.entry("SessionsController#cancel", "cancelSession"),
            Map.entry("SessionsController#noShow", "markSessionNoShow"),
            Map.entry("CandidateSessionsController#list", "listCandidateSessions"),
            Map.entry("CandidateSessionsController#schedule", "scheduleSession"),
            Map.entry("DashboardController#dashboard", "getDashboard"),
            Map.entry("GuideCatalogueController#catalogue", "listGuides"),
            Map.entry("GuideCatalogueController#latest", "getGuide"),
            Map.entry("GuideCatalogueController#version", "getGuideVersion"),
            Map.entry("CandidateRecordController#create", "createCandidate"),
            Map.entry("CandidateRecordController#profile", "getCandidateProfile"),
            Map.entry("CandidateRecordController#update", "changeCandidateProfile"),
            Map.entry("CandidateRecordController#move", "moveCandidateInPipeline"),
            Map.entry("CandidateRecordController#progressEmails", "changeCandidateProgressEmails"),
            Map.entry("CandidateRecordController#staffNotes", "getStaffNotes"),
            Map.entry("CandidateRecordController#replaceStaffNotes", "replaceStaffNotes"),
            Map.entry("TimelineController#timeline", "getCandidateTimeline"),
            Map.entry("CandidateMailsController#list", "listCandidateEmails"),
            Map.entry("CandidateMailsController#preview", "previewDigest"),
            Map.entry("CandidateMailsController#sendNow", "sendDigestNow"),
            Map.entry("AssignmentsController#get", "getAssignment"),
            Map.entry("AssignmentsController#upgrade", "upgradeAssignment"),
            Map.entry("AssignmentsController#changeDueDate", "changeAssignmentDueDate"),
            Map.entry("AssignmentsController#remove", "removeAssignment"),
            Map.entry("TargetRolesController#add", "addTargetRole"),
            Map.entry("TargetRolesController#get", "getTargetRole"),
            Map.entry("TargetRolesController#update", "changeTargetRole"),
            Map.entry("TargetRolesController#remove", "removeTargetRole"),
            Map.entry("ApplicationsController#mine", "listMyApplications"),
            Map.entry("ApplicationsController#addMine", "addMyApplication"),
            Map.entry("ApplicationsController#ofCandidate", "listApplications"),
            Map.entry("ApplicationsController#add", "addApplication"),
            Map.entry("ApplicationsController#get", "getApplication"),
            Map.entry("ApplicationsController#update", "changeApplication"),
            Map.entry("ApplicationsController#move", "moveApplication"),
            Map.entry("CaseloadController#attention", "listApplicationsNeedingAttention"),
            Map.entry("CaseloadController#outcomes", "getOutcomes"),
            Map.entry("InterviewsController#list", "listInterviews"),
            Map.entry("InterviewsController#add", "addInterview"),
            Map.entry("InterviewsController#get", "getInterview"),
            Map.entry("InterviewsController#update", "changeInterview"),
            Map.entry("InterviewsController#remove", "removeInterview"),
            Map.entry("InterviewsController#ask", "addInterviewQuestion"),
            Map.entry("InterviewsController#removeQuestion", "removeInterviewQuestion"),
            Map.entry("UnsubscribeController#unsubscribe", "unsubscribeFromProgressEmails"),
            Map.entry("BrandController#brand", "getBrand"),
            Map.entry("BrandController#logo", "getBrandLogo"),
            Map.entry("MyBookingsController#sessionTypes", "listMySessionTypes"),
            Map.entry("MyBookingsController#slots", "listMySlots"),
            Map.entry("MyBookingsController#book", "bookSession"),
            Map.entry("MyBookingsController#upcoming", "listMyBookings"),
            Map.entry("MyBookingsController#reschedule", "rescheduleMySession"),
            Map.entry("MyBookingsController#cancel", "cancelMySession"),
            Map.entry("StaffBookingController#sessionTypes", "listSessionTypes"),
            Map.entry("StaffBookingController#availability", "getAvailability"),
            Map.entry("StaffBookingController#replaceAvailability", "replaceAvailability"),
            Map.entry("StaffBookingController#slots", "listConsultantSlots"),
            Map.entry("MyMessagesController#list", "listMyMessages"),
            Map.entry("MyMessagesController#send", "sendMyMessage"),
            Map.entry("MyMessagesController#read", "markMyMessagesRead"),
            Map.entry("ConversationsController#inbox", "getInbox"),
            Map.entry("ConversationsController#unread", "countUnreadMessages"),
            Map.entry("ConversationsController#page", "listCandidateMessages"),
            Map.entry("ConversationsController#send", "sendMessage"),
            Map.entry("ConversationsController#read", "markCandidateMessagesRead"),
            Map.entry("EventsController#events", "streamEvents"),
            Map.entry("MyDocumentsController#list", "listMyDocuments"),
            Map.entry("MyDocumentsController#upload", "uploadMyDocument"),
            Map.entry("StaffDocumentsController#list", "listCandidateDocuments"),
            Map.entry("StaffDocumentsController#upload", "uploadCandidateDocument"),
            Map.entry("DocumentsController#get", "getDocument"),
            Map.entry("DocumentsController#uploadVersion", "uploadDocumentVersion"),
            Map.entry("DocumentsController#content", "downloadDocumentVersion"),
            Map.entry("DocumentsController#preview", "getDocumentPreview"),
            Map.entry("DocumentsController#comments", "listDocumentComments"),
            Map.entry("DocumentsController#comment", "commentOnDocumentVersion"));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String pinned = PINNED.get(DeclaredAnswers.key(handler));
        if (pinned != null) {
            operation.setOperationId(pinned);
        } else if (operation.getOperationId() != null && operation.getOperationId().matches(".*_\\d+")) {
            String subject = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            operation.setOperationId(handler.getMethod().getName() + subject);
        }
        return operation;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

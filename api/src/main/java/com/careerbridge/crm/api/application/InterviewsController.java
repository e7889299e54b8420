package com.careerbridge.crm.api.application;

import java.net.URI;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.application.InterviewQuestion;
import com.careerbridge.crm.application.JobInterview;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.application.JobInterviews.QuestionEntry;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The interviews of an application and the questions asked in them, for the candidate and the staff responsible for
 * them (404 for everyone else, decided in core). Texts of the guide come in the client's language.
 */
@RestController
@Tag(name = "Job applications")
@SecurityRequirement(name = "bearer")
class InterviewsController {

    private final JobInterviews interviews;
    private final Office office;
    private final ContentTags tags;

    InterviewsController(JobInterviews interviews, Office office, ContentTags tags) {
        this.interviews = interviews;
        this.office = office;
        this.tags = tags;
    }

    @GetMapping(path = "/api/v1/applications/{applicationId}/interviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An application's interviews",
            description = "By start, each with its questions; with the guide's interview questions to match to. "
                    + "Any change to an application's interviews or questions moves the application's updatedAt, so "
                    + "/me/applications?updatedSince=… names the applications whose interviews to fetch again. ETag; "
                    + "If-None-Match answers 304.")
    ResponseEntity<InterviewsView> list(@PathVariable long applicationId, HttpServletRequest request) {
        Language language = language(request);
        JobInterviews.ApplicationInterviews found = interviews.forApplication(applicationId);
        InterviewsView body = new InterviewsView(found.interviews().stream()
                .map(interview -> InterviewView.of(interview, language)).toList(),
                InterviewsView.of(found.guideQuestions(), language));
        return tags.translated(body, body);
    }

    @PostMapping(path = "/api/v1/applications/{applicationId}/interviews", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an interview",
            description = "To an application that was sent and is still open (409 otherwise). The first interview "
                    + "moves an applied or screening application to interviewing.")
    @ApiResponse(responseCode = "201", description = "Added. Location: the interview",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<InterviewView> add(@PathVariable long applicationId, @RequestBody InterviewRequest body,
                                      HttpServletRequest request) {
        JobInterview created = interviews.schedule(applicationId, body.toPlan());
        return ResponseEntity.created(URI.create("/api/v1/interviews/" + created.getId()))
                .eTag(EntityTags.of(created)).body(InterviewView.of(interviews.get(created.getId()), language(request)));
    }

    @GetMapping(path = "/api/v1/interviews/{interviewId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One interview", description = "With its questions. ETag (for If-Match); If-None-Match "
            + "answers 304.")
    ResponseEntity<InterviewView> get(@PathVariable long interviewId, HttpServletRequest request) {
        var found = interviews.get(interviewId);
        return EntityTags.ok(found.interview(), InterviewView.of(found, language(request)));
    }

    @PutMapping(path = "/api/v1/interviews/{interviewId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an interview or write its notes",
            description = "Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The interview's ETag", schema = @Schema(type = "string")))
    ResponseEntity<InterviewView> update(@PathVariable long interviewId, @RequestBody InterviewRequest body,
                                         HttpServletRequest request) {
        long version = expectedVersion(request, interviewId);
        JobInterview changed = interviews.update(interviewId, version, body.toPlan());
        return EntityTags.ok(changed, InterviewView.of(interviews.get(interviewId), language(request)));
    }

    @DeleteMapping("/api/v1/interviews/{interviewId}")
    @Operation(summary = "Remove an interview", description = "With its questions. Requires If-Match (428 without, "
            + "412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The interview's ETag", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable long interviewId, HttpServletRequest request) {
        interviews.remove(interviewId, expectedVersion(request, interviewId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/interviews/{interviewId}/questions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write down a question asked in the interview",
            description = "Matched to one of the guide's questions (guideQuestion, a place in the list's "
                    + "guideQuestions), or proposed for the guide (propose), or neither. Answers the interview.")
    @ApiResponse(responseCode = "201", description = "Written down. Location: the question")
    ResponseEntity<InterviewView> ask(@PathVariable long interviewId, @RequestBody QuestionRequest body,
                                      HttpServletRequest request) {
        InterviewQuestion question = interviews.ask(interviewId, new QuestionEntry(body.asked(), body.guideQuestion(),
                Boolean.TRUE.equals(body.propose())));
        return ResponseEntity.created(URI.create("/api/v1/interview-questions/" + question.getId()))
                .body(InterviewView.of(interviews.get(interviewId), language(request)));
    }

    @DeleteMapping("/api/v1/interview-questions/{questionId}")
    @Operation(summary = "Remove a question written down")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeQuestion(@PathVariable long questionId) {
        interviews.removeQuestion(questionId);
        return ResponseEntity.noContent().build();
    }

    private long expectedVersion(HttpServletRequest request, long interviewId) {
        return EntityTags.expectedVersion(request, interviewId,
                () -> interviews.get(interviewId).interview().getVersion());
    }

    private Language language(HttpServletRequest request) {
        return ClientLanguage.of(request, office.defaultLanguage());
    }
}

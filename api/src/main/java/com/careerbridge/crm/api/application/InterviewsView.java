package com.careerbridge.crm.api.application;

import java.util.List;
import java.util.stream.IntStream;

import com.careerbridge.crm.application.JobInterviews.GuideQuestions;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;

/** An application's interviews, and the guide's questions an asked question can be matched to. */
record InterviewsView(List<InterviewView> interviews,
                      @Schema(description = "The guide's interview questions (its newest published version), in the "
                              + "client's language; guideQuestion is the place in this list") List<GuideQuestion> guideQuestions) {

    record GuideQuestion(int place, String text) {
    }

    static List<GuideQuestion> of(GuideQuestions offered, Language language) {
        return IntStream.range(0, offered.questions().size())
                .mapToObj(i -> new GuideQuestion(i, offered.questions().get(i).in(language))).toList();
    }
}

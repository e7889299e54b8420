package com.careerbridge.crm.api.application;

import com.careerbridge.crm.application.ApplicationStage;
import jakarta.validation.constraints.NotNull;

/** Where the application moves to; the answer of a refused move names the allowed ones. */
record StageMoveRequest(@NotNull ApplicationStage to) {
}

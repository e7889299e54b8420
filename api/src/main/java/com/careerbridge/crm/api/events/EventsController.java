package com.careerbridge.crm.api.events;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.live.LiveChange;
import com.careerbridge.crm.live.LiveChanges;
import com.careerbridge.crm.live.LiveFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/events}: a server-sent-events stream of "something changed" for the signed-in person, fed by
 * core's {@link LiveFeed} (so only changes of candidates they may see, from any instance). Each event names the
 * candidate and the kind, never content: the app then syncs the affected lists with {@code updatedSince}. A comment
 * line every {@value #HEARTBEAT_SECONDS} s keeps proxies and mobile networks from closing a quiet stream and lets the
 * server notice a client that went away. A stream ends after {@link #STREAM_TIMEOUT}, the longest an access token
 * lives, so a signed-out or revoked token cannot keep listening: the app reconnects with its current token.
 */
@RestController
@Tag(name = "Events", description = "Live change notices for the signed-in user (any role)")
@SecurityRequirement(name = "bearer")
class EventsController {

    static final String PATH = "/api/v1/events";
    static final long HEARTBEAT_SECONDS = 25;
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(15);
    /** What a client waits before reconnecting after the stream broke. */
    static final long RECONNECT_MILLIS = 3_000;

    private final LiveFeed feed;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("api-events-heartbeat").factory());
    /** Sends happen here, not on the listening thread, so one slow client never delays the others. */
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    EventsController(LiveFeed feed) {
        this.feed = feed;
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Stream of change notices (server-sent events)",
            description = "text/event-stream for as long as the connection lasts (at most 15 minutes, the longest an access token lives; reconnect "
                    + "then, the retry field says after how long). Events named change carry JSON data: staff get "
                    + "{\"candidateId\":…,\"kind\":…} for the candidates they may see, a candidate {\"kind\":…} for "
                    + "their own record. kind is e.g. session-moved, guide-assigned, messages, documents. A comment "
                    + "line (: heartbeat) every 25 seconds. Nothing is replayed: after a reconnect, sync with "
                    + "updatedSince.")
    @ApiResponse(responseCode = "200", description = "The stream, open until the server ends it or the client hangs up",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string",
                    example = "event:change\ndata:{\"candidateId\":42,\"kind\":\"session-moved\"}\n\n")))
    SseEmitter events(@AuthenticationPrincipal AuthenticatedUser user, HttpServletResponse response)
            throws IOException {
        // A proxy in front (nginx) must pass each event on at once rather than collect a buffer full.
        response.setHeader("X-Accel-Buffering", "no");
        boolean candidate = user.role() == Role.CANDIDATE;
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Stream stream = new Stream(emitter, candidate);
        stream.registration = feed.open(change -> senders.execute(() -> stream.send(change)));
        streams.add(stream);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(() -> {
            stream.close();
            emitter.complete();
        });
        emitter.onError(failure -> stream.close());
        // The first bytes go out at once, so the client (and any proxy) knows the stream is open.
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(RECONNECT_MILLIS));
        return emitter;
    }

    private void beat() {
        for (Stream stream : streams) {
            senders.execute(stream::beat);
        }
    }

    int openStreams() {
        return streams.size();
    }

    /**
     * Ends every stream as soon as the instance begins to shut down, before the web server's graceful shutdown would
     * wait for them (they never end on their own): the apps reconnect, to another instance.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        streams.forEach(stream -> {
            stream.close();
            stream.emitter.complete();
        });
    }

    @PreDestroy
    void shutDown() {
        heartbeat.shutdownNow();
        streams.forEach(stream -> {
            stream.close();
            stream.emitter.complete();
        });
        senders.shutdownNow();
    }

    private final class Stream {

        private final SseEmitter emitter;
        private final boolean candidate;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile LiveChanges.Registration registration;

        Stream(SseEmitter emitter, boolean candidate) {
            this.emitter = emitter;
            this.candidate = candidate;
        }

        void send(LiveChange change) {
            // Written here rather than by the message converters: kind is [a-z-] only (shared.ChangeNotice).
            String data = candidate ? "{\"kind\":\"" + change.kind() + "\"}"
                    : "{\"candidateId\":" + change.candidateId() + ",\"kind\":\"" + change.kind() + "\"}";
            trySend(SseEmitter.event().name("change").data(data, MediaType.TEXT_PLAIN));
        }

        void beat() {
            trySend(SseEmitter.event().comment("heartbeat"));
        }

        private void trySend(SseEmitter.SseEventBuilder event) {
            if (closed.get()) {
                return;
            }
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                // The client went away (or the stream already ended): stop feeding it.
                close();
                emitter.completeWithError(e);
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                streams.remove(this);
                LiveChanges.Registration current = registration;
                if (current != null) {
                    current.remove();
                }
            }
        }
    }
}

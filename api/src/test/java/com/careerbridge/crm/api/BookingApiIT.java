package com.careerbridge.crm.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-service booking over the API: a consultant in Seoul sets their bookable time, their candidate sees the free
 * slots in any zone, books one, loses a race for another, moves and cancels their session with If-Match, and is told
 * when the cut-off has passed; nobody reaches anyone else's session or availability.
 */
@ApiIntegrationTest
class BookingApiIT {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired SessionTypes sessionTypes;
    @Autowired MutableClock clock;

    ApiClient api;
    UserAccount consultant;
    Candidate candidate;
    Candidate colleague;
    String consultantToken;
    String candidateToken;
    String colleagueToken;
    SessionType mockInterview;
    /** Three days from now on the consultant's calendar: far from the notice and inside the horizon. */
    LocalDate day;

    @BeforeEach
    void aConsultantWithTwoCandidates() {
        api = new ApiClient(port);
        UserAccount admin = fixtures.admin();
        mockInterview = fixtures.as(admin, () -> sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("모의 면접", "Mock interview"), 60, SessionMode.ONLINE, "https://meet.example/mock",
                0, 0, true, 24 * 60, null)));
        consultant = fixtures.consultant("Booking Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Booking Candidate");
        colleague = fixtures.candidateWithLogin(consultant, "Booking Colleague");
        consultantToken = ApiWorld.signIn(api, consultant.getEmail().value());
        candidateToken = ApiWorld.signIn(api, candidate.getEmail().value());
        colleagueToken = ApiWorld.signIn(api, colleague.getEmail().value());
        day = LocalDate.ofInstant(clock.instant(), SEOUL).plusDays(3);
    }

    @Test
    void theOfferedTypesAndTheSameSlotsSeenFromSeoulAndFromBerlin() {
        ApiClient.Response types = api.get("/api/v1/me/session-types", candidateToken);
        assertThat(types.status()).as(types.toString()).isEqualTo(200);
        JsonNode offered = find(types.json(), "id", mockInterview.getId());
        assertThat(offered.get("nameEn").asString()).isEqualTo("Mock interview");
        assertThat(offered.get("nameKo").asString()).isEqualTo("모의 면접");
        assertThat(offered.get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(offered.get("changeCutoffMinutes").asInt()).isEqualTo(24 * 60);
        assertThat(offered.get("mode").asString()).isEqualTo("ONLINE");

        // before the consultant set up their time, nothing is offered
        assertThat(slots(candidateToken, day, day, SEOUL).get("slots").size()).isZero();

        mornings();

        JsonNode seoul = slots(candidateToken, day, day, SEOUL);
        assertThat(seoul.get("zone").asString()).isEqualTo("Asia/Seoul");
        assertThat(seoul.get("typeId").asLong()).isEqualTo(mockInterview.getId());
        assertThat(localStarts(seoul)).containsExactly(day.atTime(9, 0), day.atTime(10, 0), day.atTime(11, 0));

        // Berlin's day covers Seoul's morning of the same date: the same instants, read on Berlin's clock
        JsonNode berlin = slots(candidateToken, day, day, BERLIN);
        assertThat(starts(berlin)).isEqualTo(starts(seoul));
        assertThat(localStarts(berlin)).containsExactlyElementsOf(starts(seoul).stream()
                .map(start -> LocalDateTime.ofInstant(start, BERLIN)).toList());
        assertThat(localStarts(berlin).getFirst().toLocalDate()).isEqualTo(day);
        assertThat(localStarts(berlin).getFirst().getHour()).isIn(1, 2);
        // the day before in Berlin ends at 07:00 or 08:00 in Seoul: none of that morning's slots
        assertThat(starts(slots(candidateToken, day.minusDays(1), day.minusDays(1), BERLIN)))
                .doesNotContainAnyElementsOf(starts(seoul));

        ApiClient.Response tooLong = api.get(slotsPath("/api/v1/me/slots", day,
                day.plusDays(Booking.MAX_DAYS_PER_REQUEST), "Asia/Seoul"), candidateToken);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"to\"").contains("range-too-long");
        ApiClient.Response badZone = api.get(slotsPath("/api/v1/me/slots", day, day, "Mars/Olympus"), candidateToken);
        assertThat(badZone.status()).as(badZone.toString()).isEqualTo(400);
        assertThat(badZone.body()).contains("\"field\":\"zone\"");
        ApiClient.Response unknownType = api.get("/api/v1/me/slots?typeId=999999999&from=" + day + "&to=" + day
                + "&zone=Asia/Seoul", candidateToken);
        assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(404);
        // staff may not use the candidate's door
        assertThat(api.get("/api/v1/me/session-types", consultantToken).status()).isEqualTo(403);
    }

    @Test
    void bookLoseTheRaceMoveAndCancel() {
        mornings();
        List<Instant> free = starts(slots(candidateToken, day, day, SEOUL));

        ApiClient.Response booked = book(candidateToken, free.get(0));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long sessionId = booked.json().get("id").asLong();
        assertThat(booked.header("Location")).isEqualTo("/api/v1/me/sessions/" + sessionId);
        assertThat(booked.json().get("sessionTypeId").asLong()).isEqualTo(mockInterview.getId());
        assertThat(booked.json().get("bookedByCandidate").asBoolean()).isTrue();
        assertThat(booked.json().get("lateCancellation").asBoolean()).isFalse();
        assertThat(Instant.parse(booked.json().get("startsAt").asString())).isEqualTo(free.get(0));
        assertThat(starts(slots(candidateToken, day, day, SEOUL))).doesNotContain(free.get(0));

        // the colleague saw the slot free a moment ago: taken, with the next free ones
        ApiClient.Response taken = book(colleagueToken, free.get(0));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body()).contains("Someone has just booked this time");
        assertThat(Instant.parse(taken.json().get("nextFree").get(0).get("start").asString())).isEqualTo(free.get(1));

        ApiClient.Response upcoming = api.get("/api/v1/me/bookings", candidateToken);
        assertThat(upcoming.status()).as(upcoming.toString()).isEqualTo(200);
        JsonNode mine = findBooking(upcoming.json(), sessionId);
        assertThat(Instant.parse(mine.get("changeableUntil").asString())).isEqualTo(free.get(0).minusSeconds(24 * 3600));
        assertThat(mine.get("etag").asString()).isEqualTo(booked.header("ETag"));
        assertThat(mine.get("typeName").asString()).isNotBlank();

        // the colleague cannot touch it: 404, as for a session that does not exist
        assertThat(api.request("POST", "/api/v1/me/sessions/" + sessionId + "/cancel").bearer(colleagueToken)
                .header("If-Match", booked.header("ETag")).send().status()).isEqualTo(404);
        assertThat(api.request("POST", "/api/v1/me/sessions/" + sessionId + "/reschedule").bearer(colleagueToken)
                .header("If-Match", "*").json("{\"start\":\"" + free.get(2) + "\"}").send().status()).isEqualTo(404);

        ApiClient.Response withoutIfMatch = api.request("POST", "/api/v1/me/sessions/" + sessionId + "/reschedule")
                .bearer(candidateToken).json("{\"start\":\"" + free.get(2) + "\"}").send();
        assertThat(withoutIfMatch.status()).as(withoutIfMatch.toString()).isEqualTo(428);
        ApiClient.Response moved = api.request("POST", "/api/v1/me/sessions/" + sessionId + "/reschedule")
                .bearer(candidateToken).header("If-Match", booked.header("ETag"))
                .json("{\"start\":\"" + free.get(2) + "\"}").send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Instant.parse(moved.json().get("startsAt").asString())).isEqualTo(free.get(2));
        assertThat(moved.header("ETag")).isNotEqualTo(booked.header("ETag"));

        ApiClient.Response stale = api.request("POST", "/api/v1/me/sessions/" + sessionId + "/cancel")
                .bearer(candidateToken).header("If-Match", booked.header("ETag")).send();
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        ApiClient.Response cancelled = api.request("POST", "/api/v1/me/sessions/" + sessionId + "/cancel")
                .bearer(candidateToken).header("If-Match", moved.header("ETag")).json("{\"reason\":\"ill\"}").send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

        // the session list (and its delta sync) carries the booking's fields
        JsonNode listed = find(api.get("/api/v1/me/sessions", candidateToken).json().get("items"), "id", sessionId);
        assertThat(listed.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(listed.get("sessionTypeId").asLong()).isEqualTo(mockInterview.getId());
        assertThat(listed.get("bookedByCandidate").asBoolean()).isTrue();
        ApiClient.Response delta = api.get("/api/v1/me/sessions?updatedSince=" + clock.instant().minusSeconds(60),
                candidateToken);
        assertThat(delta.status()).as(delta.toString()).isEqualTo(200);
        assertThat(find(delta.json().get("items"), "id", sessionId).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(findBookingOrNull(api.get("/api/v1/me/bookings", candidateToken).json(), sessionId)).isNull();
    }

    @Test
    void afterTheCutOffOnlyTheConsultantChangesTheSession() {
        UserAccount admin = fixtures.admin();
        SessionType strict = fixtures.as(admin, () -> sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("전략 세션", "Strategy session"), 60, SessionMode.ONLINE, null, 0, 0, true,
                SessionTypeForm.MAX_CUTOFF, null)));
        mornings();
        Instant start = starts(slotsOf(strict.getId())).getFirst();
        ApiClient.Response booked = api.request("POST", "/api/v1/me/bookings").bearer(candidateToken)
                .json("{\"typeId\":" + strict.getId() + ",\"start\":\"" + start + "\",\"note\":\"salary talk\"}").send();
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long sessionId = booked.json().get("id").asLong();

        ApiClient.Response tooLate = api.request("POST", "/api/v1/me/sessions/" + sessionId + "/cancel")
                .bearer(candidateToken).header("If-Match", booked.header("ETag")).header("Accept-Language", "en")
                .send();
        assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(409);
        assertThat(tooLate.body()).contains("too close to the session");

        // the consultant cancels it and records that the candidate called it off late
        ApiClient.Response staff = api.get("/api/v1/sessions/" + sessionId, consultantToken);
        assertThat(staff.json().get("bookedByCandidate").asBoolean()).isTrue();
        ApiClient.Response cancelled = api.request("POST", "/api/v1/sessions/" + sessionId + "/cancellation")
                .bearer(consultantToken).header("If-Match", staff.header("ETag"))
                .json("{\"reason\":\"called late\",\"lateByCandidate\":true}").send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("lateCancellation").asBoolean()).isTrue();
        assertThat(cancelled.json().get("sessionTypeId").asLong()).isEqualTo(strict.getId());
    }

    @Test
    void availabilityIsTheConsultantsOwnAndShapesTheSlots() {
        UserAccount other = fixtures.consultant("Other Consultant");
        String otherToken = ApiWorld.signIn(api, other.getEmail().value());
        String path = "/api/v1/consultants/" + consultant.getId() + "/availability";

        ApiClient.Response unconfigured = api.get(path, consultantToken);
        assertThat(unconfigured.status()).as(unconfigured.toString()).isEqualTo(200);
        assertThat(unconfigured.json().get("configured").asBoolean()).isFalse();
        assertThat(unconfigured.json().get("version").asLong()).isZero();
        assertThat(unconfigured.header("ETag")).isEqualTo("\"" + consultant.getId() + "-0\"");

        assertThat(api.get(path, otherToken).status()).isEqualTo(404);
        assertThat(api.request("PUT", path).bearer(otherToken).header("If-Match", "*").json(week("10:00", "11:00"))
                .send().status()).isEqualTo(404);
        assertThat(api.get(path, candidateToken).status()).isEqualTo(403);
        UserAccount admin = fixtures.admin();
        String adminToken = ApiWorld.signIn(api, admin.getEmail().value());
        assertThat(api.get(path, adminToken).status()).isEqualTo(200);

        ApiClient.Response saved = api.request("PUT", path).bearer(consultantToken)
                .header("If-Match", unconfigured.header("ETag")).json(week("14:00", "16:00")).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("configured").asBoolean()).isTrue();
        assertThat(saved.json().get("weekly").get("MONDAY").get(0).get("from").asString()).isEqualTo("14:00");
        assertThat(saved.json().get("exceptions").get(0).get("date").asString()).isEqualTo(day.plusDays(1).toString());

        JsonNode staffSlots = api.get(slotsPath("/api/v1/consultants/" + consultant.getId() + "/slots", day, day,
                "Asia/Seoul"), consultantToken).json();
        assertThat(localStarts(staffSlots)).containsExactly(day.atTime(14, 0), day.atTime(15, 0));
        // the exception leaves the next day empty
        assertThat(slots(candidateToken, day.plusDays(1), day.plusDays(1), SEOUL).get("slots").size()).isZero();
        assertThat(localStarts(slots(candidateToken, day, day, SEOUL)))
                .containsExactly(day.atTime(14, 0), day.atTime(15, 0));
        assertThat(api.get(slotsPath("/api/v1/consultants/" + consultant.getId() + "/slots", day, day, "Asia/Seoul"),
                otherToken).status()).isEqualTo(404);

        ApiClient.Response stale = api.request("PUT", path).bearer(consultantToken)
                .header("If-Match", unconfigured.header("ETag")).json(week("09:00", "10:00")).send();
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        ApiClient.Response overlapping = api.request("PUT", path).bearer(consultantToken)
                .header("If-Match", saved.header("ETag")).json(week("09:00", "10:00")
                        .replace("[{\"from\":\"09:00\",\"to\":\"10:00\"}]",
                                "[{\"from\":\"09:00\",\"to\":\"10:00\"},{\"from\":\"09:30\",\"to\":\"11:00\"}]"))
                .send();
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(400);
        assertThat(overlapping.body()).contains("overlapping");

        ApiClient.Response types = api.get("/api/v1/session-types", consultantToken);
        assertThat(types.status()).as(types.toString()).isEqualTo(200);
        JsonNode type = find(types.json(), "id", mockInterview.getId());
        assertThat(type.get("selfBookable").asBoolean()).isTrue();
        assertThat(type.get("archived").asBoolean()).isFalse();
        assertThat(type.get("bufferBeforeMinutes").asInt()).isZero();
        assertThat(api.get("/api/v1/session-types", candidateToken).status()).isEqualTo(403);
    }

    // --- helpers ---

    /** The consultant offers every morning 09:00–12:00 in Seoul, hour by hour, bookable right away. */
    private void mornings() {
        String path = "/api/v1/consultants/" + consultant.getId() + "/availability";
        ApiClient.Response current = api.get(path, consultantToken);
        ApiClient.Response saved = api.request("PUT", path).bearer(consultantToken)
                .header("If-Match", current.header("ETag"))
                .json(week("09:00", "12:00", false)).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    /** Every day from–to in Seoul, hourly, with the day after {@link #day} off. */
    private String week(String from, String to) {
        return week(from, to, true);
    }

    private String week(String from, String to, boolean dayAfterOff) {
        StringBuilder days = new StringBuilder();
        for (String name : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.append(days.isEmpty() ? "" : ",").append('"').append(name).append("\":[{\"from\":\"").append(from)
                    .append("\",\"to\":\"").append(to).append("\"}]");
        }
        String exceptions = dayAfterOff ? "{\"date\":\"" + day.plusDays(1) + "\",\"intervals\":[]}" : "";
        return "{\"timeZone\":\"Asia/Seoul\",\"weekly\":{" + days + "},\"exceptions\":[" + exceptions
                + "],\"minimumNoticeMinutes\":0,\"horizonDays\":60,\"maxSessionsPerDay\":null,"
                + "\"granularityMinutes\":60}";
    }

    private ApiClient.Response book(String token, Instant start) {
        return api.request("POST", "/api/v1/me/bookings").bearer(token).header("Accept-Language", "en")
                .json("{\"typeId\":" + mockInterview.getId() + ",\"start\":\"" + start + "\"}").send();
    }

    private JsonNode slots(String token, LocalDate from, LocalDate to, ZoneId zone) {
        ApiClient.Response response = api.get(slotsPath("/api/v1/me/slots", from, to, zone.getId()), token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode slotsOf(long typeId) {
        ApiClient.Response response = api.get("/api/v1/me/slots?typeId=" + typeId + "&from=" + day + "&to=" + day
                + "&zone=Asia/Seoul", candidateToken);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String slotsPath(String base, LocalDate from, LocalDate to, String zone) {
        return base + "?typeId=" + mockInterview.getId() + "&from=" + from + "&to=" + to + "&zone=" + zone;
    }

    private static List<Instant> starts(JsonNode slots) {
        List<Instant> starts = new ArrayList<>();
        slots.get("slots").forEach(slot -> starts.add(Instant.parse(slot.get("start").asString())));
        return starts;
    }

    private static List<LocalDateTime> localStarts(JsonNode slots) {
        List<LocalDateTime> starts = new ArrayList<>();
        slots.get("slots").forEach(slot -> starts.add(LocalDateTime.parse(slot.get("localStart").asString())));
        return starts;
    }

    private static JsonNode find(JsonNode array, String field, long id) {
        for (JsonNode item : array) {
            if (item.get(field).asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + id + " in " + array);
    }

    private static JsonNode findBooking(JsonNode bookings, long sessionId) {
        JsonNode found = findBookingOrNull(bookings, sessionId);
        assertThat(found).as("booking " + sessionId + " in " + bookings).isNotNull();
        return found;
    }

    private static JsonNode findBookingOrNull(JsonNode bookings, long sessionId) {
        for (JsonNode item : bookings) {
            if (item.get("session").get("id").asLong() == sessionId) {
                return item;
            }
        }
        return null;
    }
}

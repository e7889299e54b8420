package com.careerbridge.crm.api.http;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A list for clients that keep a local copy. Without {@code updatedSince} it is the whole list and {@code deletedIds}
 * is empty; with it, only what changed at or after that instant plus the ids that left the list since. Pass
 * {@code syncedAt} as the next {@code updatedSince}: it lies a little before the read, so that a change committed
 * during the read is delivered again next time rather than lost (items are upserts: a repeat is harmless). Apply
 * {@code deletedIds} before {@code items}.
 */
@Schema(description = "A list for delta sync: changed items plus ids removed since updatedSince")
public record SyncResponse<T>(List<T> items, List<Long> deletedIds, Instant syncedAt) {
}

package com.careerbridge.crm.api.http;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a list that also supports delta sync (see {@link SyncResponse}); {@code deletedIds} is not paged. */
@Schema(description = "One page of a list for delta sync: changed items plus ids removed since updatedSince")
public record SyncPageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages,
                                  List<Long> deletedIds, Instant syncedAt) {
}

package com.careerbridge.crm.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** The states of one checklist item: open → done (the candidate) → verified (staff), and the ways back. */
class AssignmentItemTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T01:00:00Z");

    private final AssignmentItem item = new AssignmentItem(null, "c1", ChecklistKind.PRACTISE, 0);

    @Test
    void ticking_is_idempotent_and_unticking_reopens() {
        assertThat(item.markDone(true, MONDAY)).isTrue();
        assertThat(item.markDone(true, TUESDAY)).as("ticked again").isFalse();
        assertThat(item.getState()).isEqualTo(ItemState.DONE);

        assertThat(item.markDone(false, TUESDAY)).isTrue();
        assertThat(item.getState()).isEqualTo(ItemState.OPEN);
        assertThat(item.markDone(false, TUESDAY)).isFalse();
    }

    @Test
    void a_verified_item_stays_verified_for_the_candidate() {
        item.markDone(true, MONDAY);
        assertThat(item.verify(true, 7L, TUESDAY)).isTrue();

        assertThatThrownBy(() -> item.markDone(false, TUESDAY)).isInstanceOf(ConflictException.class)
                .hasMessage("conflict.item-verified");
        assertThat(item.getState()).isEqualTo(ItemState.VERIFIED);
        assertThat(item.markDone(true, TUESDAY)).as("ticking a verified item changes nothing").isFalse();
    }

    @Test
    void staff_take_a_verification_back_and_the_tick_stays() {
        item.markDone(true, MONDAY);
        item.verify(true, 7L, TUESDAY);

        assertThat(item.verify(false, 7L, TUESDAY)).isTrue();
        assertThat(item.getState()).isEqualTo(ItemState.DONE);
        assertThat(item.verify(false, 7L, TUESDAY)).isFalse();
        assertThat(item.markDone(false, TUESDAY)).as("then the candidate may untick").isTrue();
    }

    @Test
    void staff_may_verify_work_seen_in_a_session_before_it_was_ticked() {
        assertThat(item.verify(true, 7L, MONDAY)).isTrue();
        assertThat(item.getState()).isEqualTo(ItemState.VERIFIED);
    }
}

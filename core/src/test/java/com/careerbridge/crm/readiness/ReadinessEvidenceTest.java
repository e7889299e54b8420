package com.careerbridge.crm.readiness;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessEvidenceTest {

    @Test
    void nothingDoneIsZeroAndEverythingDoneIsHundred() {
        assertThat(ReadinessEvidence.none().score()).isZero();
        assertThat(new ReadinessEvidence(6, 0, 6, true, 5).score()).isEqualTo(100);
    }

    @Test
    void verifiedItemsWeighMoreThanTickedOnes() {
        int ticked = new ReadinessEvidence(10, 5, 0, false, null).score();
        int verified = new ReadinessEvidence(10, 0, 5, false, null).score();
        assertThat(ticked).isEqualTo(18);   // 60 × 0.6 × 5/10
        assertThat(verified).isEqualTo(30); // 60 × 5/10
    }

    @Test
    void readingAndMockInterviewAddTheirShare() {
        assertThat(new ReadinessEvidence(4, 0, 0, true, null).score()).isEqualTo(15);
        assertThat(new ReadinessEvidence(0, 0, 0, false, 3).score()).isEqualTo(15); // 25 × 3/5
        assertThat(new ReadinessEvidence(4, 1, 1, true, 4).score()).isEqualTo(59); // 60×1.6/4=24, +15, +20
    }
}

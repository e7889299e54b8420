package com.careerbridge.crm.readiness;

/**
 * What the readiness score of one target role is made of.
 *
 * @param itemsTotal    checklist items of the assigned guide (0 when the guide is not assigned)
 * @param itemsDone     items the candidate ticked, not yet verified
 * @param itemsVerified items the consultant verified
 * @param guideOpened   the candidate has opened the guide at least once
 * @param mockRating    the newest mock-interview rating for this role (1–5), or null
 */
public record ReadinessEvidence(int itemsTotal, int itemsDone, int itemsVerified, boolean guideOpened, Integer mockRating) {

    /** Weight of the checklist, the reading and the mock interview; they add up to 100. */
    static final int CHECKLIST_POINTS = 60;
    static final int READING_POINTS = 15;
    static final int MOCK_POINTS = 25;
    /** A ticked item counts 60 % of a verified one: the consultant's confirmation is stronger evidence. */
    static final double UNVERIFIED_ITEM_WEIGHT = 0.6;

    /**
     * The readiness score, 0–100:
     * <pre>
     *   60 × (0.6 × ticked + 1.0 × verified) / items     — the checklist
     * + 15 × (guide opened ? 1 : 0)                       — the reading
     * + 25 × (newest mock-interview rating / 5)           — the mock interview
     * </pre>
     * rounded to the nearest whole number. No assignment, no mock: 0.
     */
    public int score() {
        double checklist = itemsTotal == 0 ? 0 : (UNVERIFIED_ITEM_WEIGHT * itemsDone + itemsVerified) / itemsTotal;
        double reading = guideOpened ? 1 : 0;
        double mock = mockRating == null ? 0 : mockRating / 5.0;
        long score = Math.round(CHECKLIST_POINTS * checklist + READING_POINTS * reading + MOCK_POINTS * mock);
        return (int) Math.max(0, Math.min(100, score));
    }

    public static ReadinessEvidence none() {
        return new ReadinessEvidence(0, 0, 0, false, null);
    }
}

package com.careerbridge.crm.candidate;

/** The orders the candidate list offers; each ends with the id so that paging is stable. */
public record CandidateSort(Field field, boolean ascending) {

    public enum Field {
        NAME("c.fullName"),
        EMAIL("c.email"),
        STATUS("c.pipelineStatus"),
        CAREER_STAGE("c.careerStage"),
        CREATED("c.createdAt"),
        UPDATED("c.updatedAt"),
        READINESS("c.bestReadiness");

        private final String expression;

        Field(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }
    }

    public static CandidateSort byName() {
        return new CandidateSort(Field.NAME, true);
    }

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        // Without a target role a candidate is the least ready: first going up, last going down (one index, V80).
        String nulls = field != Field.READINESS ? "" : ascending ? " nulls first" : " nulls last";
        return " order by " + field.expression() + direction + nulls + ", c.id" + direction;
    }
}

package com.careerbridge.crm.ui.candidate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.vaadin.flow.router.QueryParameters;

/**
 * What the candidate list shows — search, filters and sort — as the query parameters of its address (#20), so that a
 * link, a bookmark, the browser's Back and the way back from a candidate all show the same list. Only what differs
 * from the plain list is written; whatever a hand-edited address gets wrong is ignored rather than refused.
 */
record CandidateListQuery(String text, Set<PipelineStatus> statuses, Long consultantId, Long guideId,
                          CareerStage careerStage, CandidateSort sort) {

    static final String TEXT = "q";
    static final String STATUS = CandidateListView.STATUS_PARAMETER;
    static final String CONSULTANT = "consultant";
    static final String GUIDE = "guide";
    static final String STAGE = "stage";
    static final String SORT = "sort";
    static final String DIRECTION = "dir";

    CandidateListQuery {
        text = text == null ? "" : text.strip();
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sort = sort == null ? CandidateSort.byName() : sort;
    }

    static CandidateListQuery from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Set<PipelineStatus> statuses = EnumSet.noneOf(PipelineStatus.class);
        for (String name : values.getOrDefault(STATUS, List.of())) {
            PipelineStatus status = parse(PipelineStatus.class, name);
            if (status != null) {
                statuses.add(status);
            }
        }
        CandidateSort.Field field = parse(CandidateSort.Field.class, first(values, SORT));
        CandidateSort sort = field == null ? CandidateSort.byName()
                : new CandidateSort(field, !"desc".equals(first(values, DIRECTION)));
        String text = first(values, TEXT);
        return new CandidateListQuery(text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text, statuses,
                id(first(values, CONSULTANT)), id(first(values, GUIDE)), parse(CareerStage.class, first(values, STAGE)),
                sort);
    }

    QueryParameters toParameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            values.put(TEXT, List.of(text));
        }
        if (!statuses.isEmpty()) {
            List<String> names = new ArrayList<>();
            EnumSet.copyOf(statuses).forEach(status -> names.add(status.name()));
            values.put(STATUS, names);
        }
        if (consultantId != null) {
            values.put(CONSULTANT, List.of(consultantId.toString()));
        }
        if (guideId != null) {
            values.put(GUIDE, List.of(guideId.toString()));
        }
        if (careerStage != null) {
            values.put(STAGE, List.of(careerStage.name()));
        }
        if (!sort.equals(CandidateSort.byName())) {
            values.put(SORT, List.of(sort.field().name()));
            values.put(DIRECTION, List.of(sort.ascending() ? "asc" : "desc"));
        }
        return new QueryParameters(values);
    }

    CandidateFilter filter() {
        return new CandidateFilter(text, statuses, consultantId, guideId, careerStage);
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}

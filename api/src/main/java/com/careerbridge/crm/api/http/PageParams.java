package com.careerbridge.crm.api.http;

import com.careerbridge.crm.shared.InvalidValueException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint. Pages count from 0; the size defaults to
 * {@value #DEFAULT_SIZE} and is capped at {@value #MAX_SIZE}, so no request can make the database return everything.
 * A larger size is lowered to the cap (the response says which size was used); a negative page or a size below 1 is
 * a validation problem.
 */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageParams {
        if (page < 0) {
            throw new InvalidValueException("page", "out-of-range");
        }
        if (size < 1) {
            throw new InvalidValueException("size", "out-of-range");
        }
        size = Math.min(size, MAX_SIZE);
    }

    /** From the raw query parameters, either of which may be absent. */
    public static PageParams of(Integer page, Integer size) {
        return new PageParams(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public Pageable toPageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}

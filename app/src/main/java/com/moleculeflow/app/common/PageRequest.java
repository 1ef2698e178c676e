package com.moleculeflow.app.common;

import java.util.List;

/** One page of a listing; pages count from 1 (the seed's convention), size defaults to 50 and is capped. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        int p = page == null ? 1 : page;
        int s = size == null ? defaultSize : size;
        if (p < 1) {
            throw DomainException.invalid("page must be 1 or more, was " + p);
        }
        if (s < 1 || s > maxSize) {
            throw DomainException.invalid("size must be between 1 and " + maxSize + ", was " + s);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** A page of items with the total, so clients can show "page 2 of 20". */
    public record Page<T>(List<T> items, int page, int size, long total) {
        public long totalPages() {
            return (total + size - 1) / size;
        }
    }
}

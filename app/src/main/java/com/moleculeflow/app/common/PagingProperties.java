package com.moleculeflow.app.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Seed variables PAGINATION_DEFAULT_PAGE_SIZE (50) and PAGINATION_MAX_PAGE_SIZE (100). */
@ConfigurationProperties("pagination")
public record PagingProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("100") int maxPageSize) {

    public PageRequest request(Integer page, Integer size) {
        return PageRequest.of(page, size, defaultPageSize, maxPageSize);
    }
}

package org.ffw.platform.web;

/**
 * The bounds every paged API and page states for its {@code page} parameter (and the usual bounds of {@code size}):
 * {@code @Min(0) @Max(Paging.MAX_PAGE)} on the parameter, which springdoc turns into {@code minimum/maximum} in the
 * OpenAPI description and Spring's method validation into a 400 problem+json naming it. With a size of at most
 * {@link #MAX_SIZE_LARGE} the offset {@code page * size} stays far inside an {@code int} (10^8 < 2^31), where
 * {@code page=2147483647} overflowed it before.
 */
public final class Paging {

    /** The last page number any list accepts (0-based): beyond it a list is empty anyway. */
    public static final int MAX_PAGE = 100_000;
    /** The largest page size of ordinary lists. */
    public static final int MAX_SIZE = 200;
    /** The largest page size of bulk lists (contribution records). */
    public static final int MAX_SIZE_LARGE = 1000;
    /** The most rows a history ({@code limit}) returns. */
    public static final int MAX_LIMIT = 500;

    private Paging() {
    }
}

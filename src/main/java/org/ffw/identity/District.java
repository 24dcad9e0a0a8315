package org.ffw.identity;

/** One of Shanghai's 16 districts (GB/T 2260 code), REFERENCE.md §5. */
public record District(String code, String nameZh, String nameEn, String pinyin, int sortOrder) {
}

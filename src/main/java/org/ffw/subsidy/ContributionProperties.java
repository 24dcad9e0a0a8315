package org.ffw.subsidy;

import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ffw.contributions.*}: the limits of a contribution-records import (docs/subsidy-records.md).
 *
 * @param maxFileSize          the largest file accepted (the servlet's multipart limit, 10 MB, caps it too)
 * @param maxRows              the most data rows one file may have; a larger file is refused whole (split it)
 * @param maxListedRejections  how many rejections an import's report lists and keeps (all are counted)
 * @param earliestMonth        the first month a record may be for: the policy covers births from 2025-01
 */
@ConfigurationProperties("ffw.contributions")
record ContributionProperties(@DefaultValue("10MB") DataSize maxFileSize,
                              @DefaultValue("100000") int maxRows,
                              @DefaultValue("1000") int maxListedRejections,
                              @DefaultValue("2025-01") YearMonth earliestMonth) {
}

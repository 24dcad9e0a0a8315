package org.ffw.certification;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The certification's part of the published statistics (docs/statistics.md): per district, the employers holding a
 * fertility-friendly post certificate valid on a day and the number of posts those certificates name. Exact counts,
 * unsuppressed: the caller publishes them only through its small-count rule.
 */
@Component
public class CertificationPublicFigures {

    /** One district's counts; districts without a valid certificate are absent. */
    public record District(String district, long employers, long posts) {
    }

    private final CertificationPublicFiguresMapper mapper;

    CertificationPublicFigures(CertificationPublicFiguresMapper mapper) {
        this.mapper = mapper;
    }

    public List<District> validOn(LocalDate on) {
        return mapper.validOn(on);
    }
}

package org.ffw.certification;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The published certification figures: one GROUP BY over friendly_certificate (and its posts), never the rows. */
@Mapper
interface CertificationPublicFiguresMapper {

    /** Per district: the employers whose certificate was valid on the day, and the posts of those certificates. */
    List<CertificationPublicFigures.District> validOn(@Param("on") LocalDate on);
}

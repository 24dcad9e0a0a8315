package org.ffw.employer;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EmployerMapper {

    Employer find(@Param("creditCode") String creditCode);

    int insert(Employer employer);

    int countViolation(@Param("creditCode") String creditCode, @Param("caseNo") String caseNo);

    int insertViolation(@Param("creditCode") String creditCode, @Param("caseNo") String caseNo,
                        @Param("kind") String kind, @Param("foundOn") java.time.LocalDate foundOn,
                        @Param("summary") String summary, @Param("now") java.time.Instant now);

    int rectified(@Param("creditCode") String creditCode, @Param("caseNo") String caseNo,
                  @Param("on") java.time.LocalDate on);

    List<EmployerService.Violation> violations(@Param("creditCode") String creditCode);

    List<Employer> search(@Param("district") String district, @Param("name") String name,
                          @Param("sector") String sector, @Param("sizeBand") String sizeBand,
                          @Param("limit") int limit, @Param("offset") int offset);

    int classify(@Param("creditCode") String creditCode, @Param("sector") String sector,
                 @Param("sizeBand") String sizeBand, @Param("now") java.time.Instant now);

    List<Employer> candidates(@Param("districts") List<String> districts, @Param("sectors") List<String> sectors,
                              @Param("sizeBands") List<String> sizeBands);
}

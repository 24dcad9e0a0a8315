package org.ffw.employer;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EmployerMapper {

    Employer find(@Param("creditCode") String creditCode);

    int insert(Employer employer);

    List<Employer> search(@Param("district") String district, @Param("name") String name,
                          @Param("limit") int limit, @Param("offset") int offset);
}

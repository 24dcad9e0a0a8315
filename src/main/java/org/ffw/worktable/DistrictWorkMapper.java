package org.ffw.worktable;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The district's open work in aggregate, for its supervisor: task_view grouped, and Camunda's task history counted. */
@Mapper
interface DistrictWorkMapper {

    /** The district's tasks at risk or overdue at {@code now}, the most urgent first. */
    List<TaskInfo> escalations(@Param("district") String district, @Param("now") Instant now,
                               @Param("limit") int limit);

    /** The district's open tasks with this task key (e.g. the extension approvals), oldest first. */
    List<TaskInfo> withKey(@Param("district") String district, @Param("taskKey") String taskKey,
                           @Param("limit") int limit);

    /** Open tasks of the district per assignee (null: unclaimed) and SLA state. */
    List<Count> openByAssignee(@Param("district") String district, @Param("now") Instant now);

    /** Tasks these users completed since the moment, per user (Camunda's history). */
    List<Count> completedSince(@Param("users") Collection<String> users, @Param("since") Date since);

    record Count(String assignee, String sla, long n) {
    }
}

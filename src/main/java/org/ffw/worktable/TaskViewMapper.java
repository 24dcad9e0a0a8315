package org.ffw.worktable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskViewMapper {

    int insert(TaskInfo task);

    int update(TaskInfo task);

    int delete(@Param("taskId") String taskId);

    TaskInfo find(@Param("taskId") String taskId);

    /** The row, locked until the transaction ends: concurrent completions of one task queue up behind each other. */
    TaskInfo lock(@Param("taskId") String taskId);

    List<TaskInfo> forCase(@Param("caseNo") String caseNo);

    /** The open tasks whose due date was counted on a year not loaded yet. */
    List<TaskInfo> withProvisionalDue();

    int setDueProvisional(@Param("taskId") String taskId, @Param("provisional") boolean provisional);

    List<TaskInfo> queue(@Param("q") QueueQuery query);

    long count(@Param("q") QueueQuery query);

    /** Counts of the caller's queue per view (mine/group) and SLA state, one row per combination. */
    List<QueueCount> counts(@Param("q") QueueQuery query);

    List<TaskInfo> dueForAtRiskNotice(@Param("now") Instant now, @Param("limit") int limit);

    List<TaskInfo> dueForOverdueNotice(@Param("now") Instant now, @Param("limit") int limit);

    int markAtRiskNotified(@Param("taskId") String taskId, @Param("at") Instant at);

    int markOverdueNotified(@Param("taskId") String taskId, @Param("at") Instant at);

    record QueueCount(String view, String sla, long n) {
    }

    /** Just what the queue of one user needs; built by the service, never from raw request text. */
    record QueueQuery(String user, Collection<String> groups, String view, String district, String process,
                      String caseNo, String sla, Instant dueBefore, Instant now, String orderColumn,
                      boolean descending, int limit, int offset) {

        /** The rows each branch of the queue can contribute to the page: its offset and size. */
        public int window() {
            return offset + limit;
        }

        /** Whether the total is one of the per-view and SLA counts (no filter those counts do not have). */
        boolean countedByView() {
            return process == null && caseNo == null && dueBefore == null
                    && (view == null || "mine".equals(view) || "group".equals(view));
        }
    }
}

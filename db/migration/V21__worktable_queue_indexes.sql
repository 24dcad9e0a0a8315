-- Indexes that cover the queue queries (TaskViewMapper.queue / count / counts).
-- A queue is two index ranges, "assigned to me" and "unassigned in my groups"; with every column the queue filters and
-- sorts on in the index, a page reads index entries only and then fetches just its own rows from the table
-- (measured in docs/benchmarks.md). The new indexes begin with the columns of the ones they replace, so every query
-- that used those still has an index.

CREATE INDEX ix_task_view_group_queue ON task_view (candidate_group, assignee, due_at, at_risk_at, created_at, process_key);
CREATE INDEX ix_task_view_assignee_queue ON task_view (assignee, due_at, at_risk_at, created_at, process_key);
DROP INDEX ix_task_view_group ON task_view;
DROP INDEX ix_task_view_assignee ON task_view;

-- The queue's indexes in the page's order (TaskViewMapper.queue): the task id follows the due date, so that each branch
-- of a queue — assigned to me, or unassigned in one of my groups; with a due date or without — is read in the order
-- of the page (due date, then task id) and stops after offset + size entries. Before, with the task id only at the
-- end of the entry (after at_risk_at, created_at, process_key), every page sorted the whole of the user's queue: the
-- cost of a page grew with the queue (30,000 tasks at a million open ones: docs/benchmarks.md). The other columns stay
-- in the entry so the filters (SLA state, process) are still read from the index alone.

CREATE INDEX ix_task_view_group_due ON task_view (candidate_group, assignee, due_at, task_id, at_risk_at, created_at, process_key);
CREATE INDEX ix_task_view_assignee_due ON task_view (assignee, due_at, task_id, at_risk_at, created_at, process_key);
DROP INDEX ix_task_view_group_queue ON task_view;
DROP INDEX ix_task_view_assignee_queue ON task_view;

package org.ffw.worktable;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CommentMapper {

    @Insert("""
            INSERT INTO case_comment (case_no, task_id, author, author_role, created_at, body)
            VALUES (#{caseNo}, #{taskId}, #{author}, #{authorRole}, #{createdAt}, #{body})""")
    int insert(Comment comment);

    @Select("""
            SELECT id, case_no, task_id, author, author_role, created_at, body FROM case_comment
            WHERE case_no = #{caseNo} ORDER BY id""")
    List<Comment> forCase(@Param("caseNo") String caseNo);

    /** An internal note between staff on a case. */
    record Comment(long id, String caseNo, String taskId, String author, String authorRole, Instant createdAt,
                   String body) {
    }
}

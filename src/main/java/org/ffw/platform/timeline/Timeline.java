package org.ffw.platform.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only timeline of every case. Entries are written in the transaction that changes the case and are
 * never updated or deleted.
 */
@Service
public class Timeline {

    private final TimelineMapper mapper;
    private final TimelineNotes notes;

    Timeline(TimelineMapper mapper, TimelineNotes notes) {
        this.mapper = mapper;
        this.notes = notes;
    }

    /** Records an action of the signed-in user (or "system" when the engine or a scheduler acts). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String caseNo, String action, String fromStatus, String toStatus, Visibility visibility,
                       String note) {
        String actor = CurrentUser.actorName();
        String role = CurrentUser.find().map(FfwUser::primaryRole).map(Enum::name).orElse(null);
        recordAs(caseNo, actor, role, action, fromStatus, toStatus, visibility, note);
    }

    /** Records an action of the signed-in user with a note FFW composed (stored in Chinese, and as key and args). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String caseNo, String action, String fromStatus, String toStatus, Visibility visibility,
                       Note note) {
        String actor = CurrentUser.actorName();
        String role = CurrentUser.find().map(FfwUser::primaryRole).map(Enum::name).orElse(null);
        recordAs(caseNo, actor, role, action, fromStatus, toStatus, visibility, note);
    }

    /** Records an action with a note that is a person's words (or none), stored as written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String caseNo, String actor, String actorRole, String action, String fromStatus,
                         String toStatus, Visibility visibility, String note) {
        append(new TimelineEntry(0, caseNo, TimelineChain.stored(Instant.now()), actor, actorRole, action, fromStatus,
                toStatus, visibility, note == null ? null : truncate(note), null, null));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String caseNo, String actor, String actorRole, String action, String fromStatus,
                         String toStatus, Visibility visibility, Note note) {
        append(new TimelineEntry(0, caseNo, TimelineChain.stored(Instant.now()), actor, actorRole, action, fromStatus,
                toStatus, visibility, truncate(notes.render(note, TimelineNotes.CHINESE)), note.key(), note.argsJson()));
    }

    /**
     * Appends the entry to its case's chain. The case's head row is created if need be and locked until the
     * transaction ends, so two writers of one case take turns and the second chains to the first's entry (a fork
     * would be two entries with the same predecessor); writers of different cases do not wait for each other.
     */
    private void append(TimelineEntry e) {
        Head head = mapper.lockHead(e.caseNo());
        if (head == null) {
            try {
                mapper.insertHead(e.caseNo());
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // another writer began the case's chain at the same moment: take its head (now committed)
            }
            head = mapper.lockHead(e.caseNo());
        }
        String prev = head.entries() == 0 ? null : head.lastHash();
        String seal = TimelineChain.seal(prev, e.caseNo(), e.occurredAt(), e.actor(), e.actorRole(), e.action(),
                e.fromStatus(), e.toStatus(), e.visibility().name(), e.note(), e.noteKey(), e.noteArgs());
        mapper.insert(e, prev, seal);
        mapper.advanceHead(e.caseNo(), seal);
    }

    /** A case's last seal and how many entries it has. */
    record Head(String lastHash, long entries) {
    }

    /** The entries of a case the reader may see, oldest first. */
    public List<TimelineEntry> of(String caseNo, Collection<Visibility> visible) {
        return mapper.list(caseNo, visible.stream().map(Enum::name).toList());
    }

    /** Whether any entry was ever written for this case number (committed, or in the caller's transaction). */
    public boolean knows(String caseNo) {
        return mapper.count(caseNo) > 0;
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    @Mapper
    interface TimelineMapper {

        @Insert("""
                INSERT INTO case_event (case_no, occurred_at, actor, actor_role, action, from_status, to_status,
                                        visibility, note, note_key, note_args, prev_hash, row_hash)
                VALUES (#{e.caseNo}, #{e.occurredAt}, #{e.actor}, #{e.actorRole}, #{e.action}, #{e.fromStatus},
                        #{e.toStatus}, #{e.visibility}, #{e.note}, #{e.noteKey}, #{e.noteArgs}, #{prev}, #{seal})""")
        int insert(@Param("e") TimelineEntry entry, @Param("prev") String prevHash, @Param("seal") String rowHash);

        /** The head of a case's chain before its first entry. */
        @Insert("INSERT INTO case_event_head (case_no, last_hash, entries) VALUES (#{caseNo}, '', 0)")
        int insertHead(@Param("caseNo") String caseNo);

        @Select("SELECT last_hash, entries FROM case_event_head WHERE case_no = #{caseNo} FOR UPDATE")
        Head lockHead(@Param("caseNo") String caseNo);

        @org.apache.ibatis.annotations.Update("""
                UPDATE case_event_head SET last_hash = #{seal}, entries = entries + 1 WHERE case_no = #{caseNo}""")
        int advanceHead(@Param("caseNo") String caseNo, @Param("seal") String seal);

        @Select("""
                <script>
                SELECT id, case_no, occurred_at, actor, actor_role, action, from_status, to_status, visibility, note,
                       note_key, note_args
                FROM case_event WHERE case_no = #{caseNo}
                AND visibility IN <foreach collection="visible" item="v" open="(" separator="," close=")">#{v}</foreach>
                ORDER BY id
                </script>""")
        List<TimelineEntry> list(@Param("caseNo") String caseNo, @Param("visible") List<String> visible);

        @Select("SELECT COUNT(*) FROM case_event WHERE case_no = #{caseNo}")
        int count(@Param("caseNo") String caseNo);
    }
}

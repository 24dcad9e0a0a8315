package org.ffw.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A composed note in either language: the Chinese word for word as the timeline always stored it, the English with
 * dates written the English way and codes as their English labels, a person's words as written in both.
 */
class TimelineNotesTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = TimelineNotes.CHINESE;

    final TimelineNotes notes;

    TimelineNotesTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/procedures", "i18n/timeline");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("districts", (TimelineNotes.Labels) (group, code, locale) -> !"district".equals(group)
                ? null : EN.getLanguage().equals(locale.getLanguage()) ? "Pudong New Area" : "浦东新区");
        notes = new TimelineNotes(messages, beans.getBeanProvider(TimelineNotes.Labels.class));
    }

    @Test
    void the_chinese_is_what_the_timeline_always_stored() {
        LocalDate day = LocalDate.of(2026, 12, 9);
        assertThat(notes.render(Note.of("timeline.note.complaint.lodged", Note.code("leave", "BIRTH"),
                Note.due(day, true)), ZH)).isEqualTo("投诉已提交：生育假，受理期限 2026-12-09（暂定：节假日安排公布后确认）");
        assertThat(notes.render(Note.of("timeline.note.complaint.lodged", Note.code("leave", "BIRTH"),
                Note.due(null, true)), ZH)).isEqualTo("投诉已提交：生育假，受理期限 （待节假日安排载入后计算）");
        assertThat(notes.render(Note.of("timeline.note.complaint.closed", Note.of("timeline.note.paren",
                Note.code("outcome", "NOT_SUBSTANTIATED"))), ZH)).isEqualTo("结案（投诉不属实）");
        assertThat(notes.render(Note.of("timeline.note.complaint.closed", Note.none()), ZH)).isEqualTo("结案");
        assertThat(notes.render(Note.of("timeline.note.complaint.transferred", Note.code("district", "310115"),
                LocalDate.of(2026, 7, 1)), ZH)).isEqualTo("移送浦东新区劳动保障监察机构处理，受理期限至 2026-07-01");
        assertThat(notes.render(Note.of("timeline.note.deadlineMoved",
                Note.code("timeline.note.deadline", "investigation", "调查期限"), LocalDate.of(2027, 3, 18),
                Note.due(LocalDate.of(2027, 3, 22), false), Note.of("timeline.note.scheduleLoaded", 2027)), ZH))
                .isEqualTo("调查期限由 2027-03-18 调整为 2027-03-22（2027 年节假日安排已载入）");
        assertThat(notes.render(Note.of("timeline.note.subsidy.applied", new BigDecimal("9210.00"),
                Note.of("timeline.note.subsidy.checksFailed")), ZH))
                .isEqualTo("申请补贴 9210.00 元（有未通过的资格条件，由审核人员核实）");
        // both sides' texts, a side's own full stop not doubled (CertificationSteps.joined)
        assertThat(notes.render(Note.of("timeline.note.cert.changesRequested", Note.all(
                Note.of("timeline.note.cert.hrbSaid", "请补充岗位说明。"), Note.of("timeline.note.cert.unionSaid", "无"))),
                ZH)).isEqualTo("审核意见：请修改岗位方案。区人社局：请补充岗位说明。区总工会：无。");
        assertThat(notes.render(Note.of("timeline.note.cert.reviewed", Note.code("timeline.note.cert.side", "UNION"),
                Note.of("timeline.note.cert.byLead"), Note.code("proc.cert.decision", "REJECT", "不同意"),
                Note.of("timeline.note.cert.sentence", "岗位不符")), ZH))
                .isEqualTo("区总工会（负责人，原审核人逾期未审核）审核意见：不同意。岗位不符");
        assertThat(notes.render(Note.of("timeline.note.cert.violations", 24, 2, Note.all("LC-2026-000001",
                Note.of("timeline.note.comma"), "LC-2026-000002")), ZH))
                .isEqualTo("守法核查：近 24 个月有查实的休假违法 2 起（LC-2026-000001、LC-2026-000002）");
    }

    @Test
    void the_english_has_english_dates_and_labels_and_the_persons_words_as_written() {
        assertThat(notes.render(Note.of("timeline.note.complaint.lodged", Note.code("leave", "BIRTH"),
                Note.due(LocalDate.of(2026, 12, 9), true)), EN)).isEqualTo("Complaint lodged: Birth leave; acceptance"
                + " decision by 9 Dec 2026 (provisional: confirmed once the holiday schedule is published)");
        assertThat(notes.render(Note.of("timeline.note.supplementRequested", "请补充休假审批记录"), EN))
                .isEqualTo("Please supplement the material: 请补充休假审批记录");
        assertThat(notes.render(Note.of("timeline.note.complaint.closed", Note.of("timeline.note.paren",
                Note.code("outcome", "NOT_SUBSTANTIATED"))), EN)).isEqualTo("Case closed (Not substantiated)");
        assertThat(notes.render(Note.of("timeline.note.complaint.transferred", Note.code("district", "310115"),
                LocalDate.of(2026, 7, 1)), EN)).contains("Pudong New Area", "1 Jul 2026");
        assertThat(notes.render(Note.of("timeline.note.cert.violations", 24, 2, Note.all("LC-2026-000001",
                Note.of("timeline.note.comma"), "LC-2026-000002")), EN)).endsWith("(LC-2026-000001, LC-2026-000002)");
        // a code without a label: its fallback words, else the code
        assertThat(notes.render(Note.of("timeline.note.complaint.notAccepted",
                Note.code("notAccepted", "SOMETHING_NEW", "不符合受理条件")), ZH)).isEqualTo("不予受理：不符合受理条件");
    }

    @Test
    void an_entry_is_read_back_from_its_stored_key_and_arguments() {
        Note note = Note.of("timeline.note.complaint.reported", Note.code("leave", "MATERNITY"), 12,
                Note.due(LocalDate.of(2027, 1, 4), false));
        TimelineEntry stored = entry(notes.render(note, ZH), note.key(), note.argsJson());
        assertThat(Note.parse(stored.noteKey(), stored.noteArgs())).isEqualTo(note);
        assertThat(notes.text(stored, EN))
                .isEqualTo("Report lodged: Maternity leave, about 12 employees affected; acceptance decision by 4 Jan 2027");
        assertThat(notes.text(stored, ZH)).isEqualTo(stored.note())
                .isEqualTo("举报已提交：产假，涉及职工约 12 人，受理期限 2027-01-04");
        // a person's own words, an older entry, a key no bundle has any more: the stored note
        assertThat(notes.text(entry("内部备注", null, null), EN)).isEqualTo("内部备注");
        assertThat(notes.text(entry("旧的说明", "timeline.note.gone", "[]"), EN)).isEqualTo("旧的说明");
    }

    @Test
    void a_code_must_say_its_labels() {
        assertThatThrownBy(() -> Note.of("timeline.note.complaint.finding", Locale.Category.FORMAT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static TimelineEntry entry(String note, String key, String args) {
        return new TimelineEntry(1, "LC-2026-000001", Instant.now(), "system", null, "X", null, null,
                Visibility.PUBLIC, note, key, args);
    }
}

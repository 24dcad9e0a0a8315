package org.ffw.platform.instrument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Hashes;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.document.DocumentStorage;
import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal instruments (文书) of every procedure: issued in the transaction of the step they belong to, rendered as
 * PDF ({@link InstrumentPdf}), hashed, stored behind {@link DocumentStorage} and never changed; a correction is a new
 * version naming the one it replaces. Who reads which is the kit's rule over {@link CaseAccess}: the applicant those
 * addressed to the complainant, the employer those addressed to it, the district's staff all. Every download is
 * recorded (table {@code instrument_service}); the first by an addressed party is its service (送达) and goes on the
 * case's timeline.
 */
@Service
public class Instruments {

    private static final Logger log = LoggerFactory.getLogger(Instruments.class);

    /** How an instrument reached the party: downloaded through the API, from the party's case page, by post. */
    public enum Channel { DOWNLOAD, PAGE, POST }

    /** An instrument and whether (and when first) its addressee has been served. */
    public record Listed(Instrument instrument, Instant servedAt, Channel servedBy) {
    }

    /** A served download: the instrument and its bytes (checked against the recorded hash). */
    public record Served(Instrument instrument, byte[] pdf) {
    }

    private final InstrumentMapper mapper;
    private final InstrumentPdf pdf;
    private final InstrumentWording wording;
    private final DocumentStorage storage;
    private final Timeline timeline;
    private final CaseRegistry registry;

    Instruments(InstrumentMapper mapper, InstrumentPdf pdf, InstrumentWording wording, DocumentStorage storage,
                Timeline timeline, CaseRegistry registry) {
        this.mapper = mapper;
        this.pdf = pdf;
        this.wording = wording;
        this.storage = storage;
        this.timeline = timeline;
        this.registry = registry;
    }

    /** Issues version 1 of an instrument, in the caller's transaction (the step it belongs to). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instrument issue(InstrumentDraft draft) {
        return store(draft, null, null);
    }

    /**
     * A correction: a new version of the replaced instrument (same case, kind and addressee), naming it in its text
     * and its row; the replaced one stays as it was. 409 when the replaced one has been corrected already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instrument reissue(Instrument replaced, InstrumentDraft draft, String reason) {
        if (!replaced.caseNo().equals(draft.caseNo()) || !replaced.kind().equals(draft.kind())
                || replaced.recipient() != draft.recipient()) {
            throw new IllegalArgumentException("a correction of " + replaced.docNumber() + " is another instrument");
        }
        if (mapper.replacementOf(replaced.id()) != null) {
            throw new ConflictException("This instrument has been corrected already: correct its latest version.");
        }
        return store(draft, replaced, reason);
    }

    private Instrument store(InstrumentDraft d, Instrument replaced, String reason) {
        String number = d.caseNo() + "-" + String.format("%02d", mapper.countOnCase(d.caseNo()) + 1);
        InstrumentPdf.Rendered r = pdf.render(wording.printed(d, number, replaced, reason));
        for (IdentityScreen.Person p : d.screened()) {
            if (IdentityScreen.mentions(p, r.text())) {
                log.error("REFUSED to issue {} {} on {}: its text names a person its addressee may not learn about",
                        d.title(), number, d.caseNo());
                throw new InvalidInputException("instrument", "the " + d.title() + " for the "
                        + d.recipient().name().toLowerCase(java.util.Locale.ROOT) + " would name the complainant or"
                        + " reporter (name, ID number or phone): reword the text it is made of; nothing was issued");
            }
        }
        String key = storage.put(r.pdf());
        Instrument i = new Instrument(0, d.procedure(), d.caseNo(), d.kind(), d.title(), d.recipient(), d.copyTo(),
                number, replaced == null ? 1 : replaced.version() + 1, replaced == null ? null : replaced.id(),
                reason, Hashes.sha256(r.pdf()), r.pdf().length, key, d.issuedOn(), Instant.now(),
                CurrentUser.actorName());
        mapper.insert(i);
        Instrument stored = mapper.byNumber(number);
        timeline.record(d.caseNo(), "INSTRUMENT_ISSUED", null, null, visibility(stored), replaced == null
                ? Note.of("timeline.note.instrument.issued", kind(stored), number)
                : Note.of("timeline.note.instrument.reissued", kind(stored), number, stored.version(),
                        replaced.docNumber()));
        return stored;
    }

    /** The instruments of a case this user may read (404 no case, 403 not a reader of it), oldest first. */
    public List<Listed> listFor(FfwUser me, String caseNo) {
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not read the instruments of this case.");
        return listFor(reader, caseNo);
    }

    /** The instruments of a case as this reader may see them, with the addressee's service. */
    public List<Listed> listFor(Reader reader, String caseNo) {
        List<Listed> out = new ArrayList<>();
        for (Instrument i : mapper.forCase(caseNo)) {
            if (reader == Reader.STAFF || i.addresses(party(reader))) {
                ServiceRow s = mapper.firstService(i.id(), i.recipient().name());
                out.add(new Listed(i, s == null ? null : s.servedAt(), s == null ? null : s.channel()));
            }
        }
        return out;
    }

    /** One instrument this user may read: 404 when it is not on this case, 403 when it is not addressed to them. */
    public Instrument find(FfwUser me, String caseNo, long id) {
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not read the instruments of this case.");
        Instrument i = Optional.ofNullable(mapper.find(id)).filter(x -> x.caseNo().equals(caseNo))
                .orElseThrow(() -> new NotFoundException("No such instrument on this case."));
        if (reader != Reader.STAFF && !i.addresses(party(reader))) {
            throw new ForbiddenException("This instrument is not addressed to you.");
        }
        return i;
    }

    /**
     * The user downloads it: recorded every time; the first time an addressed party gets it is its service (送达),
     * written on the timeline with channel and time. Staff downloads are recorded, never a service.
     */
    @Transactional
    public Served serve(FfwUser me, String caseNo, long id, Channel channel) {
        Instrument i = find(me, caseNo, id);
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not read the instruments of this case.");
        byte[] bytes = storage.get(i.storageKey());
        if (bytes == null || !Hashes.sha256(bytes).equals(i.sha256())) {
            log.error("instrument {} ({}) does not match its recorded hash", i.id(), i.docNumber());
            throw new IllegalStateException("instrument " + i.docNumber() + " does not match its recorded hash");
        }
        Party party = reader == Reader.STAFF ? Party.BUREAU : party(reader);
        record(i, party, channel, me.getUsername());
        return new Served(i, bytes);
    }

    /** Staff record that the addressee was served by post (邮寄送达); 409 when it was served already. */
    @Transactional
    public void servedByPost(FfwUser me, String caseNo, long id) {
        Instrument i = find(me, caseNo, id);
        if (CaseAccess.require(me, registry.get(caseNo), "") != Reader.STAFF) {
            throw new ForbiddenException("Only the district's staff record a service by post.");
        }
        if (mapper.firstService(i.id(), i.recipient().name()) != null) {
            throw new ConflictException("This instrument has been served already.");
        }
        record(i, i.recipient(), Channel.POST, me.getUsername());
    }

    private void record(Instrument i, Party party, Channel channel, String by) {
        boolean first = i.addresses(party) && mapper.firstService(i.id(), party.name()) == null;
        mapper.insertService(i.id(), party.name(), channel.name(), by, Instant.now());
        if (first) {
            timeline.record(i.caseNo(), "INSTRUMENT_SERVED", null, null, visibility(i),
                    Note.of("timeline.note.instrument.served", kind(i), i.docNumber(),
                            Note.code("instrument.party", party), Note.code("instrument.channel", channel)));
        }
    }

    public byte[] content(Instrument i) {
        return storage.get(i.storageKey());
    }

    /** Which addressee a reader of the case is (staff read as the bureau). */
    public static Party party(Reader reader) {
        return switch (reader) {
            case APPLICANT -> Party.COMPLAINANT;
            case EMPLOYER -> Party.EMPLOYER;
            case STAFF -> Party.BUREAU;
        };
    }

    /** Who may read its entries on the timeline: what the employer gets, everyone; the complainant's, not the employer. */
    private static Visibility visibility(Instrument i) {
        Set<Party> to = i.copyTo() == null ? EnumSet.of(i.recipient()) : EnumSet.of(i.recipient(), i.copyTo());
        if (to.contains(Party.EMPLOYER)) {
            return Visibility.PUBLIC;
        }
        return to.contains(Party.COMPLAINANT) ? Visibility.PARTY : Visibility.STAFF;
    }

    private static Object kind(Instrument i) {
        return Note.code("instrument.kind", i.kind(), i.title());
    }

    record ServiceRow(Instant servedAt, Channel channel) {
    }

    @Mapper
    interface InstrumentMapper {

        String COLUMNS = """
                id, procedure_code AS `procedure`, case_no, kind, title, recipient, copy_to, doc_number, version,
                replaces_id, correction_reason, sha256, size_bytes, storage_key, issued_on, issued_at, issuer""";

        @Insert("""
                INSERT INTO instrument (procedure_code, case_no, kind, title, recipient, copy_to, doc_number, version,
                                        replaces_id, correction_reason, sha256, size_bytes, storage_key, issued_on,
                                        issued_at, issuer)
                VALUES (#{procedure}, #{caseNo}, #{kind}, #{title}, #{recipient}, #{copyTo}, #{docNumber}, #{version},
                        #{replacesId}, #{correctionReason}, #{sha256}, #{sizeBytes}, #{storageKey}, #{issuedOn},
                        #{issuedAt}, #{issuer})""")
        int insert(Instrument i);

        @Select("SELECT " + COLUMNS + " FROM instrument WHERE doc_number = #{number}")
        Instrument byNumber(@Param("number") String number);

        @Select("SELECT " + COLUMNS + " FROM instrument WHERE id = #{id}")
        Instrument find(@Param("id") long id);

        @Select("SELECT " + COLUMNS + " FROM instrument WHERE case_no = #{caseNo} ORDER BY id")
        List<Instrument> forCase(@Param("caseNo") String caseNo);

        @Select("SELECT COUNT(*) FROM instrument WHERE case_no = #{caseNo}")
        int countOnCase(@Param("caseNo") String caseNo);

        @Select("SELECT id FROM instrument WHERE replaces_id = #{id}")
        Long replacementOf(@Param("id") long id);

        @Insert("""
                INSERT INTO instrument_service (instrument_id, party, channel, served_by, served_at)
                VALUES (#{id}, #{party}, #{channel}, #{by}, #{at})""")
        int insertService(@Param("id") long id, @Param("party") String party, @Param("channel") String channel,
                          @Param("by") String by, @Param("at") Instant at);

        @Select("""
                SELECT served_at, channel FROM instrument_service WHERE instrument_id = #{id} AND party = #{party}
                ORDER BY id LIMIT 1""")
        ServiceRow firstService(@Param("id") long id, @Param("party") String party);
    }
}

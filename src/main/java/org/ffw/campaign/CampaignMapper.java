package org.ffw.campaign;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.campaign.Campaign.InspectorRow;
import org.ffw.campaign.Campaign.Member;
import org.ffw.campaign.Campaign.PickRow;

/** The campaign tables (campaign, _district, _population, _pool, _pick, _inspector). */
@Mapper
interface CampaignMapper {

    String COLUMNS = """
            id, title, leave_types, districts, sectors, size_bands, period_from, period_to, sample_size, risk_share,
            seed, method, inspectors_per_case, population_size, signals_since, status, created_by, created_at,
            closed_at, idempotency_key""";

    /** The row holder for the generated id. */
    final class NewRow {
        Long id;
        Campaign c;

        NewRow(Campaign c) {
            this.c = c;
        }
    }

    @Insert("""
            INSERT INTO campaign (title, leave_types, districts, sectors, size_bands, period_from, period_to,
                sample_size, risk_share, seed, method, inspectors_per_case, population_size, signals_since, status,
                created_by, created_at, idempotency_key)
            VALUES (#{c.title}, #{c.leaveTypes}, #{c.districts}, #{c.sectors}, #{c.sizeBands}, #{c.periodFrom},
                #{c.periodTo}, #{c.sampleSize}, #{c.riskShare}, #{c.seed}, #{c.method}, #{c.inspectorsPerCase},
                #{c.populationSize}, #{c.signalsSince}, #{c.status}, #{c.createdBy}, #{c.createdAt},
                #{c.idempotencyKey})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insert(NewRow row);

    @Insert("INSERT INTO campaign_district (campaign_id, district) VALUES (#{id}, #{district})")
    int insertDistrict(@Param("id") long id, @Param("district") String district);

    @Insert("""
            INSERT INTO campaign_population (campaign_id, ordinal, credit_code, employer_name, district, signals, weight)
            VALUES (#{id}, #{m.ordinal}, #{m.creditCode}, #{m.employerName}, #{m.district}, #{m.signals},
                #{m.weight})""")
    int insertMember(@Param("id") long id, @Param("m") Member m);

    @Insert("INSERT INTO campaign_pool (campaign_id, district, ordinal, username) VALUES (#{id}, #{district},"
            + " #{ordinal}, #{username})")
    int insertPool(@Param("id") long id, @Param("district") String district, @Param("ordinal") int ordinal,
                   @Param("username") String username);

    @Insert("""
            INSERT INTO campaign_pick (campaign_id, ordinal, credit_code, employer_name, district, part, why, case_no)
            VALUES (#{id}, #{p.ordinal}, #{p.creditCode}, #{p.employerName}, #{p.district}, #{p.part}, #{p.why},
                #{p.caseNo})""")
    int insertPick(@Param("id") long id, @Param("p") PickRow p);

    @Insert("""
            INSERT INTO campaign_inspector (case_no, ordinal, campaign_id, username, recused, drawn_from, recusal_no)
            VALUES (#{caseNo}, #{ordinal}, #{id}, #{username}, FALSE, #{drawnFrom}, #{recusalNo})""")
    int insertInspector(@Param("id") long id, @Param("caseNo") String caseNo, @Param("ordinal") int ordinal,
                        @Param("username") String username, @Param("drawnFrom") String drawnFrom,
                        @Param("recusalNo") Integer recusalNo);

    @Select("SELECT " + COLUMNS + " FROM campaign WHERE id = #{id}")
    Campaign find(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM campaign WHERE id = #{id} FOR UPDATE")
    Campaign lock(@Param("id") long id);

    /** The published (closed) campaigns, the latest first. */
    @Select("SELECT " + COLUMNS + " FROM campaign WHERE status = 'CLOSED' ORDER BY closed_at DESC, id DESC"
            + " LIMIT #{limit} OFFSET #{offset}")
    List<Campaign> closedCampaigns(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT " + COLUMNS + " FROM campaign ORDER BY created_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}")
    List<Campaign> all(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT c.id, c.title, c.leave_types, c.districts, c.sectors, c.size_bands, c.period_from, c.period_to,"
            + " c.sample_size, c.risk_share, c.seed, c.method, c.inspectors_per_case, c.population_size,"
            + " c.signals_since, c.status, c.created_by, c.created_at, c.closed_at, c.idempotency_key"
            + " FROM campaign c JOIN campaign_district d ON d.campaign_id = c.id WHERE d.district = #{district}"
            + " ORDER BY c.created_at DESC, c.id DESC LIMIT #{limit} OFFSET #{offset}")
    List<Campaign> ofDistrict(@Param("district") String district, @Param("limit") int limit,
                              @Param("offset") int offset);

    @Select("SELECT ordinal, credit_code, employer_name, district, signals, weight FROM campaign_population"
            + " WHERE campaign_id = #{id} ORDER BY ordinal")
    List<Member> population(@Param("id") long id);

    @Select("SELECT username FROM campaign_pool WHERE campaign_id = #{id} AND district = #{district} ORDER BY ordinal")
    List<String> pool(@Param("id") long id, @Param("district") String district);

    @Select("SELECT ordinal, credit_code, employer_name, district, part, why, case_no, case_closed_at"
            + " FROM campaign_pick WHERE campaign_id = #{id} ORDER BY ordinal")
    List<PickRow> picks(@Param("id") long id);

    @Select("SELECT case_no, ordinal, username, recused, recusal_reason, recused_by, recused_at, replaced_by,"
            + " drawn_from, recusal_no FROM campaign_inspector WHERE campaign_id = #{id} ORDER BY case_no, ordinal")
    List<InspectorRow> inspectors(@Param("id") long id);

    @Update("""
            UPDATE campaign_inspector SET recused = TRUE, recusal_reason = #{reason}, recused_by = #{by},
                recused_at = #{now}, replaced_by = #{replacement}
            WHERE case_no = #{caseNo} AND ordinal = #{ordinal} AND recused = FALSE""")
    int recuse(@Param("caseNo") String caseNo, @Param("ordinal") int ordinal, @Param("reason") String reason,
               @Param("by") String by, @Param("replacement") String replacement, @Param("now") Instant now);

    @Update("UPDATE campaign_pick SET case_closed_at = #{now} WHERE campaign_id = #{id} AND case_no = #{caseNo}"
            + " AND case_closed_at IS NULL")
    int caseClosed(@Param("id") long id, @Param("caseNo") String caseNo, @Param("now") Instant now);

    /** The campaigns still open (drawn, not every case closed). */
    @Select("SELECT id FROM campaign WHERE status = 'DRAWN' ORDER BY id")
    List<Long> drawnIds();

    @Select("SELECT COUNT(*) FROM campaign_pick WHERE campaign_id = #{id} AND case_closed_at IS NULL")
    int openCases(@Param("id") long id);

    @Update("UPDATE campaign SET status = 'CLOSED', closed_at = #{now} WHERE id = #{id} AND status = 'DRAWN'")
    int close(@Param("id") long id, @Param("now") Instant now);
}

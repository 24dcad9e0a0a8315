package org.ffw.platform.settings;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Tables setting_value, setting_change (insert-only) and case_setting (V58). */
@Mapper
interface SettingsMapper {

    record KeyValue(String settingKey, String settingValue) {
    }

    String CHANGE = "id, setting_key, old_value, new_value, reason, changed_by, changed_by_name, changed_at";

    @Select("SELECT setting_key, setting_value FROM setting_value")
    List<KeyValue> values();

    @Select("SELECT setting_value FROM setting_value WHERE setting_key = #{key}")
    String value(@Param("key") String key);

    @Select("SELECT setting_value FROM setting_value WHERE setting_key = #{key} FOR UPDATE")
    String lock(@Param("key") String key);

    @Update("UPDATE setting_value SET setting_value = #{value}, updated_at = #{now} WHERE setting_key = #{key}")
    int update(@Param("key") String key, @Param("value") String value, @Param("now") Instant now);

    @Insert("INSERT INTO setting_value (setting_key, setting_value, updated_at) VALUES (#{key}, #{value}, #{now})")
    int insert(@Param("key") String key, @Param("value") String value, @Param("now") Instant now);

    @Insert("""
            INSERT INTO setting_change (setting_key, old_value, new_value, reason, changed_by, changed_by_name,
                changed_at)
            VALUES (#{settingKey}, #{oldValue}, #{newValue}, #{reason}, #{changedBy}, #{changedByName}, #{changedAt})""")
    int insertChange(SettingChange c);

    @Select("SELECT " + CHANGE + " FROM setting_change ORDER BY id DESC LIMIT #{limit}")
    List<SettingChange> changes(@Param("limit") int limit);

    @Select("SELECT " + CHANGE + " FROM setting_change WHERE setting_key = #{key} ORDER BY id DESC LIMIT #{limit}")
    List<SettingChange> changesOf(@Param("key") String key, @Param("limit") int limit);

    /** The last change of every setting that has one. */
    @Select("SELECT " + CHANGE + " FROM setting_change WHERE id IN (SELECT MAX(id) FROM setting_change"
            + " GROUP BY setting_key)")
    List<SettingChange> lastChanges();

    @Insert("INSERT INTO case_setting (case_no, setting_key, setting_value) VALUES (#{caseNo}, #{key}, #{value})")
    int insertCaseValue(@Param("caseNo") String caseNo, @Param("key") String key, @Param("value") String value);

    @Select("SELECT setting_key, setting_value FROM case_setting WHERE case_no = #{caseNo}")
    List<KeyValue> caseValues(@Param("caseNo") String caseNo);
}

package org.ffw.identity;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper {

    UserAccount find(@Param("username") String username);

    List<String> roles(@Param("username") String username);

    int insert(UserAccount account);

    int insertRole(@Param("username") String username, @Param("role") String role);

    int deleteRoles(@Param("username") String username);

    int updateDistrict(@Param("username") String username, @Param("district") String district);

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    /** Enabled accounts created by the demo loader, or named in usernames, or holding one of roles. */
    List<UserAccount> findDemoAccounts(@Param("usernames") List<String> usernames, @Param("roles") List<String> roles);

    List<UserAccount> withRole(@Param("role") String role);

    int countWithRole(@Param("role") String role);

    /** Users of a district holding a role (for assignment and escalation). */
    List<String> usernamesInDistrictWithRole(@Param("district") String district, @Param("role") String role);

    List<String> usernamesOfEmployer(@Param("creditCode") String creditCode);

    List<District> districts();

    List<UserAccount> findByPhone(@Param("phone") String phone);

    int countByResidentId(@Param("residentId") String residentId);

    UserAccount findByResidentId(@Param("residentId") String residentId);

    /** Every account of an employer, whatever its state, oldest first. */
    List<UserAccount> employerAccounts(@Param("creditCode") String creditCode);

    List<UserAccount> staffAccounts();

    int updateStatus(@Param("username") String username, @Param("status") String status);

    /** Enables or disables an account; either way its sessions end. */
    int updateEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    int bumpSessionVersion(@Param("username") String username);

    /** The account's language ("zh", "en"), null when there is no such account. */
    String language(@Param("username") String username);

    /** Sets the account's language; 0 when it already was that one (nothing written) or there is no such account. */
    int updateLanguage(@Param("username") String username, @Param("language") String language);
}

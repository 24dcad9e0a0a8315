package org.ffw.oidc;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** oidc_link, and keeping an OIDC account's roles and details as the provider last said. */
@Mapper
interface OidcLinkMapper {

    String username(@Param("registrationId") String registrationId, @Param("subject") String subject);

    int insert(@Param("registrationId") String registrationId, @Param("subject") String subject,
               @Param("username") String username, @Param("at") Instant at);

    int touch(@Param("registrationId") String registrationId, @Param("subject") String subject,
              @Param("at") Instant at);

    /** The details of a linked account from the provider's claims (only accounts that oidc_link names). */
    int updateAccount(@Param("username") String username, @Param("identity") OidcIdentity identity);

    int deleteRoles(@Param("username") String username);

    int insertRole(@Param("username") String username, @Param("role") String role);
}

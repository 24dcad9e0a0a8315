package org.ffw.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} for creation endpoints. The key is claimed in the same transaction as the creation, so a
 * retry — even a concurrent one on another node — returns the first response and creates nothing. A key reused for
 * a different request is a 422. Keys are scoped to the endpoint and the caller.
 *
 * <pre>
 * return idempotency.run("complaints", key, request, () -> ResponseEntity.created(uri).body(service.lodge(request)));
 * </pre>
 */
@Service
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyMapper mapper;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    Idempotency(IdempotencyMapper mapper, TransactionTemplate tx, ObjectMapper json) {
        this.mapper = mapper;
        this.tx = tx;
        this.json = json;
    }

    /**
     * Runs {@code create} once per (scope, caller, key). Without a key it simply runs in a transaction.
     *
     * @param request the command, hashed to detect a key reused for something else
     */
    public ResponseEntity<JsonNode> run(String scope, String key, Object request,
                                        Supplier<ResponseEntity<?>> create) {
        if (key == null || key.isBlank()) {
            return tx.execute(s -> toJson(create.get()));
        }
        if (key.length() > 128) {
            throw new InvalidInputException(HEADER, "must be at most 128 characters");
        }
        String user = CurrentUser.actorName();
        String hash = hash(request);
        try {
            return tx.execute(s -> {
                mapper.claim(scope, user, key, hash, Instant.now());
                ResponseEntity<JsonNode> response = toJson(create.get());
                mapper.complete(scope, user, key, response.getStatusCode().value(),
                        response.getHeaders().getLocation() == null ? null
                                : response.getHeaders().getLocation().toString(),
                        response.getBody() == null ? null : response.getBody().toString());
                return response;
            });
        } catch (DuplicateKeyException alreadyUsed) {
            return replay(scope, user, key, hash);
        }
    }

    private ResponseEntity<JsonNode> replay(String scope, String user, String key, String hash) {
        IdempotencyRecord first = mapper.find(scope, user, key);
        if (first == null || first.responseStatus() == null) {
            throw new ConflictException("A request with this Idempotency-Key is still being processed.");
        }
        if (!first.requestHash().equals(hash)) {
            throw new KeyReusedException();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("Idempotent-Replayed", "true");
        if (first.responseLocation() != null) {
            headers.setLocation(URI.create(first.responseLocation()));
        }
        try {
            JsonNode body = first.responseBody() == null ? null : json.readTree(first.responseBody());
            return new ResponseEntity<>(body, headers, HttpStatus.valueOf(first.responseStatus()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is not JSON", e);
        }
    }

    private ResponseEntity<JsonNode> toJson(ResponseEntity<?> response) {
        JsonNode body = response.getBody() == null ? null : json.valueToTree(response.getBody());
        return new ResponseEntity<>(body, response.getHeaders(), response.getStatusCode());
    }

    private String hash(Object request) {
        try {
            byte[] bytes = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return HexFormat.of().formatHex(String.valueOf(request).getBytes(StandardCharsets.UTF_8)).substring(0, 64);
        }
    }

    /** 422: the key was used before for a different request. */
    public static class KeyReusedException extends org.ffw.platform.web.UnprocessableException {
        KeyReusedException() {
            super("This Idempotency-Key was already used for a different request.");
        }
    }

    record IdempotencyRecord(String requestHash, Integer responseStatus, String responseLocation,
                             String responseBody) {
    }

    @Mapper
    interface IdempotencyMapper {

        @Insert("""
                INSERT INTO idempotency_record (scope, username, idem_key, request_hash, created_at)
                VALUES (#{scope}, #{user}, #{key}, #{hash}, #{now})""")
        int claim(@Param("scope") String scope, @Param("user") String user, @Param("key") String key,
                  @Param("hash") String hash, @Param("now") Instant now);

        @Update("""
                UPDATE idempotency_record SET response_status = #{status}, response_location = #{location},
                       response_body = #{body}
                WHERE scope = #{scope} AND username = #{user} AND idem_key = #{key}""")
        int complete(@Param("scope") String scope, @Param("user") String user, @Param("key") String key,
                     @Param("status") int status, @Param("location") String location, @Param("body") String body);

        @Select("""
                SELECT request_hash, response_status, response_location, response_body FROM idempotency_record
                WHERE scope = #{scope} AND username = #{user} AND idem_key = #{key}""")
        IdempotencyRecord find(@Param("scope") String scope, @Param("user") String user, @Param("key") String key);
    }
}

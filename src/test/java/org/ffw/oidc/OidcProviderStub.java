package org.ffw.oidc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local OpenID provider for tests, on 127.0.0.1 and a free port (JDK HttpServer): discovery, the authorization
 * endpoint (which signs the test's chosen person in at once and redirects back with a code), the token endpoint
 * (an RS256 ID token signed with Nimbus, with the request's nonce), the JWKS and user-info. A person is a map of
 * claims; {@link Mode} spoils the ID token's signature or audience on purpose.
 */
final class OidcProviderStub implements AutoCloseable {

    enum Mode { GOOD, BAD_SIGNATURE, WRONG_AUDIENCE }

    static final String CLIENT_ID = "ffw-test";
    static final String CLIENT_SECRET = "ffw-test-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> accessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Map<String, Object> nextPerson = Map.of();
    private volatile Mode nextMode = Mode.GOOD;

    private record Grant(String nonce, String clientId, String redirectUri, Map<String, Object> claims, Mode mode) {
    }

    OidcProviderStub() {
        try {
            key = new RSAKeyGenerator(2048).keyID("city-1").generate();
            // the same key id, another key: a token signed with it does not verify against the published key
            otherKey = new RSAKeyGenerator(2048).keyID("city-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", ex -> send(ex, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/logout", this::endSession);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the provider signs in at the next authorization request, and how it spoils the ID token. */
    void next(Map<String, Object> claims, Mode mode) {
        this.nextPerson = Map.copyOf(claims);
        this.nextMode = mode;
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange ex) throws IOException {
        String iss = issuer();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", iss);
        d.put("authorization_endpoint", iss + "/authorize");
        d.put("token_endpoint", iss + "/token");
        d.put("jwks_uri", iss + "/jwks");
        d.put("userinfo_endpoint", iss + "/userinfo");
        d.put("end_session_endpoint", iss + "/logout");
        d.put("response_types_supported", List.of("code"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("scopes_supported", List.of("openid", "profile"));
        d.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        send(ex, 200, d);
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !CLIENT_ID.equals(q.get("client_id"))
                || q.get("redirect_uri") == null || !q.getOrDefault("scope", "").contains("openid")) {
            send(ex, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(q.get("nonce"), q.get("client_id"), q.get("redirect_uri"), nextPerson, nextMode));
        String back = q.get("redirect_uri") + "?code=" + enc(code) + "&state=" + enc(q.get("state"));
        ex.getResponseHeaders().add("Location", back);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    /** RP-initiated logout: back to the client's post_logout_redirect_uri (the browser test follows it). */
    private void endSession(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || q.get("post_logout_redirect_uri") == null) {
            send(ex, 400, Map.of("error", "invalid_request"));
            return;
        }
        ex.getResponseHeaders().add("Location", q.get("post_logout_redirect_uri"));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

        private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant g = codes.remove(f.getOrDefault("code", ""));
        if (!"POST".equals(ex.getRequestMethod()) || !basic.equals(ex.getRequestHeaders().getFirst("Authorization"))
                || g == null || !"authorization_code".equals(f.get("grant_type"))
                || !g.redirectUri().equals(f.get("redirect_uri"))) {
            send(ex, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(g.mode() == Mode.WRONG_AUDIENCE ? "another-client" : g.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", g.nonce());
        g.claims().forEach(claims::claim);
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("city-1").build(),
                claims.build());
        try {
            idToken.sign(new RSASSASigner(g.mode() == Mode.BAD_SIGNATURE ? otherKey : key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, g.claims());
        send(ex, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "scope", "openid profile", "id_token", idToken.serialize()));
    }

    private void userInfo(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Map<String, Object> claims = auth == null || !auth.startsWith("Bearer ") ? null
                : accessTokens.get(auth.substring("Bearer ".length()));
        if (claims == null) {
            send(ex, 401, Map.of("error", "invalid_token"));
            return;
        }
        send(ex, 200, claims);
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}

package org.ffw.reliability;

import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The 5xx and bare 4xx the fuzzer found, each as the request that showed it. */
class FuzzFindingsTest extends ApiTest {

    private Api.Response sendRaw(Api as, String method, String path, String contentType, String body) {
        // Api.send sets application/json for a body; a header set before wins nothing, so build the call here
        try {
            var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json").header("Content-Type", contentType)
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "employee:demo".getBytes()))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
            var r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Response(r.statusCode(), r, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_multipart_body_without_boundary_is_a_400_problem_on_a_json_endpoint() {
        assertProblem(sendRaw(api, "POST", "/api/v1/public/accounts/phone-codes", "multipart/form-data", "{}"), 400);
    }

    @Test
    void a_multipart_body_without_boundary_is_a_400_on_an_upload() {
        assertProblem(sendRaw(api, "POST", "/api/v1/complaints/LC-2026-000000/documents", "multipart/form-data",
                "x"), 400);
    }

    @Test
    void a_page_past_the_bound_of_the_public_campaigns_is_a_400() {
        assertProblem(api.get("/api/v1/public/campaigns?page=2147483647"), 400, "page");
        assertProblem(api.as("supervisor").get("/api/v1/campaigns?page=2147483647"), 400, "page");
        assertProblem(api.as("admin").get("/api/v1/contribution-imports?page=2147483647"), 400, "page");
    }

    @Test
    void the_qr_code_of_an_unknown_certificate_is_a_404_problem() {
        assertProblem(api.get("/api/v1/public/certificates/FC-2026-000000/qr.svg"), 404);
    }

    @Test
    void a_task_id_that_cannot_be_one_is_a_400_not_a_database_error() {
        // found on MariaDB: a 4-byte character in the id reached Camunda's utf8mb3 tables (a 500)
        assertProblem(api.as("inspector").get("/api/v1/tasks/%F0%9F%98%80abc/comments"), 400);
    }
}

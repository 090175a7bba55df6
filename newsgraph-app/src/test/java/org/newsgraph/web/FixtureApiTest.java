package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** API tests over the {@link WebFixtures} knowledge base, served once per test class. */
abstract class FixtureApiTest {
    static final ObjectMapper JSON = ServedBase.JSON;

    @TempDir
    static Path dir;
    private static ServedBase served;

    @BeforeAll
    static void serve() throws Exception {
        WebFixtures.build(dir);
        served = ServedBase.serve(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return served.get(pathAndQuery);
    }

    static int port() {
        return served.port();
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        return served.ok(pathAndQuery);
    }
}

package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.newsgraph.index.KnowledgeBase;

/** A knowledge base opened read-only and served on a free loopback port, with the HTTP calls API tests make. */
final class ServedBase implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final KnowledgeBase kb;
    private final WebServer server;

    private ServedBase(KnowledgeBase kb, WebServer server) {
        this.kb = kb;
        this.server = server;
    }

    static ServedBase serve(Path dir) throws IOException {
        KnowledgeBase kb = KnowledgeBase.openReadOnly(dir);
        return new ServedBase(kb, WebServer.start(kb, "127.0.0.1", 0));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    int port() {
        return server.port();
    }

    /** The JSON body of a request that must succeed. */
    JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        return JSON.readTree(r.body());
    }

    @Override
    public void close() throws Exception {
        server.close();
        kb.close();
    }
}

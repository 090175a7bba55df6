package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Handler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeBase;

class AdmissionGateTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * A real server whose gate lets one request in and makes the others wait at most a millisecond: among bursts of
     * concurrent searches some must be refused, each with the JSON error body and a Retry-After, and the refusals
     * must not leak permits (a lone request afterwards still gets in).
     */
    @Test
    void answers_503_with_retry_after_to_a_request_that_waits_past_the_bound(@TempDir Path dir) throws Exception {
        WebFixtures.build(dir);
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir);
             WebServer server = WebServer.start(kb, "127.0.0.1", 0, new AdmissionGate(1, Duration.ofMillis(1)))) {
            URI search = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=harbour&limit=100");
            List<HttpResponse<String>> refused = new ArrayList<>();
            int ok = 0;
            for (int burst = 0; burst < 50 && refused.isEmpty(); burst++) {
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    sent.add(HTTP.sendAsync(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> f : sent) {
                    HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                    if (r.statusCode() == 503) refused.add(r);
                    else if (r.statusCode() == 200) ok++;
                    else throw new AssertionError(r.statusCode() + ": " + r.body());
                }
            }
            assertThat(refused).as("no request was refused in 50 bursts of 32").isNotEmpty();
            assertThat(ok).as("the one admitted at a time is answered").isPositive();
            HttpResponse<String> first = refused.get(0);
            assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            JsonNode body = ServedBase.JSON.readTree(first.body());
            assertThat(body.path("status").asInt()).isEqualTo(503);
            assertThat(body.path("error").asText()).contains("busy");
            HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(search).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void asks_for_a_retry_after_the_bound_in_whole_seconds() {
        assertThat(new AdmissionGate(1, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new AdmissionGate(1, Duration.ofMillis(5000)).retryAfterSeconds()).isEqualTo(5);
        assertThat(new AdmissionGate(1, Duration.ofMillis(5001)).retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void runs_at_most_its_permits_at_once_and_every_request_in_the_end() throws Exception {
        AdmissionGate gate = new AdmissionGate(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Handler guarded = gate.guard(ctx -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            release.await(10, TimeUnit.SECONDS);
            Thread.sleep(5);
            running.decrementAndGet();
            done.incrementAndGet();
        });
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread t = new Thread(() -> {
                try {
                    guarded.handle(null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        // all 16 are started; two are inside, the others must be waiting at the gate
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < 2 && System.nanoTime() < until) Thread.sleep(1);
        Thread.sleep(50);
        assertThat(running.get()).isEqualTo(2);
        release.countDown();
        for (Thread t : threads) t.join(10_000);
        assertThat(done.get()).isEqualTo(16);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void gives_the_permit_back_when_the_handler_fails() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, Duration.ofSeconds(30));
        Handler failing = gate.guard(ctx -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> failing.handle(null)).hasMessage("boom");
        AtomicInteger ran = new AtomicInteger();
        Thread t = new Thread(() -> {
            try {
                gate.guard(ctx -> ran.incrementAndGet()).handle(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        t.join(5_000);
        assertThat(ran.get()).isEqualTo(1);
    }

    @Test
    void refuses_a_gate_no_request_can_pass() {
        assertThatThrownBy(() -> new AdmissionGate(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.KnowledgeBase;

class RequestQueueTest {
    private static final int THREADS = 16;
    private static final int QUEUED = 8;
    private static final int SENT = 80;

    /**
     * A real server with a small pool whose admission gate is held shut: of many concurrent connections, those beyond
     * what the threads and the queue hold must be closed unanswered at once rather than wait without bound, and every
     * one that was kept must be answered once the gate opens.
     */
    @Test
    void closes_connections_beyond_its_threads_and_queue_and_answers_the_ones_it_kept(@TempDir Path dir)
            throws Exception {
        WebFixtures.build(dir);
        AdmissionGate gate = new AdmissionGate(1, Duration.ofSeconds(60));
        CountDownLatch shut = new CountDownLatch(1);
        CountDownLatch open = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                gate.guard(ctx -> {
                    shut.countDown();
                    open.await(60, TimeUnit.SECONDS);
                }).handle(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        assertThat(shut.await(10, TimeUnit.SECONDS)).isTrue();
        List<Socket> sockets = new ArrayList<>();
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir);
             WebServer server = WebServer.start(kb, "127.0.0.1", 0, gate, THREADS, QUEUED)) {
            for (int i = 0; i < SENT; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                sockets.add(s);
                s.getOutputStream().write(("GET /api/search?q=harbour HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            }
            Thread.sleep(2_000); // time for the server to take up, queue or refuse every request
            List<Socket> waiting = new ArrayList<>();
            for (Socket s : sockets) {
                s.setSoTimeout(50);
                if (!closedUnanswered(s)) waiting.add(s);
            }
            assertThat(waiting.size()).as("refused while the gate is shut").isLessThan(SENT);
            open.countDown();
            // on a busy machine the server may refuse a few more just after the look above: those stay unanswered,
            // and what it answers never exceeds what its threads and queue hold
            int answered = 0;
            for (Socket s : waiting) {
                s.setSoTimeout(30_000);
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (answer.isEmpty()) continue;
                assertThat(answer).startsWith("HTTP/1.1 200");
                answered++;
            }
            assertThat(answered).as("requests held and answered").isPositive().isLessThanOrEqualTo(THREADS + QUEUED);
            try (Socket after = new Socket("127.0.0.1", server.port())) {
                after.setSoTimeout(30_000);
                after.getOutputStream().write(("GET /api/search?q=harbour HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(after.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 200");
            }
        } finally {
            open.countDown();
            holder.join(10_000);
            for (Socket s : sockets) s.close();
        }
    }

    /** Whether the server closed the connection without a byte of answer; false while it still waits for one. */
    private static boolean closedUnanswered(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }
}

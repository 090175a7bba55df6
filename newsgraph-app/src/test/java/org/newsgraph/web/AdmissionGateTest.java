package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    @Test
    void runs_at_most_its_permits_at_once_and_every_request_in_the_end() throws Exception {
        AdmissionGate gate = new AdmissionGate(2);
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
        AdmissionGate gate = new AdmissionGate(1);
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
        assertThatThrownBy(() -> new AdmissionGate(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServeLoadTestTest {
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> {
            byte[] b = "{}".getBytes();
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        server.createContext("/fail", x -> {
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void countsRequestsAndLatencies() throws Exception {
        ServeLoadTest.Result r = ServeLoadTest.run(base, List.of("/ok"), 4, 60, 200, ProcessHandle.current().pid());
        assertThat(r.requests()).isEqualTo(200);
        assertThat(r.errors()).isZero();
        assertThat(r.p50Micros()).isPositive().isLessThanOrEqualTo(r.p99Micros());
        assertThat(r.p99Micros()).isLessThanOrEqualTo(r.maxMicros());
        assertThat(r.serverPeakRssMb()).isPositive();
    }

    @Test
    void countsErrors() throws Exception {
        ServeLoadTest.Result r = ServeLoadTest.run(base, List.of("/ok", "/fail"), 2, 60, 20, -1);
        assertThat(r.errors()).isEqualTo(10);
        assertThat(r.errorSamples()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("HTTP 500"));
    }

    @Test
    void refusesAnythingButLoopback() {
        assertThatThrownBy(() -> ServeLoadTest.run(URI.create("http://192.0.2.1:80"), List.of("/"), 1, 0.1, 1, -1))
                .hasMessageContaining("loopback");
    }
}

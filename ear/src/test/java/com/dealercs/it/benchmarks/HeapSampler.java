package com.dealercs.it.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The test server's heap in use (KB), sampled from outside by {@code jstat -gc PID 100}: survivors
 * + eden + old generation, garbage included, so the peak is an upper bound of what the server
 * held. The server is the java process whose command line names this build's Payara and the
 * test domain.
 */
final class HeapSampler implements AutoCloseable {
    private final Process jstat;
    private final AtomicLong current = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();

    private HeapSampler(long pid) throws IOException {
        String jstatPath = System.getProperty("java.home") + "/bin/jstat";
        jstat = new ProcessBuilder(jstatPath, "-gc", Long.toString(pid), "100").redirectErrorStream(true).start();
        Thread reader = new Thread(this::read, "jstat");
        reader.setDaemon(true);
        reader.start();
    }

    static HeapSampler ofServer() throws IOException, InterruptedException {
        long pid = serverPid();
        HeapSampler sampler = new HeapSampler(pid);
        for (int i = 0; i < 50 && sampler.current.get() == 0; i++) {
            Thread.sleep(100);
        }
        assertTrue(sampler.current.get() > 0, "jstat gave no sample of process " + pid);
        return sampler;
    }

    /** A full collection in the server ({@code jcmd PID GC.run}), so what is in use after it is live data. */
    static void collectGarbage() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", Long.toString(serverPid()),
                "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().readAllBytes();
        assertEquals(0, jcmd.waitFor(), "jcmd GC.run");
    }

    private static long serverPid() {
        String payara = System.getProperty("payara.home");
        String domain = "payara-mysql".equals(System.getProperty("arquillian.launch")) ? "cs-test-mysql" : "cs-test-h2";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(payara) && c.contains(domain)
                        && c.contains("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).max()
                .orElseThrow(() -> new AssertionError("no server process of " + payara + " " + domain));
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                List<String> columns = Arrays.asList(line.trim().split("\\s+"));
                if (columns.contains("EU")) {
                    header = columns;
                    continue;
                }
                if (header == null || columns.size() != header.size()) {
                    continue;
                }
                double used = 0;
                for (String name : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(columns.get(header.indexOf(name)));
                }
                current.set((long) used);
                peak.accumulateAndGet((long) used, Math::max);
            }
        } catch (IOException | RuntimeException e) {
            // the sampler ends with the process
        }
    }

    long current() {
        return current.get();
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}

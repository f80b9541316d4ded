package org.multivector.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs the operations of {@value #OPERATIONS} against the service's own {@code /graphql} for
 * {@code multivector.warm-up.duration} once it listens, with {@code multivector.warm-up.clients}
 * requests in flight, and until then answers every other GraphQL request with 503 and a
 * {@code Retry-After}. An operation that keeps failing is logged and left out; whatever happens, the
 * service takes requests when the time is up.
 */
@ApplicationScoped
public class WarmUp {

    static final String OPERATIONS = "warmup/operations.graphql";
    static final String TOKEN_HEADER = "X-Multivector-Warm-Up";

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMES_OPERATION = "Names";
    private static final String WARMING_UP = "{\"errors\":[{\"message\":\"The service is warming up and takes requests"
            + " in a few seconds\",\"extensions\":{\"code\":\"WARMING_UP\"}}]}";

    // Only the warm-up's own requests carry it: others wait, whatever they send.
    private final String token = UUID.randomUUID().toString();
    private final Duration duration;
    private final int clients;
    private volatile boolean warm;

    WarmUp(MultivectorConfig config) {
        duration = config.warmUp().duration();
        clients = Math.max(1, config.warmUp().clients());
        warm = duration.isZero() || duration.isNegative();
    }

    /** Whether the service takes requests: the warm-up is over, or there is none. */
    public boolean isWarm() {
        return warm;
    }

    void gate(@Observes Router router) {
        if (!warm) {
            // Before the request checks (order -20): a waiting client is told so, whatever it sent.
            router.route("/graphql").order(-30).handler(this::admit);
        }
    }

    private void admit(RoutingContext context) {
        if (warm || token.equals(context.request().getHeader(TOKEN_HEADER))) {
            context.next();
            return;
        }
        context.response().setStatusCode(503)
                .putHeader(HttpHeaders.RETRY_AFTER, "5")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(WARMING_UP);
    }

    void start(@ObservesAsync HttpServerStart started) {
        if (warm) {
            return;
        }
        HttpServerOptions options = started.options();
        Thread thread = new Thread(() -> runThenOpen(options), "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void runThenOpen(HttpServerOptions options) {
        long started = System.nanoTime();
        try {
            URI endpoint = URI.create("http://" + loopback(options.getHost()) + ":" + port(options) + "/graphql");
            Report report = run(endpoint, duration);
            LOG.infof("Warm-up: %d requests in %.1f s (%s; %s); taking requests now", report.requests(),
                    (System.nanoTime() - started) / 1e9, report.perOperation(), report.secondHalf()
                            .map(kept -> "the second half ran " + String.join(", ", kept))
                            .orElse("no second half"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Warm-up interrupted; taking requests now");
        } catch (RuntimeException e) {
            LOG.warn("Warm-up stopped early; taking requests now", e);
        } finally {
            warm = true;
        }
    }

    /**
     * Runs the operations against {@code endpoint} until {@code length} is over, each for about the
     * same share of the time ({@link Report#next}), in the second half only the quicker half of them
     * ({@link Report#keepQuickerHalf}); an operation whose response is not a 200 without errors three
     * times in a row is logged and not run again.
     */
    Report run(URI endpoint, Duration length) throws InterruptedException {
        String document = readOperations();
        List<Operation> operations = Operation.allIn(document);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Report report = new Report(operations);
        List<String> names = new ArrayList<>();
        JsonNode named = send(client, endpoint, document, new Operation(NAMES_OPERATION, false), "", report);
        if (named != null) {
            named.path("data").path("actors").path("nodes").forEach(node -> names.add(node.path("name").asText()));
        }
        if (names.isEmpty()) {
            names.add("a");
        }
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, work -> {
            Thread thread = new Thread(work, "warm-up-client");
            thread.setDaemon(true);
            return thread;
        });
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.execute(() -> {
                for (int i = first; System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); i++) {
                    Operation operation = report.next();
                    if (operation == null) {
                        return;
                    }
                    send(client, endpoint, document, operation, names.get(i % names.size()), report);
                }
            });
        }
        pool.shutdown();
        try {
            long halfway = deadline - length.toNanos() / 2;
            if (!pool.awaitTermination(Math.max(0, halfway - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                report.keepQuickerHalf();
            }
            // a request in flight at the deadline may take its timeout
            pool.awaitTermination(Math.max(0, deadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(60),
                    TimeUnit.NANOSECONDS);
        } finally {
            pool.shutdownNow();
        }
        return report;
    }

    /** The response of one request, or null when it failed (then noted in the report). */
    private JsonNode send(HttpClient client, URI endpoint, String document, Operation operation, String name,
            Report report) {
        Map<String, Object> body = operation.takesName()
                ? Map.of("query", document, "operationName", operation.name(), "variables", Map.of("name", name))
                : Map.of("query", document, "operationName", operation.name());
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header(TOKEN_HEADER, token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || json.hasNonNull("errors")) {
                report.fail(operation.name(), "HTTP " + response.statusCode() + " " + json.path("errors"),
                        System.nanoTime() - started);
                return null;
            }
            report.ran(operation.name(), System.nanoTime() - started);
            return json;
        } catch (IOException e) {
            report.fail(operation.name(), e.toString(), System.nanoTime() - started);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String readOperations() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(OPERATIONS)) {
            if (in == null) {
                throw new IllegalStateException("the warm-up's operations, " + OPERATIONS + ", are not in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The port the server listens on: a random one (configured as 0) is in the configuration once
     * bound, which can come a moment after this event (a test run's warm-up once failed to connect
     * on every request, presumably to port 0: not logged).
     */
    private static int port(HttpServerOptions options) throws InterruptedException {
        if (options.getPort() > 0) {
            return options.getPort();
        }
        String property = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int port = ConfigProvider.getConfig().getOptionalValue(property, Integer.class).orElse(0);
            if (port > 0) {
                return port;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the port the service listens on is not known: " + property + " is still 0");
    }

    private static String loopback(String host) {
        if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.equals("::") ? "[::1]" : host.contains(":") ? "[" + host + "]" : host;
    }

    /** A named operation of the document, and whether it takes the variable {@code $name}. */
    record Operation(String name, boolean takesName) {

        static List<Operation> allIn(String document) {
            return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(definition -> !NAMES_OPERATION.equals(definition.getName()))
                    .map(definition -> new Operation(definition.getName(), definition.getVariableDefinitions()
                            .stream().anyMatch(variable -> variable.getName().equals("name"))))
                    .toList();
        }
    }

    /**
     * What a warm-up ran: requests and time per operation, and the operations that failed, with
     * why. It also picks each next request ({@link #next}), so that every operation (in the second
     * half, every one it keeps: {@link #keepQuickerHalf}) gets about the same share of the time:
     * taken in turn, the slow operations of a large database held the clients for most of the
     * warm-up (219 requests in 30 s on 100,000 actors), and a quick list query ran so few times
     * that its first clients still met code the JIT had not compiled (compare.sh M: a first-pass
     * p99 above the peer's; bench/RESULTS.md).
     */
    static final class Report {
        private static final int LEAVE_OUT_AFTER = 3;
        private final Map<String, Tally> tallies = new LinkedHashMap<>();
        private final Map<String, String> failures = new LinkedHashMap<>();
        private final List<Operation> operations;
        private List<Operation> secondHalf;

        Report(List<Operation> operations) {
            this.operations = List.copyOf(operations);
            operations.forEach(operation -> tallies.put(operation.name(), new Tally()));
        }

        /**
         * From now on {@link #next} picks only among the quicker half (rounded up) of the operations
         * that have answered well at least once and are not left out, by the mean time of their
         * finished requests; all of them when none has. Once only: a second call changes nothing.
         * Why: the path every request takes (HTTP, parsing, execution, the transaction, JSON) is
         * compiled only after thousands of requests, which the slow operations of a large database do
         * not send in the warm-up's time; on 100,000 actors, without this, the JIT compiler compiled
         * 1,036 methods for the first time under the first clients' load, the request path among
         * them (bench/RESULTS.md, stop 49).
         */
        synchronized void keepQuickerHalf() {
            if (secondHalf != null) {
                return;
            }
            List<Operation> answered = operations.stream()
                    .filter(operation -> !failures.containsKey(operation.name())
                            && tallies.get(operation.name()).succeeded > 0)
                    .sorted(Comparator.comparingDouble(operation -> tallies.get(operation.name()).meanNanos()))
                    .toList();
            secondHalf = answered.isEmpty() ? operations : answered.subList(0, (answered.size() + 1) / 2);
        }

        /** The names of the operations the second half picks among, quickest first; empty before it. */
        synchronized Optional<List<String>> secondHalf() {
            return Optional.ofNullable(secondHalf).map(kept -> kept.stream().map(Operation::name).toList());
        }

        /**
         * The operation to send next, counted as started: the one with the least time spent so far,
         * where each request in flight counts for the mean time of the operation's finished ones
         * (an operation whose first request is in flight goes last), and among equals the one
         * started least often; null when every operation is left out.
         */
        synchronized Operation next() {
            Operation least = null;
            Tally leastTally = null;
            for (Operation operation : secondHalf == null ? operations : secondHalf) {
                Tally tally = tallies.get(operation.name());
                if (failures.containsKey(operation.name())) {
                    continue;
                }
                if (least == null || tally.isBefore(leastTally)) {
                    least = operation;
                    leastTally = tally;
                }
            }
            if (leastTally != null) {
                leastTally.started++;
                leastTally.inFlight++;
            }
            return least;
        }

        /** A request of {@code operation} answered well after {@code nanos}. */
        synchronized void ran(String operation, long nanos) {
            Tally tally = finished(operation, nanos);
            tally.succeeded++;
            tally.failuresInARow = 0;
        }

        /**
         * A request of {@code operation} failed after {@code nanos}. A cold service may miss a time
         * bound (a search's): only failures in a row leave an operation out.
         */
        synchronized void fail(String operation, String why, long nanos) {
            Tally tally = finished(operation, nanos);
            if (++tally.failuresInARow == LEAVE_OUT_AFTER && failures.putIfAbsent(operation, why) == null) {
                LOG.warnf("Warm-up: operation %s of %s failed %d times in a row and is left out: %s", operation,
                        OPERATIONS, LEAVE_OUT_AFTER, why);
            }
        }

        private Tally finished(String operation, long nanos) {
            Tally tally = tallies.computeIfAbsent(operation, name -> new Tally());
            tally.finished++;
            tally.nanos += Math.max(0, nanos);
            tally.inFlight = Math.max(0, tally.inFlight - 1);
            return tally;
        }

        synchronized boolean failed(String operation) {
            return failures.containsKey(operation);
        }

        synchronized long requests() {
            return tallies.values().stream().mapToLong(tally -> tally.succeeded).sum();
        }

        synchronized long runsOf(String operation) {
            Tally tally = tallies.get(operation);
            return tally == null ? 0 : tally.succeeded;
        }

        /** Each operation's requests answered well and the time all of its requests took, for the log. */
        synchronized String perOperation() {
            StringJoiner each = new StringJoiner(", ");
            tallies.forEach((name, tally) -> each.add(String.format(Locale.ROOT, "%s %d in %.1f s", name,
                    tally.succeeded, tally.nanos / 1e9)));
            return each.toString();
        }

        /** The operations it shares the time between (not Names, which it runs once, first). */
        Set<String> operations() {
            return operations.stream().map(Operation::name).collect(Collectors.toUnmodifiableSet());
        }

        synchronized Map<String, String> failures() {
            return Map.copyOf(failures);
        }

        /** One operation's requests: started, in flight, finished, answered well, and their time. */
        private static final class Tally {
            long started;
            long inFlight;
            long finished;
            long succeeded;
            long nanos;
            int failuresInARow;

            /**
             * The time spent, counting each request in flight at the mean time of the finished ones;
             * unbounded while the first is in flight, so that every free client does not pile onto
             * the one operation that has not answered yet (the slowest, on a cold service).
             */
            double spent() {
                if (finished == 0) {
                    return inFlight == 0 ? 0 : Double.POSITIVE_INFINITY;
                }
                return nanos + inFlight * meanNanos();
            }

            /** The mean time of the finished requests; unbounded before the first. */
            double meanNanos() {
                return finished == 0 ? Double.POSITIVE_INFINITY : (double) nanos / finished;
            }

            boolean isBefore(Tally other) {
                int bySpent = Double.compare(spent(), other.spent());
                return bySpent != 0 ? bySpent < 0 : started < other.started;
            }
        }
    }
}

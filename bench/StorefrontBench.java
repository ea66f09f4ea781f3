import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storefront load driver of bench/storefront.sh, run with the JDK's single-file source launcher:
 *
 *   java bench/StorefrontBench.java <baseUrl> <apiKey> <membersFile> <skusFile> <clients> <seconds>
 *
 * Closed loop: each of the clients (virtual threads) sends its next request as soon as the last one
 * answered. After a warm-up of every call, the phases: the trivial ping endpoint (the framework's ceiling),
 * quote, order (placing with an Idempotency-Key) and pay (paying the orders just placed). Prints
 * requests/s, p50 and p99 per call and the ratio of each throughput to the ceiling's.
 */
public class StorefrontBench {

    static final Pattern ORDER_NO = Pattern.compile("\"orderNo\":\"([0-9]+)\"");
    static final Pattern PAYABLE = Pattern.compile("\"payable\":([0-9.]+)");

    record Result(String call, long requests, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    /** One request to make, and what to do with a 2xx answer. */
    record Call(HttpRequest request, java.util.function.Consumer<String> onSuccess) {
    }

    static HttpClient http;
    static String base;
    static String key;

    public static void main(String[] args) throws Exception {
        base = args[0];
        key = args[1];
        List<String> members = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
        List<String> skus = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        int clients = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        String[] provinces = {"上海", "江苏", "浙江", "广东", "北京", "四川", "湖北", "山东", "新疆", "安徽"};

        Function<Integer, Call> ping = n -> new Call(get("/api/storefront/v1/ping"), body -> { });
        Function<Integer, Call> quote = n -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String body = """
                    {"member": "%s", "province": "%s", "lines": %s}"""
                    .formatted(json(members.get(r.nextInt(members.size()))), provinces[r.nextInt(provinces.length)], lines(skus, r));
            return new Call(post("/api/storefront/v1/orders/quote", body, Map.of()), b -> { });
        };
        ConcurrentLinkedQueue<String[]> placed = new ConcurrentLinkedQueue<>();
        AtomicLong orderSeq = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        Function<Integer, Call> order = n -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String province = provinces[r.nextInt(provinces.length)];
            String body = """
                    {"member": "%s", "lines": %s, "buyerMessage": "压测",
                     "address": {"receiver": "压测", "phone": "13800000000", "province": "%s", "detail": "压测路%d号"}}"""
                    .formatted(json(members.get(r.nextInt(members.size()))), lines(skus, r), province, r.nextInt(1, 100000));
            String idempotencyKey = "bench-" + run + "-" + orderSeq.incrementAndGet();
            return new Call(post("/api/storefront/v1/orders", body, Map.of("Idempotency-Key", idempotencyKey)), answer -> {
                Matcher no = ORDER_NO.matcher(answer);
                Matcher payable = PAYABLE.matcher(answer);
                if (no.find() && payable.find()) {
                    placed.add(new String[] {no.group(1), payable.group(1)});
                }
            });
        };
        AtomicLong paySeq = new AtomicLong();
        Function<Integer, Call> pay = n -> {
            String[] next = placed.poll();
            if (next == null) {
                return null;
            }
            String body = """
                    {"paymentId": "bench-%s-%d", "method": "ALIPAY", "amount": %s}""".formatted(run, paySeq.incrementAndGet(), next[1]);
            return new Call(post("/api/storefront/v1/orders/" + next[0] + "/payments", body, Map.of()), b -> { });
        };

        System.out.printf("storefront benchmark: %d clients, %d s per call after a %d s warm-up of each, %d members, %d SKUs%n",
                clients, seconds, Math.max(3, seconds / 4), members.size(), skus.size());
        // the JVM compiles the hot paths in the first seconds: every call is warmed up before any is measured,
        // so the ceiling (measured first) is not taken on a colder server than the calls compared with it
        int warmUp = Math.max(3, seconds / 4);
        for (var phase : List.of(Map.entry("ping", ping), Map.entry("quote", quote), Map.entry("order", order),
                Map.entry("pay", pay))) {
            load(phase.getKey() + " (warm-up)", phase.getValue(), clients, warmUp);
        }
        placed.clear();
        List<Result> results = new ArrayList<>();
        for (var phase : List.of(Map.entry("ping", ping), Map.entry("quote", quote), Map.entry("order", order),
                Map.entry("pay", pay))) {
            Result result = load(phase.getKey(), phase.getValue(), clients, seconds);
            results.add(result);
            System.out.printf("  %-6s %8d requests  %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
                    result.call(), result.requests(), result.perSecond(), result.percentileMillis(0.50),
                    result.percentileMillis(0.99), result.errors());
        }
        double ceiling = results.getFirst().perSecond();
        System.out.println();
        System.out.println("| call  | req/s | p50 ms | p99 ms | of ceiling | goal (≥50%, p99 < 50 ms) |");
        System.out.println("|-------|------:|-------:|-------:|-----------:|---|");
        for (Result r : results) {
            boolean goal = r.perSecond() >= ceiling * 0.5 && r.percentileMillis(0.99) < 50;
            System.out.printf("| %-5s | %5.0f | %6.1f | %6.1f | %9.0f%% | %s |%n", r.call(), r.perSecond(),
                    r.percentileMillis(0.50), r.percentileMillis(0.99), 100 * r.perSecond() / ceiling,
                    r.call().equals("ping") ? "ceiling" : (goal ? "met" : "missed"));
        }
    }

    /** Runs the calls from {@code clients} virtual threads for {@code seconds}; a null call ends a client. */
    static Result load(String name, Function<Integer, Call> next, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicInteger shownErrors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int count = 0;
                    while (System.nanoTime() < end) {
                        Call call = next.apply(client);
                        if (call == null) {
                            break;
                        }
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(call.request(), HttpResponse.BodyHandlers.ofString());
                            long t = System.nanoTime() - t0;
                            if (response.statusCode() / 100 == 2) {
                                call.onSuccess().accept(response.body());
                            } else {
                                errors.incrementAndGet();
                                if (shownErrors.incrementAndGet() <= 3) {
                                    System.out.println("    " + name + ": HTTP " + response.statusCode() + " " + response.body());
                                }
                            }
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, count * 2);
                            }
                            mine[count++] = t;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (shownErrors.incrementAndGet() <= 3) {
                                System.out.println("    " + name + ": " + e);
                            }
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, count));
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), elapsed, all);
    }

    static String lines(List<String> skus, ThreadLocalRandom r) {
        int n = r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 8 ? 2 : 3;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"sku\": \"%s\", \"quantity\": %d}".formatted(json(skus.get(r.nextInt(skus.size()))), 1 + r.nextInt(2)));
        }
        return "[" + String.join(", ", lines) + "]";
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Api-Key", key).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static HttpRequest post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("X-Api-Key", key)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return b.build();
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

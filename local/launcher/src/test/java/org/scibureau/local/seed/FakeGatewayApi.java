package org.scibureau.local.seed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the plan service's API behind the gateway, just enough for the seeder: plans and calls with their
 * lists ({@code q} as a title filter), creation and state actions with versions, and every request recorded.
 */
final class FakePlanApi implements AutoCloseable {

	private static final Pattern ACTION = Pattern.compile("/api/plan/(plans|calls)/([0-9a-f-]{36})(?:/(\\w+))?");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Map<String, ObjectNode> plans = new LinkedHashMap<>();

	private final Map<String, ObjectNode> calls = new LinkedHashMap<>();

	private final AtomicInteger unavailable = new AtomicInteger();

	FakePlanApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	List<RecordedRequest> requests(String method, String pathPrefix) {
		return this.requests.stream()
			.filter((request) -> request.method().equals(method) && request.path().startsWith(pathPrefix))
			.toList();
	}

	void clearRequests() {
		this.requests.clear();
	}

	/** The next requests answer 503, as a service that is not ready yet. */
	void unavailableFor(int requests) {
		this.unavailable.set(requests);
	}

	synchronized List<JsonNode> plans() {
		return List.copyOf(this.plans.values());
	}

	synchronized List<JsonNode> calls() {
		return List.copyOf(this.calls.values());
	}

	/** A plan as an earlier, interrupted run left it. */
	synchronized ObjectNode addPlan(Map<String, Object> body, String status) {
		ObjectNode plan = this.json.valueToTree(body);
		plan.put("id", UUID.randomUUID().toString());
		plan.put("status", status);
		plan.put("version", 0);
		plan.withArray("programs").forEach((program) -> ((ObjectNode) program).put("id", UUID.randomUUID().toString()));
		this.plans.put(plan.get("id").stringValue(), plan);
		return plan;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private synchronized void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String path = exchange.getRequestURI().getPath();
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		this.requests.add(new RecordedRequest(exchange.getRequestMethod(), path, query,
				exchange.getRequestHeaders().getFirst("Idempotency-Key"),
				exchange.getRequestHeaders().getFirst("If-Match"),
				exchange.getRequestHeaders().getFirst("Authorization"), body));
		if (this.unavailable.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			send(exchange, 503, problem("Service Unavailable", "plan-service is starting"));
			return;
		}
		String method = exchange.getRequestMethod();
		Matcher action = ACTION.matcher(path);
		if (method.equals("GET") && path.equals("/api/plan/plans")) {
			send(exchange, 200, page(this.plans, query));
		}
		else if (method.equals("GET") && path.equals("/api/plan/calls")) {
			send(exchange, 200, page(this.calls, query));
		}
		else if (method.equals("POST") && path.equals("/api/plan/plans")) {
			send(exchange, 201, addPlan(this.json.readValue(body, Map.class), "DRAFT"));
		}
		else if (method.equals("POST") && path.equals("/api/plan/calls")) {
			createCall(exchange, this.json.readTree(body));
		}
		else if (action.matches()) {
			act(exchange, method, action.group(1).equals("plans") ? this.plans : this.calls, action.group(2),
					action.group(3));
		}
		else {
			send(exchange, 404, problem("Not Found", path));
		}
	}

	private void createCall(HttpExchange exchange, JsonNode body) throws IOException {
		String programId = body.path("programId").stringValue();
		boolean published = this.plans.values()
			.stream()
			.filter((plan) -> plan.get("status").stringValue().equals("PUBLISHED"))
			.anyMatch((plan) -> plan.get("programs").valueStream()
				.anyMatch((program) -> program.get("id").stringValue().equals(programId)));
		if (!published) {
			send(exchange, 422, problem("Unprocessable Content", "program " + programId + " is not published"));
			return;
		}
		ObjectNode call = ((ObjectNode) body).deepCopy();
		call.put("id", UUID.randomUUID().toString());
		call.put("status", "SCHEDULED");
		call.put("version", 0);
		this.calls.put(call.get("id").stringValue(), call);
		send(exchange, 201, call);
	}

	private void act(HttpExchange exchange, String method, Map<String, ObjectNode> items, String id, String action)
			throws IOException {
		ObjectNode item = items.get(id);
		if (item == null) {
			send(exchange, 404, problem("Not Found", id));
			return;
		}
		if (method.equals("GET") && action == null) {
			send(exchange, 200, item);
			return;
		}
		String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
		if (ifMatch != null && !ifMatch.equals("\"" + item.get("version").asLong() + "\"")) {
			send(exchange, 412, problem("Precondition Failed", "stale version"));
			return;
		}
		String from = item.get("status").stringValue();
		String to = switch (from + " " + action) {
			case "DRAFT submission" -> "UNDER_REVIEW";
			case "UNDER_REVIEW publication" -> "PUBLISHED";
			case "SCHEDULED opening" -> "OPEN";
			case "OPEN closing" -> "CLOSED";
			default -> null;
		};
		if (to == null) {
			send(exchange, 409, problem("Conflict", action + " is not allowed in " + from));
			return;
		}
		item.put("status", to);
		item.put("version", item.get("version").asLong() + 1);
		send(exchange, 200, item);
	}

	private ObjectNode page(Map<String, ObjectNode> items, Map<String, String> query) {
		String text = query.get("q");
		String jurisdiction = query.get("jurisdiction");
		ArrayNode matching = this.json.createArrayNode();
		items.values()
			.stream()
			.filter((item) -> text == null || item.get("title").stringValue().contains(text))
			.filter((item) -> jurisdiction == null || jurisdiction.equals(item.path("jurisdiction").stringValue()))
			.forEach(matching::add);
		ObjectNode page = this.json.createObjectNode();
		page.set("items", matching);
		page.putNull("nextCursor");
		return page;
	}

	private ObjectNode problem(String title, String detail) {
		ObjectNode problem = this.json.createObjectNode();
		problem.put("title", title);
		problem.put("detail", detail);
		return problem;
	}

	private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type",
				(status >= 400) ? "application/problem+json" : "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> query(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		return Arrays.stream(rawQuery.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					(pair) -> (pair.length > 1) ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
	}

	record RecordedRequest(String method, String path, Map<String, String> query, String idempotencyKey,
			String ifMatch, String authorization, String body) {
	}

	static List<String> titles(List<JsonNode> items) {
		List<String> titles = new ArrayList<>();
		items.forEach((item) -> titles.add(item.get("title").stringValue()));
		return titles;
	}

}

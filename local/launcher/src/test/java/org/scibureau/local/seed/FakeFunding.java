package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.scibureau.local.seed.FakeGatewayApi.Answer;

import static org.scibureau.local.seed.FakeGatewayApi.problem;

/**
 * The funding service as {@link FakeGatewayApi} stands in for it: funds (set up and listed by finance officers,
 * paying for programs once the service has learned them), the answer to each approval (committed when the
 * program's fund of the year has room, rejected otherwise), and each allocation's tranches of 40/40/20, released by
 * the contract, the first milestone and the acceptance, paid by one finance officer and, above 1,000,000, confirmed
 * by another; frozen on suspension and returned to the fund on termination.
 */
final class FakeFunding {

	private static final Pattern FUND_PROGRAMS = Pattern.compile("/api/funding/funds/([0-9a-f-]{36})/programs");

	private static final Pattern ALLOCATION = Pattern
		.compile("/api/funding/allocations/([0-9a-f-]{36})(?:/tranches/(\\d)/(disbursement|disbursement-confirmation))?");

	private static final Pattern EXPENDITURE = Pattern
		.compile("/api/funding/allocations/([0-9a-f-]{36})/expenditure-reports");

	private static final BigDecimal CONFIRMATION_THRESHOLD = new BigDecimal("1000000.00");

	private static final List<BigDecimal> SPLIT = List.of(new BigDecimal("40"), new BigDecimal("40"),
			new BigDecimal("20"));

	private final JsonMapper json;

	private final Map<String, ObjectNode> funds = new LinkedHashMap<>();

	private final Map<String, ObjectNode> allocations = new LinkedHashMap<>();

	private final Map<String, ArrayNode> expenditureReports = new LinkedHashMap<>();

	private final AtomicInteger programUnknownFor = new AtomicInteger();

	private boolean refusePayments;

	FakeFunding(JsonMapper json) {
		this.json = json;
	}

	/** The next requests to add a program to a fund answer 422, as before funding-service learned the program. */
	void programUnknownFor(int requests) {
		this.programUnknownFor.set(requests);
	}

	/** Whether payments are refused with 409, as for an allocation frozen meanwhile. */
	void refusePayments(boolean refuse) {
		this.refusePayments = refuse;
	}

	List<JsonNode> funds() {
		return List.copyOf(this.funds.values());
	}

	List<JsonNode> allocations() {
		return List.copyOf(this.allocations.values());
	}

	Answer answer(FakeGatewayApi.RecordedRequest request, String caller) {
		Matcher expenditure = EXPENDITURE.matcher(request.path());
		if (expenditure.matches()) {
			return expenditure(request, caller, expenditure.group(1));
		}
		if (!caller.startsWith("finance-officer ")) {
			return new Answer(403, problem("Forbidden", "finance officers only"));
		}
		String path = request.path();
		Matcher programs = FUND_PROGRAMS.matcher(path);
		Matcher allocation = ALLOCATION.matcher(path);
		if (request.method().equals("GET") && path.equals("/api/funding/funds")) {
			ArrayNode items = this.json.createArrayNode();
			this.funds.values()
				.stream()
				.filter((fund) -> fund.get("fiscalYear").asString().equals(request.query().get("fiscalYear")))
				.forEach(items::add);
			ObjectNode page = this.json.createObjectNode();
			page.set("items", items);
			page.putNull("nextCursor");
			return new Answer(200, page);
		}
		if (request.method().equals("POST") && path.equals("/api/funding/funds")) {
			return openFund(this.json.readTree(request.body()));
		}
		if (request.method().equals("POST") && programs.matches()) {
			return addProgram(programs.group(1), this.json.readTree(request.body()).get("programId").stringValue());
		}
		if (allocation.matches()) {
			ObjectNode found = this.allocations.get(allocation.group(1));
			if (found == null) {
				return new Answer(404, problem("Not Found", path));
			}
			if (allocation.group(2) == null) {
				return new Answer(200, found);
			}
			return pay(found, Integer.parseInt(allocation.group(2)), allocation.group(3), caller);
		}
		return new Answer(404, problem("Not Found", path));
	}

	/**
	 * Answers an approval as the saga does: the funding attempt as plan-service records the answer.
	 * @param approver who approved, whom separation of duties keeps from paying
	 */
	ObjectNode answerApproval(JsonNode project, BigDecimal amount, int fiscalYear, String approver) {
		String programId = project.get("programId").stringValue();
		ObjectNode fund = this.funds.values()
			.stream()
			.filter((candidate) -> candidate.get("fiscalYear").asInt() == fiscalYear && candidate.get("programs")
				.valueStream()
				.anyMatch((program) -> program.get("programId").stringValue().equals(programId)))
			.findFirst()
			.orElse(null);
		ObjectNode funding = this.json.createObjectNode();
		funding.put("attempt", 1);
		String allocationId = UUID.randomUUID().toString();
		funding.put("allocationId", allocationId);
		if (fund == null || fund.get("available").decimalValue().compareTo(amount) < 0) {
			funding.put("outcome", "REJECTED");
			funding.put("rejectionReason", (fund == null) ? "NO_FUND" : "INSUFFICIENT_FUNDS");
			return funding;
		}
		move(fund, amount, "available", "committed");
		ObjectNode allocation = this.json.createObjectNode();
		allocation.put("id", allocationId);
		allocation.put("reference", "ALC-" + (this.allocations.size() + 1));
		allocation.put("fundId", fund.get("id").stringValue());
		allocation.put("status", "COMMITTED");
		allocation.put("approvedBy", approver);
		ArrayNode tranches = allocation.putArray("tranches");
		BigDecimal planned = BigDecimal.ZERO;
		for (int i = 0; i < SPLIT.size(); i++) {
			BigDecimal share = (i == SPLIT.size() - 1) ? amount.subtract(planned)
					: amount.multiply(SPLIT.get(i)).divide(new BigDecimal("100"), 2, RoundingMode.DOWN);
			planned = planned.add(share);
			tranches.addObject().put("sequence", i + 1).put("amount", share).put("status", "PLANNED");
		}
		this.allocations.put(allocationId, allocation);
		funding.put("outcome", "COMMITTED");
		return funding;
	}

	/** Releases the tranche of this sequence, as the contract, the first milestone or the acceptance does. */
	void release(String allocationId, int sequence) {
		ObjectNode tranche = tranche(this.allocations.get(allocationId), sequence);
		if (tranche.get("status").stringValue().equals("PLANNED")) {
			tranche.put("status", "RELEASED");
		}
	}

	/** Freezes what is not yet paid, as a suspension does, or returns it to the fund, as a termination does. */
	void stop(String allocationId, boolean terminated) {
		ObjectNode allocation = this.allocations.get(allocationId);
		ObjectNode fund = this.funds.get(allocation.get("fundId").stringValue());
		allocation.put("status", terminated ? "TERMINATED" : "FROZEN");
		for (JsonNode tranche : allocation.get("tranches")) {
			if (!tranche.get("status").stringValue().equals("DISBURSED")) {
				((ObjectNode) tranche).put("status", terminated ? "RETURNED" : "FROZEN");
				if (terminated) {
					move(fund, tranche.get("amount").decimalValue(), "committed", "returned");
				}
			}
		}
	}

	/** Applicants report and read their expenditure; one report per allocation and day. */
	private Answer expenditure(FakeGatewayApi.RecordedRequest request, String caller, String allocationId) {
		if (!caller.startsWith("applicant ")) {
			return new Answer(403, problem("Forbidden", "applicants only"));
		}
		if (!this.allocations.containsKey(allocationId)) {
			return new Answer(404, problem("Not Found", allocationId));
		}
		ArrayNode reports = this.expenditureReports.computeIfAbsent(allocationId,
				(id) -> this.json.createArrayNode());
		if (request.method().equals("GET")) {
			return new Answer(200, reports);
		}
		JsonNode report = this.json.readTree(request.body());
		if (reports.valueStream().anyMatch((existing) -> existing.get("periodEnd").equals(report.get("periodEnd")))) {
			return new Answer(409, problem("Conflict", "expenditure-reported"));
		}
		reports.add(report);
		return new Answer(201, report);
	}

	List<JsonNode> expenditureReports() {
		return this.expenditureReports.values().stream().flatMap(ArrayNode::valueStream).toList();
	}

	private Answer openFund(JsonNode body) {
		boolean taken = this.funds.values()
			.stream()
			.anyMatch((fund) -> fund.get("name").stringValue().equals(body.get("name").stringValue())
					&& fund.get("fiscalYear").asInt() == body.get("fiscalYear").asInt());
		if (taken) {
			return new Answer(409, problem("Conflict", "a fund of that name and year exists"));
		}
		ObjectNode fund = (ObjectNode) body.deepCopy();
		fund.put("id", UUID.randomUUID().toString());
		fund.put("committed", BigDecimal.ZERO);
		fund.put("disbursed", BigDecimal.ZERO);
		fund.put("returned", BigDecimal.ZERO);
		fund.put("available", body.get("appropriation").decimalValue());
		fund.put("version", 0);
		fund.putArray("programs");
		this.funds.put(fund.get("id").stringValue(), fund);
		return new Answer(201, fund);
	}

	private Answer addProgram(String fundId, String programId) {
		ObjectNode fund = this.funds.get(fundId);
		if (fund == null) {
			return new Answer(404, problem("Not Found", fundId));
		}
		if (this.programUnknownFor.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			ObjectNode unknown = problem("Unprocessable Content", "the program is not known");
			unknown.putArray("errors").addObject().put("field", "programId").put("code", "unknown-program");
			return new Answer(422, unknown);
		}
		boolean paid = this.funds.values()
			.stream()
			.filter((other) -> other.get("fiscalYear").asInt() == fund.get("fiscalYear").asInt())
			.flatMap((other) -> other.get("programs").valueStream())
			.anyMatch((program) -> program.get("programId").stringValue().equals(programId));
		if (paid) {
			return new Answer(409, problem("Conflict", "a fund of the year pays for the program"));
		}
		fund.withArray("programs").addObject().put("programId", programId);
		fund.put("version", fund.get("version").asLong() + 1);
		return new Answer(200, fund);
	}

	private Answer pay(ObjectNode allocation, int sequence, String action, String caller) {
		ObjectNode tranche = tranche(allocation, sequence);
		String status = tranche.get("status").stringValue();
		if (allocation.get("approvedBy").stringValue().equals(caller)) {
			return new Answer(403, problem("Forbidden", "the approver never pays"));
		}
		if (this.refusePayments) {
			return new Answer(409, problem("Conflict", "payments are refused"));
		}
		if (action.equals("disbursement") && status.equals("RELEASED")) {
			boolean large = tranche.get("amount").decimalValue().compareTo(CONFIRMATION_THRESHOLD) > 0;
			tranche.put("requestedBy", caller);
			if (large) {
				tranche.put("status", "AWAITING_CONFIRMATION");
				return new Answer(200, allocation);
			}
		}
		else if (!(action.equals("disbursement-confirmation") && status.equals("AWAITING_CONFIRMATION")
				&& !tranche.get("requestedBy").stringValue().equals(caller))) {
			return new Answer(409, problem("Conflict", action + " is not allowed in " + status));
		}
		tranche.put("status", "DISBURSED");
		move(this.funds.get(allocation.get("fundId").stringValue()), tranche.get("amount").decimalValue(), "committed",
				"disbursed");
		return new Answer(200, allocation);
	}

	private static ObjectNode tranche(JsonNode allocation, int sequence) {
		return (ObjectNode) allocation.get("tranches").get(sequence - 1);
	}

	private static void move(ObjectNode fund, BigDecimal amount, String from, String to) {
		fund.put(from, fund.get(from).decimalValue().subtract(amount));
		fund.put(to, fund.get(to).decimalValue().add(amount));
	}

}

package org.scibureau.bench.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of the growth scenario, written straight into plan-service's tables as the service itself would have
 * written them: a published plan with one program per priority area, a closed call per program and year,
 * organisations in six districts of the city, and projects COPYed in (pgjdbc's {@code CopyManager}), each row a
 * function of its number so that a table grows by COPYing the difference.
 * <p>
 * Projects are spread over five years of the bureau's calendar, the newest created last, in the states a
 * dashboard sees (mostly decided: approved with their approval and committed funding, or rejected; some still in
 * the formal check or expert review; a few returned, withdrawn, or drafts, which staff lists leave out). Every NOT
 * NULL and CHECK constraint holds, and the jsonb documents are those the service reads back into its domain.
 */
final class GrowthData {

	/** The city: the caller's jurisdiction and the plan's. */
	static final String CITY = "510100";

	/** The district the filtered list asks for. */
	static final String DISTRICT = "510107";

	/** A word of about one title in 25, which the search asks for. */
	static final String SEARCHED = "固态电池";

	private static final List<String> DISTRICTS = List.of("510104", "510105", "510106", DISTRICT, "510108",
			"510112");

	private static final List<String> AREAS = List.of("生物医药", "人工智能", "新能源", "先进制造", "数字经济");

	private static final List<String> TYPES = List.of("UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE", "HOSPITAL",
			"OTHER");

	private static final List<String> SUBJECTS = List.of("肿瘤免疫", "基因编辑", "医学影像", "创新药物", "医疗器械", "大模型",
			"计算机视觉", "智能机器人", "自动驾驶", "知识图谱", SEARCHED, "氢能储运", "光伏组件", "风电并网", "智能电网", "工业互联网",
			"精密加工", "增材制造", "航空发动机", "集成电路", "区块链", "数据要素", "隐私计算", "智慧城市", "数字孪生");

	private static final List<String> APPROACHES = List.of("基于深度学习的", "面向产业化的", "高可靠", "低成本", "多尺度",
			"绿色", "自主可控的", "新一代", "高通量", "协同");

	private static final List<String> KINDS = List.of("关键技术研究", "应用示范", "平台建设", "机理研究", "产业化攻关");

	private static final String[] BUDGET_CATEGORIES = { "EQUIPMENT", "MATERIALS", "TESTING", "TRAVEL", "PERSONNEL" };

	/** States with their weight in a hundred projects. */
	private static final String[] STATES = { "DRAFT", "SUBMITTED", "FORMAL_CHECK", "RETURNED", "WITHDRAWN",
			"EXPERT_REVIEW", "REJECTED", "APPROVED" };

	private static final int[] WEIGHTS = { 4, 6, 5, 4, 4, 12, 30, 35 };

	private static final int FIRST_YEAR = 2021;

	private static final int YEARS = 5;

	private static final int ORGANISATIONS = 60;

	private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	private static final Instant START = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(BUREAU_ZONE).toInstant();

	private static final long SPAN_MILLIS = LocalDate.of(FIRST_YEAR + YEARS, 1, 1).atStartOfDay(BUREAU_ZONE)
		.toInstant()
		.toEpochMilli() - START.toEpochMilli();

	/** The project table's indexes that back no constraint: their names, as SQL, and how to build each again. */
	private static final String SECONDARY_INDEXES = """
			select x.indexrelid::regclass::text as name, pg_get_indexdef(x.indexrelid) as definition
			from pg_index x
			where x.indrelid = 'project'::regclass
			  and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
			""";

	/** Rows COPYed in one stream: a CSV of about 20 MB. */
	private static final int BATCH = 10_000;

	private static final String COLUMNS = """
			id, reference, call_id, program_id, organisation_id, jurisdiction, pi_id, team_member_ids, title, fields,
			requested_amount, content, status, resume_to, status_reason, approval, approved_amount, fiscal_year,
			funding, contract, midterm_check, milestone_reports, application_year, version, created_at, updated_at,
			submitted_at""";

	private static final UUID PLAN = id(1, 0);

	private final long largest;

	/**
	 * @param largest the most projects the table will hold in this run: rows are spread over the five years
	 * whatever the size, so that every size has every year, state and district
	 */
	GrowthData(long largest) {
		this.largest = largest;
	}

	/**
	 * Inserts the plan, its programs, their calls and the organisations the projects refer to.
	 * @param connection a connection to plan-service's database, as its owner
	 * @throws SQLException if a row is refused
	 */
	void seed(Connection connection) throws SQLException {
		OffsetDateTime planned = at(START.minusSeconds(90L * 86_400));
		try (PreparedStatement plan = connection.prepareStatement("""
				insert into plan (id, reference, kind, title, period_start, period_end, jurisdiction, priority_areas,
				                  targets, status, version, created_at, updated_at, published_at, revision)
				values (?, 'PLN-2020-000001', 'MEDIUM_LONG_TERM', '成都市科技创新发展规划（2021—2025年）', ?, ?, ?, ?,
				        '[]', 'PUBLISHED', 1, ?, ?, ?, 1)""")) {
			plan.setObject(1, PLAN);
			plan.setInt(2, FIRST_YEAR);
			plan.setInt(3, FIRST_YEAR + YEARS - 1);
			plan.setString(4, CITY);
			plan.setArray(5, connection.createArrayOf("text", AREAS.toArray()));
			plan.setObject(6, planned);
			plan.setObject(7, planned);
			plan.setObject(8, planned);
			plan.executeUpdate();
		}
		try (PreparedStatement program = connection.prepareStatement("""
				insert into program (id, plan_id, position, name, priority_area, managing_department,
				                     annual_budget_ceiling)
				values (?, ?, ?, ?, ?, '成都市科学技术局高新技术处', 200000000.00)""")) {
			for (int p = 0; p < AREAS.size(); p++) {
				program.setObject(1, programId(p));
				program.setObject(2, PLAN);
				program.setInt(3, p + 1);
				program.setString(4, "重点研发计划—" + AREAS.get(p));
				program.setString(5, AREAS.get(p));
				program.addBatch();
			}
			program.executeBatch();
		}
		seedCalls(connection, planned);
		seedOrganisations(connection, planned);
	}

	private static void seedCalls(Connection connection, OffsetDateTime planned) throws SQLException {
		String rules = "{\"rules\": [{\"kind\": \"no-active-sanction\"}]}";
		try (PreparedStatement call = connection.prepareStatement("""
				insert into call_for_proposals (id, reference, plan_id, program_id, title, description, opens_at,
				    closes_at, jurisdiction, status, version, created_at, updated_at, opened_at, closed_at,
				    eligibility_rules, rules_version)
				values (?, ?, ?, ?, ?, '面向全市征集项目申报。', ?, ?, ?, 'CLOSED', 2, ?, ?, ?, ?, cast(? as jsonb), 1)""");
				PreparedStatement history = connection.prepareStatement("""
						insert into call_eligibility_rules (call_id, version, rules, changed_at, changed_by)
						values (?, 1, cast(? as jsonb), ?, 'plan-officer')""")) {
			for (int p = 0; p < AREAS.size(); p++) {
				for (int y = 0; y < YEARS; y++) {
					OffsetDateTime opens = at(LocalDate.of(FIRST_YEAR + y, 1, 1).atStartOfDay(BUREAU_ZONE).toInstant());
					OffsetDateTime closes = opens.plusYears(1).plusDays(1);
					call.setObject(1, callId(p, y));
					call.setString(2, "CFP-%d-%06d".formatted(FIRST_YEAR + y, p * YEARS + y + 1));
					call.setObject(3, PLAN);
					call.setObject(4, programId(p));
					call.setString(5, "%d年度%s项目申报".formatted(FIRST_YEAR + y, AREAS.get(p)));
					call.setObject(6, opens);
					call.setObject(7, closes);
					call.setString(8, CITY);
					call.setObject(9, planned);
					call.setObject(10, closes);
					call.setObject(11, opens);
					call.setObject(12, closes);
					call.setString(13, rules);
					call.addBatch();
					history.setObject(1, callId(p, y));
					history.setString(2, rules);
					history.setObject(3, planned);
					history.addBatch();
				}
			}
			call.executeBatch();
			history.executeBatch();
		}
	}

	private static void seedOrganisations(Connection connection, OffsetDateTime planned) throws SQLException {
		try (PreparedStatement organisation = connection.prepareStatement("""
				insert into organisation (id, credit_code, name, type, jurisdiction, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, 0, ?, ?)""")) {
			for (int o = 0; o < ORGANISATIONS; o++) {
				String district = DISTRICTS.get(o % DISTRICTS.size());
				String code = "12" + district + "MA" + "%07d".formatted(o + 1);
				organisation.setObject(1, organisationId(o));
				organisation.setString(2, code + checkCharacter(code));
				organisation.setString(3, "成都%s研究单位%02d".formatted(AREAS.get(o % AREAS.size()), o + 1));
				organisation.setString(4, TYPES.get(o % TYPES.size()));
				organisation.setString(5, district);
				organisation.setObject(6, planned);
				organisation.setObject(7, planned);
				organisation.addBatch();
			}
			organisation.executeBatch();
		}
	}

	/**
	 * COPYs projects {@code from} (inclusive) to {@code to} (exclusive) into the table, then moves the reference
	 * sequence past them and refreshes the planner's statistics ({@code ANALYZE}). As in a bulk load, the indexes
	 * that back no constraint are dropped for the COPY and built again from their own definitions after it: sorting
	 * a million rows into an index is far faster than inserting them one by one into each. The next batch's CSV is
	 * written on a thread of its own while PostgreSQL takes the current one, so that each has a core.
	 * @param connection a connection to plan-service's database, as its owner
	 * @param from the first project's number
	 * @param to one past the last project's number, at most the largest size
	 * @throws SQLException if PostgreSQL refuses a row
	 * @throws IOException if the COPY stream breaks
	 */
	void grow(Connection connection, long from, long to) throws SQLException, IOException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(SECONDARY_INDEXES)) {
			while (rows.next()) {
				indexes.put(rows.getString("name"), rows.getString("definition"));
			}
			for (String index : indexes.keySet()) {
				statement.execute("drop index " + index);
			}
		}
		try {
			copy(connection, from, to);
		}
		finally {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set maintenance_work_mem = '256MB'");
				for (String definition : indexes.values()) {
					statement.execute(definition);
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("select setval('project_reference_seq', " + to + ")");
			statement.execute("analyze project");
		}
	}

	private void copy(Connection connection, long from, long to) throws SQLException, IOException {
		try (ExecutorService writer = Executors.newSingleThreadExecutor()) {
			Future<byte[]> next = writer.submit(() -> csv(from, Math.min(to, from + BATCH)));
			for (long first = from; first < to; first += BATCH) {
				byte[] bytes = next.get();
				long following = first + BATCH;
				if (following < to) {
					next = writer.submit(() -> csv(following, Math.min(to, following + BATCH)));
				}
				CopyIn copy = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy project (" + COLUMNS + ") from stdin with (format csv)");
				copy.writeToCopy(bytes, 0, bytes.length);
				copy.endCopy();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not write the projects' CSV", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while growing the projects", ex);
		}
	}

	/** Projects {@code first} (inclusive) to {@code last} (exclusive) as CSV lines. */
	private byte[] csv(long first, long last) {
		StringBuilder csv = new StringBuilder();
		for (long n = first; n < last; n++) {
			project(n, csv);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** When project {@code n} was created: evenly over the five years, the newest last. */
	private Instant createdAt(long n) {
		return START.plusMillis(n * (SPAN_MILLIS / this.largest));
	}

	/** Appends project {@code n} as a CSV line in the order of {@link #COLUMNS}. */
	private void project(long n, StringBuilder csv) {
		SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
		Instant created = createdAt(n);
		String status = state(random.nextInt(100));
		boolean draft = status.equals("DRAFT");
		Instant submitted = draft ? null : created.plusSeconds(600 + random.nextInt(3 * 86_400));
		Instant updated = draft ? created : submitted.plusSeconds(86_400L * (1 + random.nextInt(60)));
		int year = ZonedDateTime.ofInstant((submitted != null) ? submitted : created, BUREAU_ZONE).getYear();
		int callYear = Math.min(YEARS - 1, ZonedDateTime.ofInstant(created, BUREAU_ZONE).getYear() - FIRST_YEAR);
		int program = random.nextInt(AREAS.size());
		int organisation = random.nextInt(ORGANISATIONS);
		UUID pi = id(3, random.nextInt(20_000));
		List<UUID> team = new ArrayList<>();
		for (int i = 0, size = 1 + random.nextInt(4); i < size; i++) {
			UUID member = id(3, 20_000 + random.nextInt(20_000));
			if (!team.contains(member)) {
				team.add(member);
			}
		}
		String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
		String title = APPROACHES.get(random.nextInt(APPROACHES.size())) + subject
				+ KINDS.get(random.nextInt(KINDS.size()));
		List<String> fields = List.of(AREAS.get(program), subject);
		LocalDate start = ZonedDateTime.ofInstant(created, BUREAU_ZONE).toLocalDate().withDayOfMonth(1).plusMonths(6);
		int months = 12 * (1 + random.nextInt(3));
		long[] lines = new long[BUDGET_CATEGORIES.length];
		long requested = 0;
		for (int i = 0; i < lines.length; i++) {
			lines[i] = 100 * (20_000 + random.nextInt(400_000)) + random.nextInt(100);
			requested += lines[i];
		}
		UUID firstMilestone = new UUID(random.nextLong(), random.nextLong());
		String content = content(title, subject, fields, pi, team, months, start, lines, firstMilestone,
				new UUID(random.nextLong(), random.nextLong()));
		long approved = requested / 100 * 80;
		boolean approval = status.equals("APPROVED");
		Instant approvedAt = (submitted != null) ? submitted.plusSeconds(86_400L * 60) : null;
		if (approval) {
			updated = approvedAt;
		}
		String reason = switch (status) {
			case "RETURNED" -> "预算明细不完整，请补充设备购置说明。";
			case "REJECTED" -> "专家评审综合得分未达到立项线。";
			default -> null;
		};
		cells(csv, uuidV7(created, random), "PRJ-%d-%06d".formatted(year, n + 1), callId(program, callYear),
				programId(program), organisationId(organisation), DISTRICTS.get(organisation % DISTRICTS.size()), pi,
				array(team.stream().map(UUID::toString).toList()), title, array(fields), money(requested), content,
				status, null, reason, approval ? approval(approved, year, approvedAt, firstMilestone) : null,
				approval ? money(approved) : null, approval ? year : null,
				approval ? "{\"attempt\":1,\"outcome\":\"COMMITTED\",\"allocationId\":\""
						+ new UUID(random.nextLong(), random.nextLong()) + "\"}" : null,
				null, null, "[]", draft ? null : year, (long) (draft ? 0 : 2 + random.nextInt(3)), created, updated,
				submitted);
	}

	private static String content(String title, String subject, List<String> fields, UUID pi, List<UUID> team,
			int months, LocalDate start, long[] lines, UUID firstMilestone, UUID lastMilestone) {
		StringBuilder json = new StringBuilder("{\"title\":\"").append(title)
			.append("\",\"summary\":\"本项目围绕")
			.append(subject)
			.append("开展攻关，形成可推广的技术方案和示范应用。\",\"fields\":")
			.append(jsonArray(fields))
			.append(",\"principalInvestigatorId\":\"")
			.append(pi)
			.append("\",\"teamMemberIds\":")
			.append(jsonArray(team.stream().map(UUID::toString).toList()))
			.append(",\"durationMonths\":")
			.append(months)
			.append(",\"startDate\":\"")
			.append(start)
			.append("\",\"budget\":{\"lines\":[");
		for (int i = 0; i < lines.length; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"category\":\"")
				.append(BUDGET_CATEGORIES[i])
				.append("\",\"description\":\"\",\"amount\":")
				.append(money(lines[i]))
				.append('}');
		}
		return json.append("]},\"milestones\":[")
			.append(milestone(firstMilestone, "中期技术指标达成", start.plusMonths(months / 2)))
			.append(',')
			.append(milestone(lastMilestone, "完成全部研究任务", start.plusMonths(months).minusDays(1)))
			.append("]}")
			.toString();
	}

	private static String milestone(UUID id, String title, LocalDate due) {
		return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"dueDate\":\"" + due
				+ "\",\"deliverable\":\"技术报告\"}";
	}

	/** The approval, its tranche plan 40/40/20 adding up to exactly the approved budget. */
	private static String approval(long cents, int fiscalYear, Instant approvedAt, UUID milestone) {
		long first = cents * 40 / 100;
		long second = cents * 40 / 100;
		return "{\"budget\":" + money(cents) + ",\"fiscalYear\":" + fiscalYear + ",\"tranches\":["
				+ "{\"sequence\":1,\"amount\":" + money(first) + ",\"trigger\":\"CONTRACT_SIGNED\"},"
				+ "{\"sequence\":2,\"amount\":" + money(second)
				+ ",\"trigger\":\"MILESTONE_ACCEPTED\",\"milestoneId\":\"" + milestone + "\"},"
				+ "{\"sequence\":3,\"amount\":" + money(cents - first - second)
				+ ",\"trigger\":\"PROJECT_ACCEPTED\"}],\"approvedAt\":\"" + approvedAt
				+ "\",\"approvedBy\":\"plan-officer\"}";
	}

	private static String state(int percentile) {
		int sum = 0;
		for (int i = 0; i < STATES.length; i++) {
			sum += WEIGHTS[i];
			if (percentile < sum) {
				return STATES[i];
			}
		}
		return STATES[STATES.length - 1];
	}

	/** Appends one CSV line: null as an empty field, everything else quoted. */
	private static void cells(StringBuilder csv, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			if (values[i] != null) {
				csv.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		csv.append('\n');
	}

	/** A PostgreSQL array literal. */
	private static String array(List<String> values) {
		return "{" + String.join(",", values.stream().map((value) -> "\"" + value + "\"").toList()) + "}";
	}

	private static String jsonArray(List<String> values) {
		return "[" + String.join(",", values.stream().map((value) -> "\"" + value + "\"").toList()) + "]";
	}

	private static String money(long cents) {
		return "%d.%02d".formatted(cents / 100, cents % 100);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A time-ordered id as the service makes them (UUID version 7). */
	private static UUID uuidV7(Instant created, SplittableRandom random) {
		long high = (created.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private static UUID programId(int program) {
		return id(2, program);
	}

	private static UUID callId(int program, int year) {
		return id(4, program * YEARS + year);
	}

	private static UUID organisationId(int organisation) {
		return id(5, organisation);
	}

	/** A fixed version-4 id of a kind of seeded row and its number. */
	private static UUID id(int kind, long number) {
		return new UUID(0x0000_0000_0000_4000L | ((long) kind << 16), 0x8000_0000_0000_0000L | number);
	}

	/** The check character of a unified social credit code's first 17 characters (GB 32100-2015). */
	private static char checkCharacter(String code) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += alphabet.indexOf(code.charAt(i)) * weights[i];
		}
		return alphabet.charAt((31 - sum % 31) % 31);
	}

}

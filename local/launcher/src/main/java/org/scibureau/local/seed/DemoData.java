package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The demo data of the local platform: the organisations and the talent pool of the Chengdu Science and Technology
 * Bureau (division 510100), and the S&amp;T plans, programs and calls of the bureau and of its Wuhou district
 * (510107).
 * <p>
 * Who exists, with which fixed id, is the {@link DemoDirectory} that the authorization server's tokens name; this
 * class adds what only the seeder needs: the researchers' profiles and the experts' review profiles, keyed by the
 * directory's talent keys. Research and review fields use the plans' priority areas, so that experts match calls.
 * <p>
 * The bureau's statutory duties (formulating medium- and long-term and annual S&amp;T plans, identifying priority
 * areas, managing special funds through programs, promoting biomedicine) are taken from its published duty
 * statement; the plan contents are realistic but invented. Titles never change, because seeding finds earlier
 * items by title. Call dates follow the calendar (computed in Asia/Shanghai), so that the open calls are open
 * whenever the demo runs.
 */
public final class DemoData {

	/** The time zone of the bureau's dates and deadlines. */
	public static final ZoneId BUREAU_TIME_ZONE = ZoneId.of("Asia/Shanghai");

	/** Key of the city's medium/long-term plan. */
	public static final String FIVE_YEAR_PLAN = "chengdu-15th-five-year-plan";

	/** Key of the city's annual plan. */
	public static final String ANNUAL_PLAN = "chengdu-annual-plan-2026";

	/** Key of the Wuhou district's annual plan. */
	public static final String DISTRICT_PLAN = "wuhou-annual-plan-2026";

	/** Key of the city's open biomedicine call. */
	public static final String BIOMEDICINE_CALL = "annual-2026-biomedicine";

	/** Key of the city's open artificial intelligence call. */
	public static final String AI_CALL = "annual-2026-ai";

	/** Key of the city's advanced manufacturing call, which opens in two months. */
	public static final String MANUFACTURING_CALL = "five-year-manufacturing-2027";

	/** Key of the Wuhou district's open biomedicine call. */
	public static final String WUHOU_BIOMEDICINE_CALL = "wuhou-2026-biomedicine";

	/**
	 * Key of the city's standing digital economy call, open since fifteen months ago: its projects are under way and
	 * reach every state after the approval.
	 */
	public static final String DIGITAL_ECONOMY_CALL = "five-year-digital-economy-standing";

	private static final String BIOMEDICINE_PROGRAM = "重点研发计划—生物医药";

	private static final String AI_PROGRAM = "重点研发计划—人工智能";

	private static final String DIGITAL_ECONOMY_PROGRAM = "重点研发计划—数字经济";

	private static final String WUHOU_BIOMEDICINE_PROGRAM = "生物医药产业创新项目";

	/** The city's administrative division. */
	static final String CITY = "510100";

	private static final String WUHOU = "510107";

	static final String BIOMEDICINE = "生物医药";

	private static final String NEW_ENERGY = "新能源";

	static final String ARTIFICIAL_INTELLIGENCE = "人工智能";

	static final String ADVANCED_MANUFACTURING = "先进制造";

	static final String DIGITAL_ECONOMY = "数字经济";

	private static final String TECHNOLOGY_TRANSFER = "科技成果转化";

	private static final String HIGH_TECH_DIVISION = "成都市科学技术局高新技术处";

	private static final String SOCIAL_DEVELOPMENT_DIVISION = "成都市科学技术局社会发展科技处";

	private static final String TRANSFER_DIVISION = "成都市科学技术局成果转化处";

	private static final String PROJECT_CENTRE = "成都市科技项目管理服务中心";

	private static final String NEW_MATERIALS = "新材料";

	static final String ELECTRONIC_INFORMATION = "电子信息";

	static final String MEDICAL_DEVICES = "医疗器械";

	private static final String PROFESSOR = "教授";

	/** The research profile of every talent of the demo directory, by its key. */
	private static final Map<String, ResearchProfile> RESEARCH_PROFILES = Map.ofEntries(
			entry("expert1", research(PROFESSOR, "B", BIOMEDICINE, "生物医学工程", MEDICAL_DEVICES)),
			entry("expert2", research(PROFESSOR, "C", ELECTRONIC_INFORMATION, "集成电路", ARTIFICIAL_INTELLIGENCE)),
			entry("zhang-wei", research("主任医师", "B", BIOMEDICINE, "肿瘤学", "细胞与基因治疗")),
			entry("zhou-min", research("副主任医师", "D", BIOMEDICINE, "临床医学", MEDICAL_DEVICES)),
			entry("chen-jing", research("正高级工程师", "C", BIOMEDICINE, "创新药物", "药物化学")),
			entry("liu-yang", research(PROFESSOR, "B", ARTIFICIAL_INTELLIGENCE, "大模型", "计算机视觉")),
			entry("wu-hao", research("副教授", "D", ARTIFICIAL_INTELLIGENCE, "智能传感", ELECTRONIC_INFORMATION)),
			entry("zhao-lei", research("高级工程师", "D", ARTIFICIAL_INTELLIGENCE, DIGITAL_ECONOMY, "工业互联网")),
			entry("yang-xue", research("研究员", "B", ADVANCED_MANUFACTURING, "光电技术", "精密光学")),
			entry("huang-tao", research(PROFESSOR, "C", NEW_MATERIALS, NEW_ENERGY, "高分子材料")));

	/**
	 * The demo experts, in the order they are seeded. Li Ming advises Rongxin Biopharma, Wang Fang runs a lab with
	 * Liu Yang, Zhang Wei's hospital runs Chen Jing's clinical trials, and Zhao Lei was Liu Yang's doctoral student;
	 * Yang Xue is abroad for a month.
	 */
	private static final List<ExpertProfile> EXPERT_PROFILES = List.of(
			new ExpertProfile("expert1", List.of(BIOMEDICINE, MEDICAL_DEVICES, "生物医学工程"),
					List.of("rongxin-biotech"), List.of(), true),
			new ExpertProfile("expert2", List.of(ARTIFICIAL_INTELLIGENCE, ELECTRONIC_INFORMATION, DIGITAL_ECONOMY),
					List.of(), List.of("liu-yang"), true),
			new ExpertProfile("zhang-wei", List.of(BIOMEDICINE, "细胞与基因治疗"), List.of(), List.of("chen-jing"),
					true),
			new ExpertProfile("liu-yang", List.of(ARTIFICIAL_INTELLIGENCE, DIGITAL_ECONOMY), List.of(),
					List.of("zhao-lei"), true),
			new ExpertProfile("yang-xue", List.of(ADVANCED_MANUFACTURING, ELECTRONIC_INFORMATION), List.of(),
					List.of(), false),
			new ExpertProfile("huang-tao", List.of(NEW_MATERIALS, NEW_ENERGY, ADVANCED_MANUFACTURING), List.of(),
					List.of(), true),
			new ExpertProfile("chen-jing", List.of(BIOMEDICINE, TECHNOLOGY_TRANSFER), List.of(), List.of(), true),
			new ExpertProfile("wu-hao", List.of(ARTIFICIAL_INTELLIGENCE, ELECTRONIC_INFORMATION), List.of(),
					List.of(), true));

	private DemoData() {
	}

	/**
	 * The demo organisations: every organisation of the directory, under its Chinese registered name.
	 * @param directory the demo directory
	 * @return the organisations, in the order they are seeded
	 */
	public static List<OrganisationSeed> organisations(DemoDirectory directory) {
		return directory.organisations()
			.stream()
			.map((organisation) -> new OrganisationSeed(organisation.key(), organisation.id(),
					organisation.creditCode(), organisation.nameZh(),
					organisation.kind().toUpperCase(Locale.ROOT).replace('-', '_'), organisation.jurisdiction()))
			.toList();
	}

	/**
	 * The demo researchers: every talent of the directory, owned by the division of its organisation.
	 * @param directory the demo directory
	 * @return the researchers, in the order they are seeded
	 * @throws SeedingException if a talent has no research profile here or names an organisation the directory
	 * lacks
	 */
	public static List<ResearcherSeed> researchers(DemoDirectory directory) {
		return directory.talents().stream().map((talent) -> researcher(directory, talent)).toList();
	}

	/**
	 * The demo experts, with the date an unavailable one expects to be back: a month after today.
	 * @param directory the demo directory
	 * @param clock the clock that says what day it is
	 * @return the experts, in the order they are seeded
	 * @throws SeedingException if one names a talent or organisation the directory lacks
	 */
	public static List<ExpertSeed> experts(DemoDirectory directory, Clock clock) {
		LocalDate back = LocalDate.now(clock.withZone(BUREAU_TIME_ZONE)).plusMonths(1);
		return EXPERT_PROFILES.stream().map((profile) -> {
			DemoDirectory.Talent talent = directory.talent(profile.talent());
			return new ExpertSeed(talent.key(), talent.id(), talent.nameZh(), profile.reviewFields(),
					profile.conflictOrganisations().stream().map((key) -> directory.organisation(key).id()).toList(),
					profile.conflictResearchers().stream().map((key) -> directory.talent(key).id()).toList(),
					profile.available(), profile.available() ? null : back);
		}).toList();
	}

	/**
	 * The demo plans, in the order they are seeded; every one ends up published.
	 * @return the plans
	 */
	public static List<PlanSeed> plans() {
		return List.of(fiveYearPlan(), annualPlan(), districtPlan());
	}

	/**
	 * The demo calls for proposals, with dates relative to the current month.
	 * @param clock the clock that says what month it is
	 * @return the calls, in the order they are seeded
	 */
	public static List<CallSeed> calls(Clock clock) {
		LocalDate month = LocalDate.now(clock.withZone(BUREAU_TIME_ZONE)).withDayOfMonth(1);
		Instant openSince = opening(month.minusMonths(1));
		Instant openUntil = deadline(month.plusMonths(2));
		Instant closedSince = opening(month.minusMonths(8));
		Instant closedUntil = deadline(month.minusMonths(6));
		return List.of(
				new CallSeed(BIOMEDICINE_CALL, ANNUAL_PLAN, BIOMEDICINE_PROGRAM,
						"2026年度成都市重点研发计划生物医药领域项目申报指南",
						"支持创新药物、高端医疗器械、细胞与基因治疗和中医药现代化等方向的关键核心技术攻关。"
								+ "申报单位须为在成都市注册的企业、高校或科研院所，鼓励产学研联合申报。",
						openSince, openUntil, CallSeed.Target.OPEN),
				new CallSeed(AI_CALL, ANNUAL_PLAN, AI_PROGRAM,
						"2026年度成都市重点研发计划人工智能领域项目申报指南",
						"支持大模型行业应用、智能传感、具身智能和人工智能安全等方向的技术研发与场景示范。"
								+ "企业牵头申报的项目须有不低于一比一的自筹资金配套。",
						openSince, openUntil, CallSeed.Target.OPEN),
				new CallSeed("annual-2026-transfer-1", ANNUAL_PLAN, "技术创新研发项目",
						"2026年度成都市技术创新研发项目申报指南（第一批）",
						"支持科技型中小企业围绕主营业务开展新产品、新技术、新工艺研发，推动科技成果在蓉转化。",
						closedSince, closedUntil, CallSeed.Target.CLOSED),
				new CallSeed("annual-2026-new-energy", ANNUAL_PLAN, "重点研发计划—新能源",
						"2026年度成都市重点研发计划新能源领域项目申报指南",
						"支持氢能、新型储能、光伏和动力电池回收利用等方向的关键技术攻关和中试验证。",
						closedSince, closedUntil, CallSeed.Target.CLOSED),
				new CallSeed(MANUFACTURING_CALL, FIVE_YEAR_PLAN, "重点研发计划—先进制造",
						"2027年度成都市重点研发计划先进制造领域项目申报指南",
						"支持航空航天装备、工业母机、智能网联汽车和高端仪器仪表等方向的关键核心技术攻关。",
						opening(month.plusMonths(2)), deadline(month.plusMonths(4)), CallSeed.Target.SCHEDULED),
				new CallSeed(WUHOU_BIOMEDICINE_CALL, DISTRICT_PLAN, WUHOU_BIOMEDICINE_PROGRAM,
						"武侯区2026年度生物医药产业创新项目申报通知",
						"支持辖区内生物医药企业开展创新药、医疗器械研发和临床转化，优先支持与华西医院等医疗机构合作的项目。",
						openSince, openUntil, CallSeed.Target.OPEN),
				new CallSeed(DIGITAL_ECONOMY_CALL, FIVE_YEAR_PLAN, DIGITAL_ECONOMY_PROGRAM,
						"成都市数字经济场景创新项目申报指南（常年受理）",
						"常年受理、成熟一批立项一批：支持工业互联网、数据要素流通、智慧医疗、低空经济和城市治理等数字经济"
								+ "应用场景的技术研发与示范应用。",
						opening(month.minusMonths(15)), deadline(month.plusMonths(9)), CallSeed.Target.OPEN));
	}

	/**
	 * The demo funds of this fiscal year, set up before any approval: the city's biomedicine and artificial
	 * intelligence funds with room to spare, the digital economy fund that the standing call's projects draw on,
	 * and Wuhou's biomedicine fund, which Rongxin's approval uses up so that the next approval is refused.
	 * @param clock the clock that says what year it is
	 * @return the funds, in the order they are seeded
	 */
	public static List<FundSeed> funds(Clock clock) {
		int year = LocalDate.now(clock.withZone(BUREAU_TIME_ZONE)).getYear();
		String municipal = year + "年度市级科技专项资金";
		return List.of(
				new FundSeed("municipal-biomedicine", ANNUAL_PLAN, BIOMEDICINE_PROGRAM,
						municipal + "（" + BIOMEDICINE_PROGRAM + "）", "MUNICIPAL_BUDGET", CITY, money("30000000.00")),
				new FundSeed("municipal-ai", ANNUAL_PLAN, AI_PROGRAM, municipal + "（" + AI_PROGRAM + "）",
						"MUNICIPAL_BUDGET", CITY, money("20000000.00")),
				new FundSeed("municipal-digital-economy", FIVE_YEAR_PLAN, DIGITAL_ECONOMY_PROGRAM,
						municipal + "（" + DIGITAL_ECONOMY_PROGRAM + "）", "MUNICIPAL_BUDGET", CITY,
						money("20000000.00")),
				new FundSeed("wuhou-biomedicine", DISTRICT_PLAN, WUHOU_BIOMEDICINE_PROGRAM,
						"武侯区" + year + "年度科技创新专项资金（" + WUHOU_BIOMEDICINE_PROGRAM + "）", "SPECIAL_FUND", WUHOU,
						money("900000.00")));
	}

	private static PlanSeed fiveYearPlan() {
		return new PlanSeed(FIVE_YEAR_PLAN, "MEDIUM_LONG_TERM", "成都市“十五五”科技创新规划", 2026, 2030, CITY,
				List.of(BIOMEDICINE, NEW_ENERGY, ARTIFICIAL_INTELLIGENCE, ADVANCED_MANUFACTURING, DIGITAL_ECONOMY),
				List.of(target("全社会研发经费投入占地区生产总值比重", "%", "3.60", "4.00"),
						target("高新技术企业数量", "家", "13000", "20000"),
						target("技术合同成交额", "亿元", "1500.00", "2200.00"),
						target("每万人口高价值发明专利拥有量", "件", "21.50", "30.00")),
				List.of(program(BIOMEDICINE_PROGRAM, BIOMEDICINE, SOCIAL_DEVELOPMENT_DIVISION, "50000000.00"),
						program("重点研发计划—新能源", NEW_ENERGY, HIGH_TECH_DIVISION, "40000000.00"),
						program(AI_PROGRAM, ARTIFICIAL_INTELLIGENCE, HIGH_TECH_DIVISION, "60000000.00"),
						program("重点研发计划—先进制造", ADVANCED_MANUFACTURING, HIGH_TECH_DIVISION, "45000000.00"),
						program(DIGITAL_ECONOMY_PROGRAM, DIGITAL_ECONOMY, TRANSFER_DIVISION, "30000000.00")));
	}

	private static PlanSeed annualPlan() {
		return new PlanSeed(ANNUAL_PLAN, "ANNUAL", "成都市2026年度科技计划", 2026, 2026, CITY,
				List.of(BIOMEDICINE, ARTIFICIAL_INTELLIGENCE, NEW_ENERGY, TECHNOLOGY_TRANSFER),
				List.of(target("全社会研发经费投入占地区生产总值比重", "%", "3.60", "3.70"),
						target("新认定高新技术企业数量", "家", "2000", "2500"),
						target("技术合同成交额", "亿元", "1500.00", "1650.00")),
				List.of(program(BIOMEDICINE_PROGRAM, BIOMEDICINE, SOCIAL_DEVELOPMENT_DIVISION, "50000000.00"),
						program(AI_PROGRAM, ARTIFICIAL_INTELLIGENCE, HIGH_TECH_DIVISION, "60000000.00"),
						program("重点研发计划—新能源", NEW_ENERGY, HIGH_TECH_DIVISION, "40000000.00"),
						program("技术创新研发项目", TECHNOLOGY_TRANSFER, TRANSFER_DIVISION, "30000000.00")));
	}

	private static PlanSeed districtPlan() {
		String districtBureau = "成都市武侯区新经济和科技局";
		return new PlanSeed(DISTRICT_PLAN, "ANNUAL", "武侯区2026年度科技创新计划", 2026, 2026, WUHOU,
				List.of(BIOMEDICINE, DIGITAL_ECONOMY),
				List.of(target("区级科技创新投入", "万元", "8000.00", "9000.00"),
						target("新增国家高新技术企业", "家", "120", "150")),
				List.of(new ProgramSeed(WUHOU_BIOMEDICINE_PROGRAM, BIOMEDICINE, districtBureau, new BigDecimal("8000000.00"),
						PROJECT_CENTRE),
						new ProgramSeed("数字经济场景创新项目", DIGITAL_ECONOMY, districtBureau, new BigDecimal("5000000.00"),
								PROJECT_CENTRE)));
	}

	private static ResearcherSeed researcher(DemoDirectory directory, DemoDirectory.Talent talent) {
		ResearchProfile profile = RESEARCH_PROFILES.get(talent.key());
		if (profile == null) {
			throw new SeedingException("The demo talent '" + talent.key() + "' has no research profile in DemoData");
		}
		String organisation = talent.organisation();
		DemoDirectory.Organisation employer = (organisation != null) ? directory.organisation(organisation) : null;
		return new ResearcherSeed(talent.key(), talent.id(), talent.nameZh(), talent.orcid(),
				(employer != null) ? employer.id() : null, profile.fields(), profile.title(), profile.tier(), "CN",
				(employer != null) ? employer.jurisdiction() : CITY);
	}

	private static ResearchProfile research(String title, String tier, String... fields) {
		return new ResearchProfile(title, tier, List.of(fields));
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static TargetSeed target(String indicator, String unit, String baseline, String target) {
		return new TargetSeed(indicator, unit, new BigDecimal(baseline), new BigDecimal(target));
	}

	private static ProgramSeed program(String name, String priorityArea, String department, String ceiling) {
		return new ProgramSeed(name, priorityArea, department, new BigDecimal(ceiling), PROJECT_CENTRE);
	}

	/** Calls open at 09:00 bureau time on the first of a month. */
	private static Instant opening(LocalDate day) {
		return day.atTime(LocalTime.of(9, 0)).atZone(BUREAU_TIME_ZONE).toInstant();
	}

	/** Deadlines are 17:00 bureau time on the first of a month. */
	private static Instant deadline(LocalDate day) {
		return day.atTime(LocalTime.of(17, 0)).atZone(BUREAU_TIME_ZONE).toInstant();
	}

	/** What the seeder adds to a talent of the directory to register it as a researcher. */
	private record ResearchProfile(String title, String tier, List<String> fields) {
	}

	/** The review profile of an expert; talents and organisations by their keys in the directory. */
	private record ExpertProfile(String talent, List<String> reviewFields, List<String> conflictOrganisations,
			List<String> conflictResearchers, boolean available) {
	}

}

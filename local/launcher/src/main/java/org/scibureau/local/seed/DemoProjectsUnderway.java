package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.scibureau.local.seed.ProjectSeed.BudgetLine;
import org.scibureau.local.seed.ProjectSeed.MilestoneSeed;
import org.scibureau.local.seed.ProjectSeed.Target;

import static org.scibureau.local.seed.DemoApplications.line;
import static org.scibureau.local.seed.DemoData.ARTIFICIAL_INTELLIGENCE;
import static org.scibureau.local.seed.DemoData.DIGITAL_ECONOMY;
import static org.scibureau.local.seed.DemoData.DIGITAL_ECONOMY_CALL;
import static org.scibureau.local.seed.DemoData.ELECTRONIC_INFORMATION;
import static org.scibureau.local.seed.DemoData.MEDICAL_DEVICES;

/**
 * The demo projects under the city's standing digital economy call, approved and funded from this year's digital
 * economy fund, one in each state after the approval: contracted, in progress, mid-term checked, awaiting
 * acceptance, accepted, failed at acceptance, closed, suspended and terminated.
 * <p>
 * A standing call takes applications all year, so its projects started at different times: each starts on the first
 * of a month counted from this month, far enough back for what it has done (a mid-term check needs 40% of the
 * planned period behind it; a project whose acceptance is requested has reached its end date). The bureau approves
 * each for this fiscal year, as it commits this year's funds.
 */
final class DemoProjectsUnderway {

	private static final String INDUSTRIAL_INTERNET = "工业互联网";

	private DemoProjectsUnderway() {
	}

	/**
	 * The projects, in the order they are seeded.
	 * @param month the first day of this month in Chengdu
	 * @return the projects
	 */
	static List<ProjectSeed> projects(LocalDate month) {
		return List.of(metroTwin(month.plusMonths(1)), supplyChainDataSpace(month.minusMonths(3)),
				telemedicine(month.minusMonths(12)), batteryPassport(month.minusMonths(12)),
				opticsInspection(month.minusMonths(13)), streetLightEdge(month.minusMonths(13)),
				batchRecords(month.minusMonths(14)), cytologyCloud(month.minusMonths(6)),
				droneLogistics(month.minusMonths(8)));
	}

	/**
	 * The expenditure reports of the projects under way: the telemedicine network, mid-term checked, has spent more
	 * on travel to the county hospitals than its budget line allows (a variance alert for the finance officers) and
	 * less on everything else.
	 * @return the reports, in the order they are seeded
	 */
	static List<ExpenditureSeed> expenditure() {
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		spent.put("EQUIPMENT", new BigDecimal("680000.00"));
		spent.put("MATERIALS", new BigDecimal("60000.00"));
		spent.put("TESTING", new BigDecimal("90000.00"));
		spent.put("PERSONNEL", new BigDecimal("310000.00"));
		spent.put("OUTSOURCING", new BigDecimal("240000.00"));
		spent.put("TRAVEL", new BigDecimal("185000.00"));
		spent.put("INDIRECT", new BigDecimal("190000.00"));
		return List.of(new ExpenditureSeed("wch-telemedicine", spent));
	}

	private static ProjectSeed metroTwin(LocalDate start) {
		return project("uestc-metro-twin", "uestc",
				"Digital twin of Chengdu's metro network for passenger flow forecasting and timetable adjustment",
				"Chengdu Metro carries more than six million passengers a day, and timetables still follow "
						+ "yesterday's counts. The project builds a digital twin of the network from ticketing, "
						+ "platform camera and train load data, forecasts passenger flow 30 minutes ahead at every "
						+ "station, and proposes timetable adjustments that the operations centre tests in shadow mode.",
				List.of(DIGITAL_ECONOMY, ARTIFICIAL_INTELLIGENCE, "计算机视觉"), "liu-yang", List.of("wu-hao"), start,
				24,
				List.of(line("EQUIPMENT", "Servers for the twin and its simulation", "400000.00"),
						line("MATERIALS", "Data storage and network equipment", "100000.00"),
						line("TESTING", "Shadow-mode trials in the operations centre", "150000.00"),
						line("PERSONNEL", "Doctoral students and two data engineers", "700000.00"),
						line("OUTSOURCING", "Integration with the metro's data platform", "250000.00"),
						line("TRAVEL", "Work at the operations centre", "30000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the university", "350000.00")),
				List.of(new MilestoneSeed("Network model calibrated", 8,
						"The twin of all lines, calibrated against three months of ticketing data."),
						new MilestoneSeed("Forecasts in the operations centre", 24,
								"Forecasting and timetable proposals in daily shadow use; an evaluation report.")),
				Target.CONTRACTED, null, "2000000.00");
	}

	private static ProjectSeed supplyChainDataSpace(LocalDate start) {
		return project("tianfu-data-space", "tianfu-intelligence",
				"Privacy-preserving data space for the supply-chain finance of small manufacturers",
				"Small suppliers of Chengdu's electronics and automotive plants wait months for payment and cannot "
						+ "borrow against their orders, because banks cannot verify them. The project builds a data "
						+ "space in which plants, suppliers and banks share order, delivery and invoice data under "
						+ "usage control, with privacy-preserving computation so that banks score suppliers without "
						+ "seeing their raw data, and pilots it with two banks and 200 suppliers.",
				List.of(DIGITAL_ECONOMY, INDUSTRIAL_INTERNET, ELECTRONIC_INFORMATION), "zhao-lei", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Confidential computing servers", "600000.00"),
						line("MATERIALS", "Certificates and hardware security modules", "50000.00"),
						line("TESTING", "Security assessment and the bank pilots", "200000.00"),
						line("PERSONNEL", "Platform and cryptography engineers", "1200000.00"),
						line("OUTSOURCING", "Connectors to the plants' ERP systems", "400000.00"),
						line("TRAVEL", "Work with the pilot banks", "40000.00"),
						line("PUBLICATION", "Software copyright and patent fees", "30000.00"),
						line("INDIRECT", "Management costs of the company", "480000.00")),
				List.of(new MilestoneSeed("Data space running with two banks", 9,
						"The data space in operation with two banks and 50 suppliers."),
						new MilestoneSeed("Loans granted through the data space", 24,
								"200 suppliers connected; the loans granted and their default rate.")),
				Target.IN_PROGRESS, null, "3000000.00");
	}

	private static ProjectSeed telemedicine(LocalDate start) {
		return project("wch-telemedicine", "west-china-hospital",
				"Regional telemedicine network for remote ECG and imaging reading in forty county hospitals",
				"County hospitals in western Sichuan record ECGs and CT scans that no specialist reads for days. "
						+ "The project connects forty of them to West China Hospital's reading centre, reads ECGs "
						+ "first with a validated algorithm and then by a cardiologist, sends urgent findings back "
						+ "within 30 minutes, and measures the effect on referrals and outcomes.",
				List.of(DIGITAL_ECONOMY, "临床医学", MEDICAL_DEVICES), "zhou-min", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Reading workstations and county gateways", "700000.00"),
						line("MATERIALS", "Network links of the county hospitals", "100000.00"),
						line("TESTING", "Validation of the reading algorithm", "150000.00"),
						line("PERSONNEL", "Reading cardiologists and radiologists", "600000.00"),
						line("OUTSOURCING", "Integration with the county hospitals' systems", "300000.00"),
						line("TRAVEL", "Training in the county hospitals", "150000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the hospital", "380000.00")),
				List.of(new MilestoneSeed("Twenty county hospitals connected", 10,
						"Twenty county hospitals reading through the centre; the urgent-findings procedure."),
						new MilestoneSeed("Forty county hospitals reading remotely", 24,
								"Forty hospitals connected; the evaluation of referrals and outcomes.")),
				Target.MIDTERM_CHECKED,
				"Twenty-two county hospitals are connected and 31,000 ECGs were read remotely, ahead of plan. The panel "
						+ "asks for reading times at night in the final report.",
				"2400000.00");
	}

	private static ProjectSeed batteryPassport(LocalDate start) {
		return project("scu-battery-passport", "scu",
				"Digital product passport for the traceability of recycled power battery materials",
				"Recycled lithium, nickel and cobalt from Sichuan's battery recyclers cannot prove their origin "
						+ "and carbon footprint to car makers and export markets. The project defines a digital "
						+ "product passport for recycled cathode materials, records each batch from dismantling to "
						+ "precursor on a shared ledger with assay data, and pilots it with two recyclers in Chengdu.",
				List.of(DIGITAL_ECONOMY, "新能源", "高分子材料"), "huang-tao", List.of(), start, 12,
				List.of(line("EQUIPMENT", "Assay equipment for the pilot batches", "150000.00"),
						line("MATERIALS", "Pilot batches and tags", "200000.00"),
						line("TESTING", "Third-party assays", "120000.00"),
						line("PERSONNEL", "Postdoctoral researcher and software engineer", "180000.00"),
						line("TRAVEL", "Work at the recyclers", "20000.00"),
						line("PUBLICATION", "Open-access fees", "10000.00"),
						line("INDIRECT", "Management costs of the university", "120000.00")),
				List.of(new MilestoneSeed("Passport schema agreed", 6,
						"The passport's data schema, agreed with the two recyclers and a car maker."),
						new MilestoneSeed("Pilot batches traced", 12,
								"Fifty pilot batches traced from dismantling to precursor.")),
				Target.ACCEPTANCE_REQUESTED, null, "800000.00");
	}

	private static ProjectSeed opticsInspection(LocalDate start) {
		return project("optics-inspection", "cas-optics-electronics",
				"Machine-vision inspection of surface defects on precision optical components",
				"Scratches and digs on lenses and mirrors are still judged by eye against sample plates, slowly and "
						+ "inconsistently. The project builds a dark-field imaging station and a defect classifier "
						+ "trained on the institute's inspection records, grades surfaces to ISO 10110-7, and puts the "
						+ "station on the production line of a Chengdu optics maker.",
				List.of(DIGITAL_ECONOMY, ARTIFICIAL_INTELLIGENCE, "光电技术"), "yang-xue", List.of(), start, 12,
				List.of(line("EQUIPMENT", "Dark-field imaging station", "450000.00"),
						line("MATERIALS", "Reference samples", "100000.00"),
						line("TESTING", "Comparison with manual inspection", "150000.00"),
						line("PERSONNEL", "Engineers", "300000.00"),
						line("TRAVEL", "Work at the optics maker", "20000.00"),
						line("PUBLICATION", "Patent fees", "20000.00"),
						line("INDIRECT", "Management costs of the institute", "160000.00")),
				List.of(new MilestoneSeed("Imaging station and classifier", 6,
						"The station and a classifier that agrees with senior inspectors on 95% of surfaces."),
						new MilestoneSeed("Station on the production line", 12,
								"The station in use on the optics maker's line for three months.")),
				Target.ACCEPTED, null, "1200000.00");
	}

	private static ProjectSeed streetLightEdge(LocalDate start) {
		return project("uestc-street-lights", "uestc",
				"Edge computing on smart street-light poles for traffic and air-quality monitoring",
				"Chengdu is replacing its street lights with smart poles. The project puts edge computing nodes on "
						+ "500 poles in the Tianfu New Area that count traffic, detect incidents and measure fine "
						+ "particles, and feeds the city's operations platform with calibrated data every minute.",
				List.of(DIGITAL_ECONOMY, "智能传感", ELECTRONIC_INFORMATION), "wu-hao", List.of(), start, 12,
				List.of(line("EQUIPMENT", "Edge nodes and sensors", "300000.00"),
						line("MATERIALS", "Enclosures and installation material", "150000.00"),
						line("TESTING", "Calibration and field tests", "100000.00"),
						line("PERSONNEL", "Doctoral students", "200000.00"),
						line("TRAVEL", "Field work", "10000.00"),
						line("PUBLICATION", "Open-access fees", "10000.00"),
						line("INDIRECT", "Management costs of the university", "130000.00")),
				List.of(new MilestoneSeed("Nodes on the first 100 poles", 6, "Nodes on 100 poles, sending data."),
						new MilestoneSeed("500 poles feeding the operations platform", 12,
								"500 poles sending calibrated data to the city's operations platform.")),
				Target.FAILED_ACCEPTANCE,
				"The pilot covers 120 poles instead of the 500 contracted, and its particle readings were never "
						+ "calibrated against the municipal monitoring stations; the panel does not pass the acceptance.",
				"900000.00");
	}

	private static ProjectSeed batchRecords(LocalDate start) {
		return project("rongxin-batch-records", "rongxin-biotech",
				"Electronic batch records and data integrity for sterile drug manufacturing",
				"Rongxin's sterile fill-finish line still keeps paper batch records, which slow release and invite "
						+ "data integrity findings in inspections. The project introduces electronic batch records "
						+ "integrated with the line's equipment, with audit trails and electronic signatures that meet "
						+ "the GMP annex on computerised systems, and validates them on twenty commercial batches.",
				List.of(DIGITAL_ECONOMY, INDUSTRIAL_INTERNET, "创新药物"), "chen-jing", List.of(), start, 12,
				List.of(line("EQUIPMENT", "Line terminals and servers", "100000.00"),
						line("TESTING", "Computerised system validation", "50000.00"),
						line("PERSONNEL", "Validation and automation engineers", "200000.00"),
						line("OUTSOURCING", "Integration with the filling line", "150000.00"),
						line("TRAVEL", "Vendor audits", "10000.00"),
						line("PUBLICATION", "Software copyright fees", "10000.00"),
						line("INDIRECT", "Management costs of the company", "80000.00")),
				List.of(new MilestoneSeed("Electronic records validated", 6,
						"Validation report of the electronic batch record system."),
						new MilestoneSeed("Twenty batches released", 12,
								"Twenty commercial batches released from electronic records.")),
				Target.CLOSED, null, "600000.00");
	}

	private static ProjectSeed cytologyCloud(LocalDate start) {
		return project("wch-cytology-cloud", "west-china-hospital",
				"Cloud service for AI-assisted screening of cervical cytology slides in primary care",
				"Cervical cancer screening in rural Sichuan stalls for want of cytopathologists. The project scans "
						+ "slides in township health centres, screens them with a deep-learning model in West China "
						+ "Hospital's cloud, and has pathologists review only the suspicious ones, aiming to screen "
						+ "100,000 women within two years.",
				List.of(DIGITAL_ECONOMY, ARTIFICIAL_INTELLIGENCE, "肿瘤学"), "zhang-wei", List.of("zhou-min"), start, 24,
				List.of(line("EQUIPMENT", "Slide scanners for twelve health centres", "500000.00"),
						line("MATERIALS", "Slides and staining kits", "200000.00"),
						line("TESTING", "Validation against expert diagnosis", "150000.00"),
						line("PERSONNEL", "Pathologists and a data engineer", "350000.00"),
						line("TRAVEL", "Training in the health centres", "50000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the hospital", "230000.00")),
				List.of(new MilestoneSeed("Screening in twelve health centres", 9,
						"Scanners and the cloud service in use in twelve health centres."),
						new MilestoneSeed("100,000 women screened", 24,
								"Screening results and the evaluation against expert diagnosis.")),
				Target.SUSPENDED,
				"A complaint alleges that the same work is funded by a provincial project; the project is suspended "
						+ "while the bureau's supervision office compares the two task contracts.",
				"1500000.00");
	}

	private static ProjectSeed droneLogistics(LocalDate start) {
		return project("tianfu-drone-logistics", "tianfu-intelligence",
				"Dispatch system for low-altitude drone delivery of medical samples between Chengdu's hospitals",
				"Blood samples and pathology specimens cross Chengdu by road in an hour or more. The project develops "
						+ "a dispatch system that plans drone routes in the approved low-altitude corridors, keeps the "
						+ "cold chain and hands over specimens between twelve hospitals within twenty minutes.",
				List.of(DIGITAL_ECONOMY, ARTIFICIAL_INTELLIGENCE, ELECTRONIC_INFORMATION), "zhao-lei", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Drones and landing stations", "600000.00"),
						line("MATERIALS", "Cold-chain containers", "100000.00"),
						line("TESTING", "Flight trials", "200000.00"),
						line("PERSONNEL", "Flight and software engineers", "600000.00"),
						line("TRAVEL", "Work at the hospitals", "30000.00"),
						line("PUBLICATION", "Software copyright fees", "20000.00"),
						line("INDIRECT", "Management costs of the company", "250000.00")),
				List.of(new MilestoneSeed("Corridor between two hospitals", 9,
						"Daily flights between two hospitals for three months."),
						new MilestoneSeed("Twelve hospitals connected", 24,
								"The dispatch system serving twelve hospitals.")),
				Target.TERMINATED,
				"The pilot airspace approval for the hospital corridors was withdrawn and the company asked to end the "
						+ "contract; the tranches not yet paid go back to the fund.",
				"1800000.00");
	}

	private static ProjectSeed project(String key, String organisation, String title, String summary,
			List<String> fields, String principalInvestigator, List<String> team, LocalDate start, int months,
			List<BudgetLine> budget, List<MilestoneSeed> milestones, Target target, @Nullable String reason,
			String approvedBudget) {
		return new ProjectSeed(key, organisation, DIGITAL_ECONOMY_CALL, title, summary, fields, principalInvestigator,
				team, start, months, budget, milestones, target, reason, new BigDecimal(approvedBudget));
	}

}

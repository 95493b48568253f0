package org.scibureau.local.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scibureau.local.seed.ProjectSeed.BudgetLine;
import org.scibureau.local.seed.ProjectSeed.MilestoneSeed;
import org.scibureau.local.seed.ProjectSeed.Target;

import static org.scibureau.local.seed.DemoData.ADVANCED_MANUFACTURING;
import static org.scibureau.local.seed.DemoData.AI_CALL;
import static org.scibureau.local.seed.DemoData.ARTIFICIAL_INTELLIGENCE;
import static org.scibureau.local.seed.DemoData.BIOMEDICINE;
import static org.scibureau.local.seed.DemoData.BIOMEDICINE_CALL;
import static org.scibureau.local.seed.DemoData.DIGITAL_ECONOMY;
import static org.scibureau.local.seed.DemoData.ELECTRONIC_INFORMATION;
import static org.scibureau.local.seed.DemoData.MANUFACTURING_CALL;
import static org.scibureau.local.seed.DemoData.MEDICAL_DEVICES;
import static org.scibureau.local.seed.DemoData.WUHOU_BIOMEDICINE_CALL;

/**
 * The demo applications and expert reviews: what the demo organisations applied for under the demo calls, taken
 * through the lifecycle to every state.
 * <p>
 * The city's biomedicine call has two hospital projects under an open expert review, which Li Ming (expert1) has
 * scored and the second reviewers have not; an application withdrawn by Sichuan University. The city's artificial
 * intelligence call has a decided review: Tianfu Intelligent Computing's project approved, the Institute of Optics
 * and Electronics' rejected; UESTC's two applications wait in the formal check and for it. Wuhou's biomedicine call
 * has Rongxin's project approved by a plan officer without a review, which uses up Wuhou's fund, so that Sichuan
 * University's, approved next, is refused by funding-service; and West China Hospital's returned for correction. The Institute of Optics and Electronics drafts ahead of the advanced manufacturing call, which opens
 * later. The city's standing digital economy call has a project in every state after the approval (see
 * {@link DemoProjectsUnderway}).
 * <p>
 * Titles and summaries are in English; research fields use the talent pool's words, so that the expert assignment
 * matches them. Titles never change, because seeding finds earlier applications by title. Projects start in the
 * second month after their call closes, so dates follow the calendar as the calls' do.
 */
public final class DemoApplications {

	private static final String CELL_AND_GENE_THERAPY = "细胞与基因治疗";

	private static final String ONCOLOGY = "肿瘤学";

	private static final String BIOMEDICAL_ENGINEERING = "生物医学工程";

	private static final String OPTOELECTRONICS = "光电技术";

	private static final String PRECISION_OPTICS = "精密光学";

	private DemoApplications() {
	}

	/**
	 * The demo applications, in the order they are seeded.
	 * @param clock the clock that says what month it is
	 * @return the applications
	 */
	public static List<ProjectSeed> projects(Clock clock) {
		Map<String, CallSeed> calls = DemoData.calls(clock)
			.stream()
			.collect(Collectors.toMap(CallSeed::key, Function.identity()));
		LocalDate openCallsStart = start(calls.get(BIOMEDICINE_CALL));
		List<ProjectSeed> projects = new ArrayList<>(List.of(carT(openCallsStart), ecgPatch(openCallsStart),
				microspheres(openCallsStart), industrialModel(openCallsStart), wavefront(openCallsStart),
				embodiedModel(openCallsStart), tactileSensors(openCallsStart),
				krasInhibitor(start(calls.get(WUHOU_BIOMEDICINE_CALL))),
				cartilageHydrogel(start(calls.get(WUHOU_BIOMEDICINE_CALL))),
				organoids(start(calls.get(WUHOU_BIOMEDICINE_CALL))),
				freeformOptics(start(calls.get(MANUFACTURING_CALL)))));
		projects.addAll(DemoProjectsUnderway.projects(LocalDate.now(clock.withZone(DemoData.BUREAU_TIME_ZONE))
			.withDayOfMonth(1)));
		return List.copyOf(projects);
	}

	/**
	 * The demo expert reviews, in the order they are seeded, after every application.
	 * @return the reviews
	 */
	public static List<ReviewSeed> reviews() {
		return List.of(
				new ReviewSeed("annual-2026-biomedicine-review", BIOMEDICINE_CALL, 2, 3,
						Map.of("wch-car-t", new ReviewSeed.Sheet(86,
								"A strong clinical team with its own GMP facility; the phase I cohort is small for the "
										+ "dose levels planned."),
								"wch-ecg-patch", new ReviewSeed.Sheet(81,
										"Clear clinical need and a realistic route to registration; the algorithm's "
												+ "validation should include paediatric patients.")),
						"expert1", null),
				new ReviewSeed("annual-2026-ai-review", AI_CALL, 1, 3,
						Map.of("tianfu-industrial-model", new ReviewSeed.Sheet(88,
								"Concrete industrial partners and data; the target for the mean time to repair is "
										+ "measurable and ambitious."),
								"optics-wavefront", new ReviewSeed.Sheet(64,
										"Sound science, but the benefit to Chengdu's industry is not shown; better "
												+ "suited to a basic research program.")),
						null,
						new ReviewSeed.Decision(Map.of("tianfu-industrial-model", money("2500000.00")),
								"Below the program's funding line: the reviewers found the link to "
										+ "Chengdu's industry weak.")));
	}

	private static ProjectSeed carT(LocalDate start) {
		return new ProjectSeed("wch-car-t", "west-china-hospital", BIOMEDICINE_CALL,
				"Allogeneic CD19/CD22 dual-targeted CAR-T cells for relapsed or refractory B-cell acute lymphoblastic "
						+ "leukaemia: GMP manufacturing and a phase I trial",
				"Relapse after autologous CD19 CAR-T therapy, often through loss of the CD19 antigen, is the main "
						+ "cause of treatment failure in adult B-ALL. Building on West China Hospital's cell therapy "
						+ "GMP facility, the project develops gene-edited allogeneic CD19/CD22 dual-targeted CAR-T "
						+ "cells from healthy donors, establishes a closed, automated manufacturing process with "
						+ "release criteria agreed with the NMPA, and runs an investigator-initiated phase I trial in "
						+ "18 patients to establish safety, the recommended dose and early efficacy.",
				List.of(BIOMEDICINE, CELL_AND_GENE_THERAPY, ONCOLOGY), "zhang-wei", List.of("zhou-min"), start, 36,
				List.of(line("EQUIPMENT", "Closed automated cell processing system", "400000.00"),
						line("MATERIALS", "GMP-grade reagents and lentiviral vectors", "620000.00"),
						line("TESTING", "Release testing and cytokine monitoring", "380000.00"),
						line("PERSONNEL", "Two process engineers and a trial coordinator", "300000.00"),
						line("OUTSOURCING", "Third-party vector quality control", "180000.00"),
						line("TRAVEL", "Regulatory meetings in Beijing", "40000.00"),
						line("PUBLICATION", "Open-access fees", "30000.00"),
						line("INDIRECT", "Management costs of the hospital", "450000.00")),
				List.of(new MilestoneSeed("GMP process locked", 12,
						"Validation report of three consecutive batches; ethics approval and trial registration."),
						new MilestoneSeed("Dose escalation completed", 28,
								"Safety data of the dose-escalation cohorts and the recommended phase II dose."),
						new MilestoneSeed("Final trial report", 36,
								"Clinical study report, two manuscripts and one invention patent application.")),
				Target.EXPERT_REVIEW, null, null);
	}

	private static ProjectSeed ecgPatch(LocalDate start) {
		return new ProjectSeed("wch-ecg-patch", "west-china-hospital", BIOMEDICINE_CALL,
				"Wearable single-lead ECG patch with on-device arrhythmia detection for patients after cardiac surgery",
				"Atrial fibrillation and other arrhythmias after cardiac surgery are frequent and often missed after "
						+ "discharge, above all in patients from rural Sichuan. The project develops a water-resistant "
						+ "single-lead ECG patch worn for 14 days, with a low-power arrhythmia classifier running on "
						+ "the device, validates it against 24-hour Holter monitoring in 600 patients at West China "
						+ "Hospital, and prepares the class II medical device registration with a Chengdu "
						+ "manufacturer.",
				List.of(BIOMEDICINE, MEDICAL_DEVICES, BIOMEDICAL_ENGINEERING), "zhou-min", List.of(), start, 24,
				List.of(line("EQUIPMENT", "ECG simulator and reference Holter recorders", "180000.00"),
						line("MATERIALS", "Prototype patches and electrodes", "260000.00"),
						line("TESTING", "Electromagnetic compatibility and biocompatibility type testing",
								"220000.00"),
						line("PERSONNEL", "Research nurses and an embedded software engineer", "200000.00"),
						line("OUTSOURCING", "Industrial design of the enclosure", "80000.00"),
						line("TRAVEL", "Follow-up visits in rural counties", "30000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the hospital", "210000.00")),
				List.of(new MilestoneSeed("Engineering prototype frozen", 8,
						"Prototype, firmware and the frozen arrhythmia classifier."),
						new MilestoneSeed("Clinical validation completed", 20,
								"Validation against Holter monitoring in 600 patients."),
						new MilestoneSeed("Registration dossier submitted", 24,
								"Class II registration dossier filed with the provincial medical products administration.")),
				Target.EXPERT_REVIEW, null, null);
	}

	private static ProjectSeed microspheres(LocalDate start) {
		return new ProjectSeed("scu-microspheres", "scu", BIOMEDICINE_CALL,
				"Biodegradable PLGA microspheres for one-month sustained release of peptide drugs",
				"Daily injections of peptide drugs such as GLP-1 receptor agonists weigh on patients with chronic "
						+ "disease. The project designs PLGA copolymers with tailored lactide-to-glycolide ratios and "
						+ "end groups, prepares monodisperse microspheres by membrane emulsification, and establishes "
						+ "the in vitro–in vivo correlation of a one-month release in rats, aiming at a formulation "
						+ "ready for transfer to a Sichuan pharmaceutical company.",
				List.of(BIOMEDICINE, "高分子材料", BIOMEDICAL_ENGINEERING), "huang-tao", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Membrane emulsification unit", "120000.00"),
						line("MATERIALS", "Polymers, peptides and laboratory animals", "230000.00"),
						line("TESTING", "Release kinetics and pharmacokinetics", "180000.00"),
						line("PERSONNEL", "Two doctoral students", "100000.00"),
						line("TRAVEL", "Conferences", "20000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the university", "130000.00")),
				List.of(new MilestoneSeed("Copolymer library characterised", 10,
						"Twelve copolymers with molecular weight and degradation data."),
						new MilestoneSeed("One-month release shown in rats", 24,
								"In vitro–in vivo correlation report and one invention patent application.")),
				Target.WITHDRAWN,
				"The team will apply next year together with its pharmaceutical partner, once the animal data are "
						+ "complete.",
				null);
	}

	private static ProjectSeed industrialModel(LocalDate start) {
		return new ProjectSeed("tianfu-industrial-model", "tianfu-intelligence", AI_CALL,
				"Industrial large language model for fault diagnosis on semiconductor packaging lines",
				"Chengdu's integrated circuit packaging and testing plants lose output to unplanned equipment stops, "
						+ "and the knowledge to diagnose them is scattered over maintenance logs. The project trains a "
						+ "domain language model on equipment manuals, alarm codes and ten years of maintenance records "
						+ "of two partner plants, couples it with live sensor data from their industrial internet "
						+ "platform, and deploys an assistant that proposes root causes and repair steps, aiming at a "
						+ "30% shorter mean time to repair. The company matches the grant one to one.",
				List.of(ARTIFICIAL_INTELLIGENCE, DIGITAL_ECONOMY, "工业互联网"), "zhao-lei", List.of(), start, 24,
				List.of(line("EQUIPMENT", "GPU servers for training and inference", "900000.00"),
						line("MATERIALS", "Edge gateways and sensors for the pilot lines", "150000.00"),
						line("TESTING", "Field trials in the two partner plants", "200000.00"),
						line("PERSONNEL", "Algorithm and data engineers", "900000.00"),
						line("OUTSOURCING", "Annotation of maintenance records", "300000.00"),
						line("TRAVEL", "Work at the partner plants", "60000.00"),
						line("PUBLICATION", "Software copyright and patent fees", "40000.00"),
						line("INDIRECT", "Management costs of the company", "450000.00")),
				List.of(new MilestoneSeed("Domain corpus and base model", 9,
						"Cleaned corpus of manuals and records; the first domain model with its evaluation."),
						new MilestoneSeed("Assistant deployed on the pilot lines", 18,
								"The assistant in daily use on two packaging lines."),
						new MilestoneSeed("Shorter repairs demonstrated", 24,
								"Evaluation of the mean time to repair over six months; a user report of both plants.")),
				Target.EXPERT_REVIEW, null, null);
	}

	private static ProjectSeed wavefront(LocalDate start) {
		return new ProjectSeed("optics-wavefront", "cas-optics-electronics", AI_CALL,
				"Deep-learning wavefront reconstruction for real-time adaptive optics",
				"Adaptive optics systems of large telescopes and laser facilities are limited by how fast and how "
						+ "robustly the wavefront is reconstructed under strong turbulence. The project trains compact "
						+ "neural networks that reconstruct the wavefront directly from Shack-Hartmann images, runs "
						+ "them on FPGA within 100 microseconds, and demonstrates closed-loop correction on the "
						+ "institute's 1.8-metre telescope.",
				List.of(ARTIFICIAL_INTELLIGENCE, OPTOELECTRONICS, PRECISION_OPTICS), "yang-xue", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Deformable mirror testbed and FPGA boards", "500000.00"),
						line("MATERIALS", "Optical components", "250000.00"),
						line("TESTING", "Telescope observing time", "150000.00"),
						line("PERSONNEL", "Postdoctoral researcher and engineers", "400000.00"),
						line("TRAVEL", "Observing runs", "30000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the institute", "250000.00")),
				List.of(new MilestoneSeed("Network trained on simulated turbulence", 10,
						"Reconstruction accuracy against the classical least-squares method."),
						new MilestoneSeed("Closed loop on the telescope", 24,
								"On-sky closed-loop results and two journal papers.")),
				Target.EXPERT_REVIEW, null, null);
	}

	private static ProjectSeed embodiedModel(LocalDate start) {
		return new ProjectSeed("uestc-embodied-model", "uestc", AI_CALL,
				"Multimodal foundation model for embodied service robots in elderly care",
				"Care homes in Chengdu are short of staff, and today's service robots follow scripts that break in "
						+ "real rooms. The project builds a multimodal model that grounds spoken requests in vision and "
						+ "touch, plans household tasks such as fetching and tidying, and learns from a few "
						+ "demonstrations, and tests it with a Chengdu robot maker in two care homes.",
				List.of(ARTIFICIAL_INTELLIGENCE, "大模型", "计算机视觉"), "liu-yang", List.of("wu-hao"), start, 36,
				List.of(line("EQUIPMENT", "Two mobile manipulators and a GPU cluster", "600000.00"),
						line("MATERIALS", "Sensors and grippers", "200000.00"),
						line("TESTING", "Trials in two care homes", "100000.00"),
						line("PERSONNEL", "Doctoral students and a research engineer", "600000.00"),
						line("OUTSOURCING", "Collection of demonstration data", "100000.00"),
						line("TRAVEL", "Conferences and partner visits", "50000.00"),
						line("PUBLICATION", "Open-access fees", "50000.00"),
						line("INDIRECT", "Management costs of the university", "300000.00")),
				List.of(new MilestoneSeed("Multimodal model released", 14,
						"The model, its training data card and benchmark results."),
						new MilestoneSeed("Care home trials completed", 36,
								"Report of the trials with task success rates and the staff's assessment.")),
				Target.FORMAL_CHECK, null, null);
	}

	private static ProjectSeed tactileSensors(LocalDate start) {
		return new ProjectSeed("uestc-tactile-sensors", "uestc", AI_CALL,
				"Flexible tactile sensor arrays with neuromorphic processing for dexterous robot hands",
				"Robot hands still drop and crush what human hands hold with ease, because they lack dense, fast touch. "
						+ "The project prints flexible piezoresistive sensor arrays with 1 mm resolution, encodes their "
						+ "signals as spikes on a neuromorphic chip next to the sensor, and teaches a dexterous hand to "
						+ "grasp fragile objects by slip detection within 5 milliseconds.",
				List.of(ARTIFICIAL_INTELLIGENCE, "智能传感", ELECTRONIC_INFORMATION), "wu-hao", List.of(), start, 24,
				List.of(line("EQUIPMENT", "Printing system for flexible electronics", "400000.00"),
						line("MATERIALS", "Substrates, inks and a dexterous hand", "350000.00"),
						line("TESTING", "Reliability testing", "200000.00"),
						line("PERSONNEL", "Doctoral students", "250000.00"),
						line("TRAVEL", "Conferences", "30000.00"),
						line("PUBLICATION", "Open-access fees", "20000.00"),
						line("INDIRECT", "Management costs of the university", "250000.00")),
				List.of(new MilestoneSeed("Sensor array prototype", 10, "Arrays with 1 mm resolution and test data."),
						new MilestoneSeed("Slip-aware grasping", 24,
								"Grasping of fragile objects demonstrated; two invention patent applications.")),
				Target.SUBMITTED, null, null);
	}

	private static ProjectSeed krasInhibitor(LocalDate start) {
		return new ProjectSeed("rongxin-kras-inhibitor", "rongxin-biotech", WUHOU_BIOMEDICINE_CALL,
				"Preclinical development of an oral KRAS G12D inhibitor for pancreatic cancer",
				"KRAS G12D is the most frequent driver mutation in pancreatic cancer and has no approved targeted "
						+ "therapy. Starting from a lead series of its own, Rongxin optimises oral bioavailability and "
						+ "selectivity, completes GLP toxicology in two species and the chemistry, manufacturing and "
						+ "controls of the drug substance, and files an investigational new drug application; West "
						+ "China Hospital's oncologists design the first-in-human study.",
				List.of(BIOMEDICINE, "创新药物", "药物化学"), "chen-jing", List.of("zhou-min"), start, 30,
				List.of(line("MATERIALS", "Compound synthesis and scale-up", "200000.00"),
						line("TESTING", "Pharmacokinetics and selectivity panels", "150000.00"),
						line("OUTSOURCING", "GLP toxicology at a contract research organisation", "400000.00"),
						line("PERSONNEL", "Medicinal chemists", "100000.00"),
						line("TRAVEL", "Meetings with the regulator", "20000.00"),
						line("PUBLICATION", "Patent fees", "10000.00"),
						line("INDIRECT", "Management costs of the company", "120000.00")),
				List.of(new MilestoneSeed("Preclinical candidate nominated", 12,
						"Candidate with its efficacy, selectivity and pharmacokinetic package."),
						new MilestoneSeed("Investigational new drug application filed", 30,
								"GLP toxicology reports and the application as filed.")),
				Target.APPROVED, null, money("900000.00"));
	}

	private static ProjectSeed cartilageHydrogel(LocalDate start) {
		return new ProjectSeed("scu-cartilage-hydrogel", "scu", WUHOU_BIOMEDICINE_CALL,
				"Injectable self-healing hydrogel for the repair of knee cartilage defects",
				"Cartilage defects of the knee heal poorly and lead to osteoarthritis in young, active patients. "
						+ "The project develops an injectable hydrogel that heals itself after injection through "
						+ "dynamic covalent bonds, carries the patient's own chondrocytes into the defect, and tests "
						+ "repair in a large-animal model with a Wuhou medical device company.",
				List.of(BIOMEDICINE, "高分子材料", BIOMEDICAL_ENGINEERING), "huang-tao", List.of(), start, 24,
				List.of(line("MATERIALS", "Polymers, cells and culture media", "120000.00"),
						line("TESTING", "Mechanical and biocompatibility testing", "80000.00"),
						line("OUTSOURCING", "Large-animal study", "120000.00"),
						line("PERSONNEL", "Doctoral students", "30000.00"),
						line("TRAVEL", "Conferences", "10000.00"),
						line("INDIRECT", "Management costs of the university", "40000.00")),
				List.of(new MilestoneSeed("Hydrogel formulation fixed", 10,
						"Formulation with its gelation, self-healing and degradation data."),
						new MilestoneSeed("Repair shown in the large-animal model", 24,
								"Histology of the repaired defects at six months.")),
				Target.APPROVED, null, money("400000.00"));
	}

	private static ProjectSeed organoids(LocalDate start) {
		return new ProjectSeed("wch-organoids", "west-china-hospital", WUHOU_BIOMEDICINE_CALL,
				"Patient-derived tumour organoids to guide second-line therapy of advanced liver cancer",
				"Most patients with advanced hepatocellular carcinoma progress on first-line therapy, and the choice "
						+ "of the second line is guesswork. The project grows organoids from biopsies within ten days, "
						+ "tests the approved second-line drugs on them, and compares organoid-guided treatment with "
						+ "standard choice in a prospective study of 120 patients.",
				List.of(BIOMEDICINE, ONCOLOGY, "临床医学"), "zhang-wei", List.of("zhou-min"), start, 24,
				List.of(line("EQUIPMENT", "High-content imaging system", "80000.00"),
						line("MATERIALS", "Culture media and drugs", "180000.00"),
						line("TESTING", "Sequencing of organoids and biopsies", "150000.00"),
						line("PERSONNEL", "Two research technicians", "80000.00"),
						line("TRAVEL", "Conferences", "10000.00"),
						line("PUBLICATION", "Open-access fees", "10000.00"),
						line("INDIRECT", "Management costs of the hospital", "90000.00")),
				List.of(new MilestoneSeed("Organoid pipeline within ten days", 8,
						"Standard operating procedure and success rate of 40 organoid lines."),
						new MilestoneSeed("Prospective study completed", 24,
								"Study report comparing organoid-guided and standard second-line therapy.")),
				Target.RETURNED,
				"The ethics committee's approval for the use of patient biopsies is not attached. Please attach the "
						+ "approval letter and submit again.",
				null);
	}

	private static ProjectSeed freeformOptics(LocalDate start) {
		return new ProjectSeed("optics-freeform", "cas-optics-electronics", MANUFACTURING_CALL,
				"Ultra-precision machining and in-situ metrology of large-aperture freeform optics",
				"Freeform mirrors shrink space cameras and lithography optics, but metre-class freeform surfaces "
						+ "cannot yet be machined and measured in China to the accuracy needed. The project develops "
						+ "a five-axis ultra-precision grinding and polishing process with in-situ deflectometry that "
						+ "closes the loop between measurement and machining, targeting a form error below 50 "
						+ "nanometres on a 1-metre mirror.",
				List.of(ADVANCED_MANUFACTURING, OPTOELECTRONICS, PRECISION_OPTICS), "yang-xue", List.of(), start, 36,
				List.of(line("EQUIPMENT", "In-situ deflectometry system", "1000000.00"),
						line("MATERIALS", "Mirror blanks and polishing consumables", "400000.00"),
						line("TESTING", "Interferometric acceptance testing", "300000.00"),
						line("PERSONNEL", "Process engineers", "400000.00"),
						line("TRAVEL", "Partner visits", "50000.00"),
						line("PUBLICATION", "Patent fees", "30000.00"),
						line("INDIRECT", "Management costs of the institute", "320000.00")),
				List.of(new MilestoneSeed("Closed-loop process on a 300 mm mirror", 18,
						"Process specification and a 300 mm demonstrator."),
						new MilestoneSeed("1-metre freeform mirror", 36,
								"A 1-metre mirror with a form error below 50 nanometres.")),
				Target.DRAFT, null, null);
	}

	/** The first day of the second month after the call closes. */
	private static LocalDate start(CallSeed call) {
		return call.closesAt().atZone(DemoData.BUREAU_TIME_ZONE).toLocalDate().withDayOfMonth(1).plusMonths(2);
	}

	/** A budget line of an amount written as text, e.g. {@code "120000.00"}. */
	static BudgetLine line(String category, String description, String amount) {
		return new BudgetLine(category, description, money(amount));
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}

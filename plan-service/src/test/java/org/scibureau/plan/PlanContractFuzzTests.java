package org.scibureau.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.PropertyDefaults;

import org.springframework.test.web.reactive.server.WebTestClient;

import org.scibureau.plan.organisation.CreditCodes;
import org.scibureau.plan.project.ProjectWorld;
import org.scibureau.platform.test.contract.ContractFuzzProperties;
import org.scibureau.platform.test.contract.ContractFuzzer;

@PropertyDefaults(tries = 1200)
class PlanContractFuzzTests extends ContractFuzzProperties {

	PlanContractFuzzTests() {
		super(PlanServiceApplication.class, "plan");
	}

	/**
	 * A Wuhou organisation and the project it submitted to an open call. The call and its plan are public once
	 * announced, so they are no secret of anyone's; the fuzzer learns their ids from the answers.
	 */
	@Override
	protected Foreign foreign(WebTestClient http) {
		ProjectWorld world = new ProjectWorld(http);
		String callId = world.openCall();
		String organisation = world.organisation();
		String name = (String) world.get("/api/plan/organisations/" + organisation, PlanFixtures.planOfficer())
			.get("name");
		String owner = ProjectWorld.applicant(organisation);
		String marker = "Foreign project " + UUID.randomUUID();
		Map<String, Object> application = new HashMap<>(ProjectWorld.application(callId, UUID.randomUUID()));
		application.put("title", marker);
		String project = (String) world.post("/api/plan/projects", owner, application).get("id");
		world.act(project, "submission", owner, null);
		return new Foreign(Set.of(organisation, project), Set.of(name, marker));
	}

	@Override
	protected void configure(ContractFuzzer.Builder fuzzer) {
		fuzzer.examples("creditCode", CreditCodes.unique(), CreditCodes.unique(), CreditCodes.unique());
	}

}

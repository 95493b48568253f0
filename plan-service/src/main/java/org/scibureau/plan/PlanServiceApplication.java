package org.scibureau.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * plan-service: S&amp;T plans, programs, calls for proposals, project lifecycle, expert review.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlanServiceApplication.class, args);
	}

}

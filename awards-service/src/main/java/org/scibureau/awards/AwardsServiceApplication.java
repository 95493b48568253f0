package org.scibureau.awards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * awards-service: S&amp;T awards: nominations, review, public notice and objections, decisions.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AwardsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AwardsServiceApplication.class, args);
	}

}

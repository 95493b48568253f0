package org.scibureau.talent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * talent-service: researchers and experts, foreign experts and work permits, talent programs, research integrity.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TalentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TalentServiceApplication.class, args);
	}

}

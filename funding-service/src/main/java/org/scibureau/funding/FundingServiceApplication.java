package org.scibureau.funding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * funding-service: funds, allocation to approved projects, tranches, freezes, final accounts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FundingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(FundingServiceApplication.class, args);
	}

}

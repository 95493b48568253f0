package org.scibureau.ip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ip-service: patents, IP protection cases, technology-contract registration, achievement transfer.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IpServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IpServiceApplication.class, args);
	}

}

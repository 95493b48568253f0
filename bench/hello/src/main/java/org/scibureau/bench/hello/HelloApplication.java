package org.scibureau.bench.hello;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare Spring Boot WebFlux application: one GET and the actuator's health. The bench starts it as it starts the
 * services (unpacked, same JVM options) and takes its memory as the reference for theirs.
 */
@SpringBootApplication
@RestController
public class HelloApplication {

	/**
	 * Starts the application.
	 * @param arguments the command line
	 */
	public static void main(String[] arguments) {
		SpringApplication.run(HelloApplication.class, arguments);
	}

	/** The one GET. */
	@GetMapping("/hello")
	String hello() {
		return "hello";
	}

}

package org.scibureau.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest service the starter configures: one controller, one event listener, two tables.
 */
@SpringBootApplication
public class TestApplication {

}

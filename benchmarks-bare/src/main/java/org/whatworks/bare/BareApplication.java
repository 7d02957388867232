package org.whatworks.bare;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the search load test: a Spring Boot app whose one endpoint answers a
 * query with a small JSON list and does no work, so that the site's figures can be given
 * as a share of what the framework alone serves on the same machine in the same run.
 */
@SpringBootApplication
@RestController
public class BareApplication {

	/** One item of the list. */
	public record Item(String id, String title, int rank) {
	}

	@GetMapping("/bare")
	public List<Item> bare(@RequestParam(name = "q", defaultValue = "") String q) {
		return List.of(new Item("health/one", "First " + q, 1), new Item("education/two", "Second " + q, 2),
				new Item("crime/three", "Third " + q, 3));
	}

	public static void main(String[] args) {
		SpringApplication.run(BareApplication.class, args);
	}

}

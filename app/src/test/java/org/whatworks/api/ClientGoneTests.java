package org.whatworks.api;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A client that closes the connection mid-answer is not an error of ours: no ERROR line
 * with a stack trace in the log (a load test's end logged dozens), and no problem answer
 * written to a connection that is gone. A real failure still is an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ApiExceptionHandler())
		.build();

	@Test
	void aClientThatWentAwayIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
		var result = this.mvc.perform(get("/api/test/gone")).andReturn();
		assertThat(result.getResponse().getStatus()).isNotEqualTo(500);
		assertThat(result.getResponse().getContentAsString()).isEmpty();
		assertThat(output).doesNotContain("ERROR").doesNotContain("Broken pipe");
	}

	@Test
	void aRealFailureStillIs(CapturedOutput output) throws Exception {
		var result = this.mvc.perform(get("/api/test/broken")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(500);
		assertThat(output).contains("ERROR").contains("Unexpected error answering /api/test/broken");
	}

	@RestController
	static class Failing {

		@GetMapping("/api/test/gone")
		String gone() throws AsyncRequestNotUsableException {
			throw new AsyncRequestNotUsableException("ServletOutputStream failed to write",
					new IOException("Broken pipe"));
		}

		@GetMapping("/api/test/broken")
		String broken() {
			throw new IllegalStateException("a bug");
		}

	}

}

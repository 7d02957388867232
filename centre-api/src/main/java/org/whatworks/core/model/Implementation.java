package org.whatworks.core.model;

import java.net.URI;

/**
 * What it takes to deliver an approach, as the centre publishes it (for example on an EIF
 * Guidebook programme page). Every field but {@code source} is optional: a field the
 * centre does not publish is null, never guessed.
 *
 * @param format how it is delivered, such as "group sessions for parents", or null
 * @param duration duration and dosage, such as "14 weekly sessions of two hours", or null
 * @param deliveredBy who delivers it, or null
 * @param qualifications the qualifications the people who deliver it need, or null
 * @param training the training they need, or null
 * @param manual whether a manual or materials are available: true, false, or null when
 * the centre does not say
 * @param licensed whether only a licensed provider may deliver it: true, false, or null
 * when the centre does not say
 * @param source the centre's page that shows these facts; never null
 */
public record Implementation(String format, String duration, String deliveredBy, String qualifications, String training,
		Boolean manual, Boolean licensed, URI source) {

	/**
	 * Whether the centre says a manual or materials and training are available, which is
	 * what the network calls ready to implement.
	 */
	public boolean readyToImplement() {
		return Boolean.TRUE.equals(this.manual) && this.training != null;
	}

}

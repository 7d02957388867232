package org.whatworks.core.model;

/**
 * Who answers for a centre's content.
 *
 * @param team the owning team's name
 * @param email a contact address for content questions
 */
public record Owner(String team, String email) {
}

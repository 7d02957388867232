package org.whatworks.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in to the admin area, under {@code whatworks.admin}. There are no users
 * unless configured; the {@code dev} profile adds {@code admin}/{@code admin} for local
 * work only.
 *
 * @param users the people who may sign in
 */
@ConfigurationProperties("whatworks.admin")
record AdminUsersProperties(List<User> users) {

	AdminUsersProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * One person who may sign in.
	 *
	 * @param name the user name typed at sign-in
	 * @param passwordHash the BCrypt hash of the password ({@code $2a$...}, optionally
	 * prefixed with {@code {bcrypt}}); never the password itself
	 * @param role {@code network-admin} (everything) or {@code centre-editor} (one
	 * centre's report and reindex)
	 * @param centre for a centre editor, the id of the centre they edit
	 */
	record User(String name, String passwordHash, AdminRole role, String centre) {

	}

}

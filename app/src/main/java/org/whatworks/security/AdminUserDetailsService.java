package org.whatworks.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The admin users from configuration. Refuses to start on a user without a BCrypt hash,
 * without a role, or a centre editor without a centre, naming the property to fix.
 */
class AdminUserDetailsService implements UserDetailsService {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	private final Map<String, AdminUsersProperties.User> users = new LinkedHashMap<>();

	AdminUserDetailsService(AdminUsersProperties properties) {
		List<AdminUsersProperties.User> configured = properties.users();
		for (int i = 0; i < configured.size(); i++) {
			AdminUsersProperties.User user = configured.get(i);
			String prefix = "whatworks.admin.users[" + i + "].";
			require(user.name() != null && !user.name().isBlank(), prefix + "name", "a user name");
			require(user.passwordHash() != null && BCRYPT.matcher(hash(user.passwordHash())).matches(),
					prefix + "password-hash", "a BCrypt hash such as $2a$10$... (never a plain password)");
			require(user.role() != null, prefix + "role", "network-admin or centre-editor");
			require(user.role() != AdminRole.CENTRE_EDITOR || (user.centre() != null && !user.centre().isBlank()),
					prefix + "centre", "the id of the centre a centre-editor edits");
			require(!this.users.containsKey(user.name()), prefix + "name", "a name no other user has");
			this.users.put(user.name(), user);
		}
	}

	private static void require(boolean condition, String property, String allowed) {
		if (!condition) {
			throw new IllegalStateException("Invalid admin user configuration: " + property + " must be " + allowed);
		}
	}

	private static String hash(String configured) {
		return configured.startsWith("{bcrypt}") ? configured.substring("{bcrypt}".length()) : configured;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AdminUsersProperties.User user = this.users.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("No such admin user");
		}
		return new AdminUser(user.name(), hash(user.passwordHash()), user.role(),
				(user.role() == AdminRole.CENTRE_EDITOR) ? user.centre() : null);
	}

	int count() {
		return this.users.size();
	}

}

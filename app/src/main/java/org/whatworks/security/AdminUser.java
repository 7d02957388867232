package org.whatworks.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in admin user: a network admin, or a centre editor with the centre they edit.
 */
public final class AdminUser extends User {

	private final AdminRole role;

	private final String centre;

	AdminUser(String name, String passwordHash, AdminRole role, String centre) {
		super(name, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.role())));
		this.role = role;
		this.centre = centre;
	}

	public AdminRole role() {
		return this.role;
	}

	/** The centre a centre editor edits; null for a network admin. */
	public String centre() {
		return this.centre;
	}

	/** Whether this user may see and act on a centre's admin pages. */
	public boolean mayEdit(String centreId) {
		return this.role == AdminRole.NETWORK_ADMIN || (centreId != null && centreId.equals(this.centre));
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}

/**
 * Who may do what: the public site and API are anonymous and read-only (with a rate limit
 * on the API); admin pages need a signed-in network admin or the editor of that centre;
 * operations endpoints other than health and info need a network admin. Sets the security
 * headers on every response.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "network", "core :: *" })
package org.whatworks.security;

/**
 * Who may do what: the public site and API are anonymous and read-only; admin pages and
 * operations endpoints other than health and info need a signed-in administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.whatworks.security;

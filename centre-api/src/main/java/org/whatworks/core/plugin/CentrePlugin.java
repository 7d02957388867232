package org.whatworks.core.plugin;

/**
 * The contract by which a centre plugs into the network.
 * <p>
 * A centre module provides one implementation and registers it as a bean through a Spring
 * Boot auto-configuration listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 * Everything else a centre contributes (scales, taxonomies, crosswalk, synonyms, entries)
 * is data under {@code whatworks/centres/<id>/} in its jar, read through
 * {@link #content()}.
 * <p>
 * Lifecycle: the application collects every plugin at start-up; {@link CentreRegistry}
 * refuses duplicate ids, unknown ids in configuration and incompatible contract versions;
 * then {@link #content()} is read and validated at start-up and again on every reload. A
 * plugin holds no state and must not start threads.
 */
public interface CentrePlugin {

	/**
	 * The version of this contract. A centre built for another version is refused with a
	 * message naming both.
	 */
	int CONTRACT_VERSION = 1;

	/**
	 * The centre's stable id: lower-case kebab case, unique in the network, equal to the
	 * {@code id} in its {@code centre.yaml} and to its content folder's name.
	 */
	String id();

	/**
	 * The contract version this centre was built for, normally {@link #CONTRACT_VERSION}.
	 */
	int contractVersion();

	/**
	 * Where the centre's content files are. By default the folder
	 * {@code whatworks/centres/<id>/} on the class path of the plugin's own class loader.
	 */
	default ContentSource content() {
		return ContentSource.classpath(getClass().getClassLoader(), id());
	}

}

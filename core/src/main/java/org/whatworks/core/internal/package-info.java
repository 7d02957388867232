/**
 * Core internals: not part of any contract, may change at any time.
 */
package org.whatworks.core.internal;

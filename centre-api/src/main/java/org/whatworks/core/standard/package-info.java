/**
 * The network evidence standard: common effect, confidence, cost band, the evidence band
 * core derives from them, the three shared vocabularies, and the crosswalk by which each
 * centre maps its native ratings and terms onto them.
 */
@NamedInterface("standard")
@NullMarked
package org.whatworks.core.standard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

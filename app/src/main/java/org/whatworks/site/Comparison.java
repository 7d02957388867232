package org.whatworks.site;

/**
 * One step of 'how we compared this': a native value, the crosswalk rule it matched, and
 * what that rule set on the network standard.
 *
 * @param scaleName the native scale's name
 * @param value the native value's label
 * @param rule what the rule matches, such as 'level 4' or '1 to 12'
 * @param sets what the rule set, such as 'effect Positive, confidence Strong (4)'
 */
public record Comparison(String scaleName, String value, String rule, String sets) {
}

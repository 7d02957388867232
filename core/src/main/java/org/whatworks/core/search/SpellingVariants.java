package org.whatworks.core.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Folds American spellings of lower-cased words onto the British spelling used in the
 * network's content, so that both spellings match. Applied to every word before stemming,
 * at index and at query time alike.
 */
final class SpellingVariants {

	/** Whole words: American spelling to British. */
	private static final Map<String, String> WORDS = new HashMap<>();

	/** Words ending in -ize/-yze that are spelled that way in British English too. */
	private static final Set<String> KEEP_IZE = Set.of("size", "sizes", "sized", "sizing", "prize", "prizes", "prized",
			"seize", "seizes", "seized", "seizing", "seizure", "seizures", "maize", "capsize", "capsized", "downsize",
			"downsized", "downsizing", "resize", "resized", "oversize", "oversized", "outsize", "undersized", "bronze",
			"citizen", "citizens", "citizenship", "baize", "assize", "assizes");

	static {
		// -or / -our
		for (String stem : new String[] { "behavio", "neighbo", "colo", "favo", "labo", "harbo", "hono", "humo", "rumo",
				"vapo", "savo", "endeavo", "flavo", "odo", "ardo", "vigo", "clamo", "splendo", "parlo", "tumo", "rigo",
				"armo", "cando", "demeano", "fervo" }) {
			for (String ending : new String[] { "r", "rs", "ral", "rally", "red", "ring", "rhood", "rhoods", "rable",
					"rist", "rists", "rite", "rites", "rism", "rless" }) {
				WORDS.put(stem + ending, stem + "u" + ending);
			}
		}
		// -er / -re, -ense / -ence, -og / -ogue
		put("center", "centre", "centers", "centres", "centered", "centred", "theater", "theatre", "theaters",
				"theatres", "fiber", "fibre", "fibers", "fibres", "liter", "litre", "liters", "litres", "caliber",
				"calibre", "somber", "sombre", "defense", "defence", "defenses", "defences", "offense", "offence",
				"offenses", "offences", "license", "licence", "licenses", "licences", "pretense", "pretence", "catalog",
				"catalogue", "catalogs", "catalogues", "dialog", "dialogue", "dialogs", "dialogues", "analog",
				"analogue");
		// program / programme
		put("program", "programme", "programs", "programmes", "programing", "programming");
		// ae / oe and other medical spellings
		put("pediatric", "paediatric", "pediatrics", "paediatrics", "pediatrician", "paediatrician", "pediatricians",
				"paediatricians", "anesthetic", "anaesthetic", "anesthetics", "anaesthetics", "anesthesia",
				"anaesthesia", "anesthetist", "anaesthetist", "anemia", "anaemia", "anemic", "anaemic", "hemoglobin",
				"haemoglobin", "hematology", "haematology", "hemorrhage", "haemorrhage", "leukemia", "leukaemia",
				"orthopedic", "orthopaedic", "orthopedics", "orthopaedics", "gynecology", "gynaecology", "gynecologist",
				"gynaecologist", "estrogen", "oestrogen", "esophagus", "oesophagus", "edema", "oedema", "diarrhea",
				"diarrhoea", "fetus", "foetus", "fetal", "foetal", "etiology", "aetiology", "dyslipidemia",
				"dyslipidaemia", "hyperglycemia", "hyperglycaemia", "hypoglycemia", "hypoglycaemia", "septicemia",
				"septicaemia", "ischemia", "ischaemia", "ischemic", "ischaemic", "encyclopedia", "encyclopaedia",
				"archeology", "archaeology", "maneuver", "manoeuvre", "maneuvers", "manoeuvres", "cesarean",
				"caesarean", "cesareans", "caesareans", "esophageal", "oesophageal", "hematoma", "haematoma",
				"hemodialysis", "haemodialysis", "hemophilia", "haemophilia", "skeptic", "sceptic", "skeptics",
				"sceptics", "skeptical", "sceptical", "skepticism", "scepticism");
		// ageing, doubled l, and others
		put("aging", "ageing", "counseling", "counselling", "counselor", "counsellor", "counselors", "counsellors",
				"traveling", "travelling", "traveled", "travelled", "traveler", "traveller", "travelers", "travellers",
				"modeling", "modelling", "modeled", "modelled", "labeled", "labelled", "labeling", "labelling",
				"canceled", "cancelled", "canceling", "cancelling", "fueled", "fuelled", "fueling", "fuelling",
				"signaling", "signalling", "enroll", "enrol", "enrollment", "enrolment", "enrollments", "enrolments",
				"fulfill", "fulfil", "fulfillment", "fulfilment", "skillful", "skilful", "installment", "instalment",
				"jewelry", "jewellery", "gray", "grey", "mold", "mould", "moldy", "mouldy", "plow", "plough", "cozy",
				"cosy", "mom", "mum", "moms", "mums", "pajamas", "pyjamas", "aluminum", "aluminium", "math", "maths",
				"practicing", "practising", "practiced", "practised", "judgment", "judgement", "acknowledgment",
				"acknowledgement", "sulfur", "sulphur", "mustache", "moustache");
	}

	/** The keys of {@link #WORDS}, looked up without making strings. */
	private static final CharArraySet WORD_KEYS = new CharArraySet(WORDS.keySet(), false);

	private SpellingVariants() {
	}

	private static void put(String... pairs) {
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (!pairs[i].equals(pairs[i + 1]) && !pairs[i].contains(" ") && !pairs[i + 1].contains(" ")) {
				WORDS.put(pairs[i], pairs[i + 1]);
			}
		}
	}

	/**
	 * The British spelling of a lower-cased word, or the word itself.
	 * @param word a lower-cased word
	 * @return the folded word
	 */
	static String fold(String word) {
		String mapped = WORDS.get(word);
		if (mapped != null) {
			return mapped;
		}
		if (word.length() > 5 && !KEEP_IZE.contains(word)) {
			String folded = foldIze(word);
			if (folded != null) {
				return folded;
			}
		}
		return word;
	}

	/** -ize/-yze endings and their British forms, longest first. */
	private static final String[][] IZE_ENDINGS = { { "izations", "isations" }, { "ization", "isation" },
			{ "izers", "isers" }, { "izer", "iser" }, { "izing", "ising" }, { "izes", "ises" }, { "ized", "ised" },
			{ "ize", "ise" }, { "yzing", "ysing" }, { "yzes", "yses" }, { "yzed", "ysed" }, { "yzer", "yser" },
			{ "yze", "yse" } };

	/**
	 * Whether a lower-cased word in a buffer might be folded: it is a known American
	 * spelling or has a 'z' near its end. Lets the analysis skip most words without
	 * making a string of them.
	 */
	static boolean mayFold(char[] buffer, int length) {
		if (length > 5) {
			for (int i = Math.max(0, length - 8); i < length; i++) {
				if (buffer[i] == 'z') {
					return true;
				}
			}
		}
		return WORD_KEYS.contains(buffer, 0, length);
	}

	private static String foldIze(String word) {
		if (word.indexOf('z') < 0) {
			return null;
		}
		for (String[] ending : IZE_ENDINGS) {
			if (word.endsWith(ending[0])) {
				String stem = word.substring(0, word.length() - ending[0].length());
				if (stem.length() >= 2) {
					return stem + ending[1];
				}
			}
		}
		return null;
	}

}

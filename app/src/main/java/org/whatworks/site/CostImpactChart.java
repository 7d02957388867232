package org.whatworks.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.standard.NetworkStandard;

/**
 * A cost-versus-impact chart for a centre that rates both: its first NUMERIC headline
 * scale (impact) against the network cost band. Drawn as server-side SVG, with the same
 * data as a table for people who cannot see the chart.
 *
 * @param impactName the impact scale's name
 * @param impactUnit the unit of impact
 * @param points one point per entry with both values
 * @param yMin the lowest impact on the axis
 * @param yMax the highest impact on the axis
 * @param yTicks impact values to label
 */
public record CostImpactChart(String impactName, String impactUnit, List<Point> points, double yMin, double yMax,
		List<Integer> yTicks) {

	static final int WIDTH = 640;

	static final int HEIGHT = 400;

	static final int LEFT = 70;

	static final int RIGHT = 20;

	static final int TOP = 20;

	static final int BOTTOM = 60;

	/**
	 * One entry on the chart.
	 *
	 * @param entry the entry
	 * @param impact the impact value
	 * @param impactLabel the impact as the centre writes it
	 * @param costBand the network cost band 1-5
	 * @param x the x position in SVG units
	 * @param y the y position in SVG units
	 */
	public record Point(EvidenceEntry entry, double impact, String impactLabel, int costBand, double x, double y) {

		public String costLabel() {
			return NetworkStandard.costBandLabel(this.costBand);
		}

		/**
		 * The cost in pounds as the centre gives it, such as "£140 per pupil per year
		 * (2023 prices)", or null when it gives none.
		 */
		public String pounds() {
			return (this.entry.cost() != null) ? this.entry.cost().label() : null;
		}

	}

	static Optional<CostImpactChart> of(LoadedCentre centre) {
		Optional<RatingScale> impact = centre.centre()
			.headline()
			.stream()
			.map((id) -> centre.definition().scale(id).orElse(null))
			.filter((scale) -> scale != null && scale.kind() == ScaleKind.NUMERIC)
			.findFirst();
		if (impact.isEmpty()) {
			return Optional.empty();
		}
		RatingScale scale = impact.get();
		List<Object[]> raw = new ArrayList<>();
		for (EvidenceEntry entry : centre.entries()) {
			String value = entry.ratings().get(scale.id());
			Integer cost = entry.network().costBand();
			if (value == null || cost == null) {
				continue;
			}
			try {
				raw.add(new Object[] { entry, Double.parseDouble(value), cost });
			}
			catch (NumberFormatException ex) {
				// not drawable
			}
		}
		if (raw.size() < 2) {
			return Optional.empty();
		}
		double lo = raw.stream().mapToDouble((r) -> (double) r[1]).min().orElse(0);
		double hi = raw.stream().mapToDouble((r) -> (double) r[1]).max().orElse(1);
		double yMin = Math.min(0, Math.floor(lo)) - 1;
		double yMax = Math.ceil(hi) + 1;
		List<Integer> ticks = new ArrayList<>();
		int step = (int) Math.max(1, Math.ceil((yMax - yMin) / 8));
		for (int tick = (int) Math.ceil(yMin); tick <= yMax; tick += step) {
			ticks.add(tick);
		}
		Map<String, Integer> seen = new HashMap<>();
		List<Point> points = new ArrayList<>();
		for (Object[] r : raw) {
			EvidenceEntry entry = (EvidenceEntry) r[0];
			double value = (double) r[1];
			int cost = (int) r[2];
			int nth = seen.merge(cost + ":" + value, 1, Integer::sum) - 1;
			double offset = ((nth % 2 == 0) ? 1 : -1) * ((nth + 1) / 2) * 9.0;
			points.add(new Point(entry, value, scale.labelOf(r[1].toString().replaceAll("\\.0$", "")), cost,
					xOf(cost) + offset, yOf(value, yMin, yMax)));
		}
		return Optional.of(new CostImpactChart(scale.name(), scale.unit(), points, yMin, yMax, ticks));
	}

	static double xOf(int costBand) {
		return LEFT + (costBand - 0.5) * (WIDTH - LEFT - RIGHT) / 5.0;
	}

	static double yOf(double value, double yMin, double yMax) {
		return TOP + (yMax - value) * (HEIGHT - TOP - BOTTOM) / (yMax - yMin);
	}

	public double y(int value) {
		return yOf(value, this.yMin, this.yMax);
	}

	public double x(int costBand) {
		return xOf(costBand);
	}

	public String costLabel(int costBand) {
		return NetworkStandard.costBandLabel(costBand);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int top() {
		return TOP;
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	/** Whether the centre gives a cost in pounds for any entry on the chart. */
	public boolean anyPounds() {
		return this.points.stream().anyMatch((point) -> point.pounds() != null);
	}

	public List<Integer> costBands() {
		return List.of(1, 2, 3, 4, 5);
	}

}

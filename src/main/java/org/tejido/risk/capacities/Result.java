package org.tejido.risk.capacities;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The results of collective protection a collective can check itself against, after the
 * examples of Protection International (2024, §4.2), grouped by dimension. The texts are
 * in the {@code capacities} bundles as {@code capacities.result.<code>}.
 */
public enum Result {

	PATROL("patrol", Group.TERRITORY), PLANS("plans", Group.TERRITORY), STRANGERS("strangers", Group.TERRITORY),
	DOCUMENT("document", Group.TERRITORY), STAY("stay", Group.TERRITORY),

	COHESION("cohesion", Group.INTERNAL), CONFLICTS("conflicts", Group.INTERNAL), CARE("care", Group.INTERNAL),
	COMMUNICATION("communication", Group.INTERNAL),

	MEETINGS("meetings", Group.EXTERNAL), AUTHORITIES("authorities", Group.EXTERNAL),
	NETWORKS("networks", Group.EXTERNAL), LEGAL("legal", Group.EXTERNAL), PRIVATE("private", Group.EXTERNAL),
	ACTIONS("actions", Group.EXTERNAL), STATE("state", Group.EXTERNAL);

	private final String code;

	private final Group group;

	Result(String code, Group group) {
		this.code = code;
		this.group = group;
	}

	public String code() {
		return this.code;
	}

	public Group group() {
		return this.group;
	}

	public static Optional<Result> fromCode(String code) {
		return Arrays.stream(values()).filter((result) -> result.code.equals(code)).findFirst();
	}

	/** The dimension a result belongs to. */
	public enum Group {

		TERRITORY("territory"), INTERNAL("internal"), EXTERNAL("external");

		private final String code;

		Group(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

		public List<Result> results() {
			return Arrays.stream(Result.values()).filter((result) -> result.group == this).toList();
		}

	}

}

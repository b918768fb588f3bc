package org.tejido.library.packs;

import java.util.List;
import java.util.Map;

/**
 * What a pack changed since the previous one, path by path: a path only in the new pack
 * was added, one only in the old was removed, one in both with another hash was changed.
 * The pack's own notes (its README, CHANGES, changes pages and signature files) are left
 * out, since they differ every time.
 *
 * @param since what the comparison is with ({@code none} for a first pack)
 */
public record PackChanges(String since, List<String> added, List<String> changed, List<String> removed) {

	public static PackChanges between(String since, Manifest before, Manifest after) {
		Map<String, String> old = before.hashes();
		Map<String, String> now = after.hashes();
		List<String> added = now.keySet()
			.stream()
			.filter((path) -> !old.containsKey(path))
			.filter(PackChanges::counts)
			.toList();
		List<String> removed = old.keySet()
			.stream()
			.filter((path) -> !now.containsKey(path))
			.filter(PackChanges::counts)
			.toList();
		List<String> changed = now.keySet()
			.stream()
			.filter((path) -> old.containsKey(path) && !old.get(path).equals(now.get(path)))
			.filter(PackChanges::counts)
			.toList();
		return new PackChanges(since, added, changed, removed);
	}

	public boolean first() {
		return this.since.equals("none");
	}

	public boolean none() {
		return this.added.isEmpty() && this.changed.isEmpty() && this.removed.isEmpty();
	}

	/** Whether a path is content whose change matters to a reader. */
	static boolean counts(String path) {
		return !PackLayout.NOTES.contains(path) && !path.endsWith("/changes.html");
	}

	/** {@code CHANGES.txt}: one line per path, grouped. */
	public String text(String builtAt) {
		StringBuilder text = new StringBuilder("Tejido library pack built ").append(builtAt).append('\n');
		if (first()) {
			text.append("First pack: there is no earlier pack of these languages to compare with.\n");
			return text.toString();
		}
		text.append("Compared with: ").append(this.since).append('\n');
		text.append(this.added.size())
			.append(" added, ")
			.append(this.changed.size())
			.append(" changed, ")
			.append(this.removed.size())
			.append(" removed\n");
		section(text, "Added", this.added);
		section(text, "Changed", this.changed);
		section(text, "Removed", this.removed);
		return text.toString();
	}

	private static void section(StringBuilder text, String title, List<String> paths) {
		if (paths.isEmpty()) {
			return;
		}
		text.append('\n').append(title).append(":\n");
		paths.forEach((path) -> text.append("  ").append(path).append('\n'));
	}

}

package org.tejido.library.packs;

/**
 * What a pack build made.
 *
 * @param entries files in the pack, its manifest and signature included
 * @param resources resources described
 * @param filesCopied attached files copied into the pack
 * @param filesLeftOut attached files left out because their licence does not allow copies
 * @param bytes size of the ZIP file
 * @param fingerprint the fingerprint of the key that signed it
 */
public record PackReport(int entries, int resources, int filesCopied, int filesLeftOut, long bytes, String fingerprint,
		PackChanges changes) {

	/** A line for the operator. */
	public String summary() {
		return "Pack of " + this.resources + " resources: " + this.entries + " files (" + this.filesCopied
				+ " attached files copied, " + this.filesLeftOut + " left out by their licence), " + this.bytes
				+ " bytes; "
				+ (this.changes.first() ? "first pack of these languages"
						: this.changes.added().size() + " added, " + this.changes.changed().size() + " changed, "
								+ this.changes.removed().size() + " removed since " + this.changes.since())
				+ ". Signed by the key " + this.fingerprint + ".";
	}

}

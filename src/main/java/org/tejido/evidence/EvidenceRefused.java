package org.tejido.evidence;

/**
 * A file that cannot be taken as evidence (empty, too large, its type not what its name
 * says); nothing of it is kept.
 */
public class EvidenceRefused extends RuntimeException {

	private final String messageKey;

	private final int status;

	/**
	 * @param messageKey a key of the message bundles saying why, in the reader's language
	 * @param status the HTTP status that answers it (413, 415 or 422)
	 */
	public EvidenceRefused(String messageKey, int status) {
		super(messageKey);
		this.messageKey = messageKey;
		this.status = status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public int status() {
		return this.status;
	}

}

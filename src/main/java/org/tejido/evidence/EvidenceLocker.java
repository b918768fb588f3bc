package org.tejido.evidence;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where other modules put the files they gather (a patrol's photos, an observation's
 * audio): sealed on arrival, kept encrypted with the collective's key, with their custody
 * recorded.
 */
public interface EvidenceLocker {

	/**
	 * Seals a file in the caller's transaction: hash and size of the original bytes, the
	 * type read from them, the time of receipt and who sent it; the device metadata is
	 * kept in the sealed original while the shared copy is stripped of location and
	 * device data unless the collective chose otherwise.
	 * @param submitter the member who sent it, or nothing when it came by another way
	 * @throws EvidenceRefused when the file is empty, too large, or not of the type its
	 * name says
	 */
	SealedItem seal(UUID collective, @Nullable UUID submitter, String fileName, InputStream content);

	/** The items of the collective among these ids (others are left out). */
	List<SealedItem> items(UUID collective, Collection<UUID> ids);

}

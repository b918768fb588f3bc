package org.tejido.territory.geo;

/**
 * How much of a file is read before it is refused.
 *
 * @param maxBytes bytes of the file as uploaded
 * @param maxFeatures features in one file
 * @param maxVerticesPerGeometry vertices in one feature's geometry
 * @param maxVerticesTotal vertices in the whole file
 * @param maxZipEntries entries in a KMZ
 * @param maxInflatedBytes bytes inflated from all the entries of a KMZ together
 * @param maxCompressionRatio inflated bytes per compressed byte read, checked while
 * inflating once a mebibyte has come out
 */
public record GeoLimits(long maxBytes, int maxFeatures, int maxVerticesPerGeometry, long maxVerticesTotal,
		int maxZipEntries, long maxInflatedBytes, int maxCompressionRatio) {

	public GeoLimits {
		if (maxBytes <= 0 || maxFeatures <= 0 || maxVerticesPerGeometry <= 0 || maxVerticesTotal <= 0
				|| maxZipEntries <= 0 || maxInflatedBytes <= 0 || maxCompressionRatio <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	/**
	 * 20 MB, 50,000 features, 200,000 vertices a geometry, 1,000,000 in all; KMZ: 1,000
	 * entries, 100 MB, 100:1.
	 */
	public static GeoLimits defaults() {
		return new GeoLimits(20_000_000L, 50_000, 200_000, 1_000_000L, 1_000, 100_000_000L, 100);
	}

}

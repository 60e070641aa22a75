package id.kinerja.planning;

/** How indicators are written: measurable targets with units, or described in words. */
public enum Approach {

	KUANTITATIF, KUALITATIF

}

package id.kinerja.agency.web;

import org.jspecify.annotations.Nullable;

/**
 * Where a unit moves.
 *
 * @param parentCode the new unit above, or empty for the top (Admin BKPSDM only)
 * @param version the version that was edited (to detect a concurrent change)
 */
record UnitMoveForm(@Nullable String parentCode, @Nullable Long version) {
}

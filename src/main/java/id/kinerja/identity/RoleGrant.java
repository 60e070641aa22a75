package id.kinerja.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role granted to an account, limited to a unit subtree when {@code unitId} is set.
 *
 * @param roleName the role
 * @param agencyId the agency in which it holds
 * @param unitId the root of the unit subtree it is limited to, or null for the whole
 * agency
 */
@Table("role_grant")
public record RoleGrant(Role roleName, long agencyId, @Nullable Long unitId) implements Serializable {
}

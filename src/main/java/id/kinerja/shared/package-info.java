/**
 * Value types and small contracts that every module uses: the audited entity base, the
 * acting user, the NIP, localised business exceptions.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package id.kinerja.shared;

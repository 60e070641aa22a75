/**
 * Evidence storage (bukti dukung): keeps the files that support realisations in a local
 * folder or an S3-compatible object store, checks their names, types and sizes, and ties
 * their lifetime to the database transaction that records them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package id.kinerja.storage;

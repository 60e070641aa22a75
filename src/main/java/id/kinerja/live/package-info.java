/**
 * Live updates pushed to open pages, through the database so that it works across app
 * nodes. A write calls {@link id.kinerja.live.LiveEvents#publish} inside its transaction:
 * a row of {@code live_event} commits with the change (and vanishes with a rollback).
 * Every node polls the table about twice a second for rows above the last id it has seen
 * (starting from the highest id at start-up, and re-reading ids skipped by transactions
 * still open) and sends each row's topic as a Server-Sent Event to the connections of
 * this node that listen to it. {@code GET /live} opens such a connection; its topics come
 * only from the signed-in user ({@code employee:<own id>} and {@code team:<own id>}),
 * never from the request, so nobody hears someone else's events. Connections get a
 * heartbeat comment every 20 s, end after 10 minutes (the browser reconnects) and are
 * capped per user. Old rows are pruned by a job that runs once across nodes (ShedLock).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
@org.jspecify.annotations.NullMarked
package id.kinerja.live;

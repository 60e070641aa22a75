/**
 * Performance dialogues (dialog kinerja) with their agreed actions, and coaching,
 * mentoring and counselling sessions with the employee's feedback and the coach's
 * competence evaluation. Named so that the demo seeder may call its seeding helper.
 */
@org.springframework.modulith.NamedInterface("dialogue")
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.dialogue;

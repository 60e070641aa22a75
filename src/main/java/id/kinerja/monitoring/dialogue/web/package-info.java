/** Pages and JSON endpoints of dialogues and coaching sessions. */
@org.jspecify.annotations.NullMarked
package id.kinerja.monitoring.dialogue.web;

package id.kinerja.audit.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the trail writes a row's state: the fields (not the getters) in alphabetical order,
 * map entries too, leaving out what is marked {@code @JsonIgnore}.
 */
public final class AuditJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultVisibility((visibility) -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY)
			.withGetterVisibility(JsonAutoDetect.Visibility.NONE)
			.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private AuditJson() {
	}

	/** Return the state as JSON, or null for no state. */
	public static @Nullable String write(@Nullable Object state) {
		if (state == null) {
			return null;
		}
		if (state instanceof String json) {
			return json;
		}
		return MAPPER.writeValueAsString(state);
	}

}

package id.kinerja;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the two languages in step: every key in both bundles, every key a template or the
 * code names present, and no literal text in templates.
 */
class I18nSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path SOURCES = Path.of("src/main/java");

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).toList();
		}
	}

	@Test
	void bothBundlesHoldTheSameKeys() throws IOException {
		Set<String> indonesian = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
		assertThat(english).as("keys missing in messages_en.properties").containsAll(indonesian);
		assertThat(indonesian).as("keys missing in messages.properties").containsAll(english);
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		Pattern templateKey = Pattern.compile("#\\{([a-z][a-zA-Z0-9_.-]+)[}(]");
		Pattern codeKey = Pattern.compile(
				"\"((?:shared|web|identity|audit|agency|employee|home|layout|app)\\.[a-z][a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");
		Pattern constraintKey = Pattern.compile("\"\\{([a-z][a-zA-Z0-9_-]*\\.[a-zA-Z0-9_.-]+)}\"");
		List<String> missing = new ArrayList<>();
		for (Path template : files(RESOURCES.resolve("templates"), ".html")) {
			collectMissing(Files.readString(template), templateKey, keys, template, missing);
		}
		for (Path source : files(SOURCES, ".java")) {
			String code = Files.readString(source);
			collectMissing(code, codeKey, keys, source, missing);
			collectMissing(code, constraintKey, keys, source, missing);
		}
		assertThat(missing).isEmpty();
	}

	private static void collectMissing(String text, Pattern pattern, Set<String> keys, Path file,
			List<String> missing) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String key = matcher.group(1);
			boolean prefix = key.endsWith(".");
			if (prefix ? keys.stream().noneMatch((k) -> k.startsWith(key)) : !keys.contains(key)) {
				missing.add(file.getFileName() + ": " + key);
			}
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		Pattern textNode = Pattern.compile(">([^<>]*)<");
		Pattern literalAttribute = Pattern
			.compile("\\s(?:placeholder|title|alt|aria-label)=\"([^\"$#@*]*[A-Za-z][^\"]*)\"");
		List<String> literals = new ArrayList<>();
		for (Path template : files(RESOURCES.resolve("templates"), ".html")) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = textNode.matcher(html);
			while (text.find()) {
				String content = text.group(1).strip();
				if (!content.isEmpty() && !content.matches("\\[\\[.*]]")) {
					literals.add(template.getFileName() + ": " + content);
				}
			}
			Matcher attribute = literalAttribute.matcher(html);
			while (attribute.find()) {
				literals.add(template.getFileName() + ": " + attribute.group());
			}
		}
		assertThat(literals).isEmpty();
	}

}

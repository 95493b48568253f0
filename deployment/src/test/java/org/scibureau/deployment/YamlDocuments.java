package org.scibureau.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Parses YAML into plain maps, lists and scalars. Duplicate keys are an error (compose and Kubernetes would silently
 * keep the last one), as are custom tags.
 */
final class YamlDocuments {

	private YamlDocuments() {
	}

	/** Every non-empty document of a file. */
	static List<Object> load(Path file) {
		try {
			return loadAll(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Cannot parse " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** The one document of a file. */
	static Object loadSingle(Path file) {
		List<Object> documents = load(file);
		if (documents.size() != 1) {
			throw new IllegalArgumentException(file + " holds " + documents.size() + " YAML documents, expected one");
		}
		return documents.get(0);
	}

	/** Every non-empty document of a text. */
	static List<Object> loadAll(String text) {
		List<Object> documents = new ArrayList<>();
		for (Object document : yaml().loadAll(text)) {
			if (document != null) {
				documents.add(document);
			}
		}
		return documents;
	}

	/** The one document of a text. */
	static Object loadSingle(String text) {
		return Objects.requireNonNull(yaml().load(text), "empty YAML document");
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(options));
	}

}

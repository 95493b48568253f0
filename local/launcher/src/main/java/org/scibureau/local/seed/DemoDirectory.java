package org.scibureau.local.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed demo identities that the authorization server's tokens name ({@code demo-directory.yml}): the
 * organisations and talents that the seeder registers under the same ids, so that a demo user's {@code org} and
 * {@code talent_id} claims name records that exist.
 * <p>
 * The seeder reads the file from the authorization server's jar, the very copy the running server uses, rather than
 * keeping a list of its own. Only the members the seeder needs are read; the users are the server's business.
 *
 * @param organisations the organisations, in the order they are seeded
 * @param talents the talents, in the order they are seeded
 */
public record DemoDirectory(List<Organisation> organisations, List<Talent> talents) {

	/** Where a Spring Boot jar keeps the file. */
	static final String JAR_ENTRY = "BOOT-INF/classes/demo-directory.yml";

	private static final List<String> PREFIX = List.of("scibureau", "auth", "directory");

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public DemoDirectory {
		// A directory without organisations or talents leaves the member out, as the authorization server allows.
		organisations = (organisations != null) ? List.copyOf(organisations) : List.of();
		talents = (talents != null) ? List.copyOf(talents) : List.of();
	}

	/**
	 * The directory in the authorization server's jar.
	 * @param jar the authorization server's fat jar
	 * @return the directory
	 * @throws SeedingException if the jar cannot be read or holds no valid directory
	 */
	public static DemoDirectory inJar(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			ZipEntry entry = file.getEntry(JAR_ENTRY);
			if (entry == null) {
				throw new SeedingException("The authorization server's jar " + jar + " holds no " + JAR_ENTRY);
			}
			try (InputStream yaml = file.getInputStream(entry)) {
				return read(yaml, jar + "!/" + JAR_ENTRY);
			}
		}
		catch (IOException ex) {
			throw new SeedingException("Could not read the demo directory in " + jar + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The directory in a YAML document, under {@code scibureau.auth.directory}.
	 * @param yaml the document
	 * @param source where it comes from, for error messages
	 * @return the directory
	 * @throws SeedingException if the document holds no valid directory
	 */
	static DemoDirectory read(InputStream yaml, String source) {
		try {
			Object node = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			for (String name : PREFIX) {
				node = (node instanceof Map<?, ?> map) ? map.get(name) : null;
			}
			if (node == null) {
				throw new SeedingException(source + " has no " + String.join(".", PREFIX));
			}
			return MAPPER.convertValue(node, DemoDirectory.class);
		}
		catch (YAMLException | JacksonException ex) {
			throw new SeedingException(source + " is not a valid demo directory: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The organisation with this key.
	 * @param key its key
	 * @return the organisation
	 * @throws SeedingException if the directory lacks it
	 */
	public Organisation organisation(String key) {
		return this.organisations.stream()
			.filter((organisation) -> organisation.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new SeedingException("The demo directory has no organisation '" + key + "'"));
	}

	/**
	 * The talent with this key.
	 * @param key its key
	 * @return the talent
	 * @throws SeedingException if the directory lacks it
	 */
	public Talent talent(String key) {
		return this.talents.stream()
			.filter((talent) -> talent.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new SeedingException("The demo directory has no talent '" + key + "'"));
	}

	private static void require(@Nullable Object value, String kind, @Nullable String key, String member) {
		if (value == null) {
			throw new IllegalArgumentException("The demo " + kind + " '" + key + "' has no " + member);
		}
	}

	/**
	 * A demo organisation.
	 *
	 * @param key the short name the directory refers to it by
	 * @param id its fixed id, the {@code org} claim of its users
	 * @param nameZh its registered (Chinese) name
	 * @param kind {@code university}, {@code research-institute}, {@code enterprise} or {@code hospital}
	 * @param jurisdiction the 6-digit division it is registered in
	 * @param creditCode its unified social credit code, which identifies it in the registry
	 */
	public record Organisation(String key, UUID id, String nameZh, String kind, String jurisdiction,
			String creditCode) {

		public Organisation {
			require(key, "organisation", key, "key");
			require(id, "organisation", key, "id");
			require(nameZh, "organisation", key, "name-zh");
			require(kind, "organisation", key, "kind");
			require(jurisdiction, "organisation", key, "jurisdiction");
			require(creditCode, "organisation", key, "credit-code");
		}

	}

	/**
	 * A demo talent, registered as a researcher.
	 *
	 * @param key the short name the directory refers to it by
	 * @param id its fixed talent id, the {@code talent_id} claim of its user
	 * @param nameZh its (Chinese) name
	 * @param organisation the key of the organisation it works for, if any
	 * @param orcid its ORCID iD, if it has one
	 */
	public record Talent(String key, UUID id, String nameZh, @Nullable String organisation, @Nullable String orcid) {

		public Talent {
			require(key, "talent", key, "key");
			require(id, "talent", key, "id");
			require(nameZh, "talent", key, "name-zh");
		}

	}

}

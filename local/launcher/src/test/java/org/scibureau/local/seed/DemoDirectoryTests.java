package org.scibureau.local.seed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DemoDirectoryTests {

	private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final String MINIMAL = """
			scibureau:
			  auth:
			    directory:
			      organisations:
			        - key: scu
			          id: cb22d4c3-effa-48a6-bf97-e63cd0396c11
			          name: Sichuan University
			          name-zh: 四川大学
			          kind: university
			          jurisdiction: "510107"
			          credit-code: 12510107MB836479XD
			      talents:
			        - key: expert1
			          id: 960b0046-d969-4881-ad5a-6e88ed98ffa2
			          name-zh: 李明
			          organisation: scu
			          field: biomedical engineering
			      default-password: ${SCIBUREAU_DEMO_PASSWORD:{noop}scibureau-demo}
			      users:
			        - username: admin
			          roles: bureau-admin
			""";

	/**
	 * The directory the authorization server is built with, read from its sources.
	 * @return the directory
	 */
	static DemoDirectory theAuthServersDirectory() {
		Path file = Path.of(System.getProperty("scibureau.repository", "../.."))
			.resolve("local/auth-server/src/main/resources/demo-directory.yml");
		try (InputStream yaml = Files.newInputStream(file)) {
			return DemoDirectory.read(yaml, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void readsTheOrganisationsAndTalentsAndIgnoresWhatOnlyTheAuthorizationServerNeeds() {
		DemoDirectory directory = read(MINIMAL);

		assertThat(directory.organisations()).containsExactly(new DemoDirectory.Organisation("scu",
				UUID.fromString("cb22d4c3-effa-48a6-bf97-e63cd0396c11"), "四川大学", "university", "510107",
				"12510107MB836479XD"));
		assertThat(directory.talents()).containsExactly(new DemoDirectory.Talent("expert1",
				UUID.fromString("960b0046-d969-4881-ad5a-6e88ed98ffa2"), "李明", "scu", null));
	}

	@Test
	void readsTheDirectoryInTheAuthorizationServersJar(@TempDir Path directory) throws IOException {
		Path jar = directory.resolve("auth-server.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new JarEntry("BOOT-INF/classes/demo-directory.yml"));
			out.write(MINIMAL.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}

		assertThat(DemoDirectory.inJar(jar).organisation("scu").creditCode()).isEqualTo("12510107MB836479XD");
	}

	@Test
	void saysWhatIsMissingFromAJar(@TempDir Path directory) throws IOException {
		Path jar = directory.resolve("auth-server.jar");
		new JarOutputStream(Files.newOutputStream(jar)).close();

		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> DemoDirectory.inJar(jar))
			.withMessageContaining("holds no BOOT-INF/classes/demo-directory.yml");
		assertThatExceptionOfType(SeedingException.class)
			.isThrownBy(() -> DemoDirectory.inJar(directory.resolve("missing.jar")))
			.withMessageContaining("Could not read the demo directory in");
	}

	@Test
	void refusesAnOrganisationWithoutCreditCode() {
		String yaml = MINIMAL.replace("          credit-code: 12510107MB836479XD\n", "");

		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> read(yaml))
			.withMessageContaining("The demo organisation 'scu' has no credit-code");
	}

	@Test
	void refusesADocumentWithoutDirectory() {
		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> read("spring:\n  main: {}\n"))
			.withMessage("test.yml has no scibureau.auth.directory");
	}

	@Test
	void namesAnUnknownKey() {
		DemoDirectory directory = read(MINIMAL);

		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> directory.organisation("pku"))
			.withMessage("The demo directory has no organisation 'pku'");
		assertThatExceptionOfType(SeedingException.class).isThrownBy(() -> directory.talent("expert9"))
			.withMessage("The demo directory has no talent 'expert9'");
	}

	@Test
	void everyOrganisationHasAValidCreditCodeRegisteredInItsJurisdiction() {
		List<DemoDirectory.Organisation> organisations = theAuthServersDirectory().organisations();

		assertThat(organisations).hasSize(6).allSatisfy((organisation) -> {
			assertThat(isCreditCode(organisation.creditCode())).as(organisation.creditCode()).isTrue();
			assertThat(organisation.creditCode().substring(2, 8)).isEqualTo(organisation.jurisdiction());
		});
		assertThat(organisations).extracting(DemoDirectory.Organisation::kind)
			.containsOnly("university", "research-institute", "enterprise", "hospital");
	}

	@Test
	void theCreditCodeCheckFindsAWrongCheckCharacter() {
		assertThat(isCreditCode("12510107MB836479XD")).isTrue();
		assertThat(isCreditCode("12510107MB836479XE")).isFalse();
		assertThat(isCreditCode("12510107MB836479X")).isFalse();
	}

	@Test
	void everyOrcidIdHasAValidCheckCharacter() {
		List<String> orcids = theAuthServersDirectory().talents()
			.stream()
			.map(DemoDirectory.Talent::orcid)
			.filter(Objects::nonNull)
			.toList();

		assertThat(orcids).hasSizeGreaterThanOrEqualTo(5).allSatisfy((orcid) -> assertThat(isOrcid(orcid)).isTrue());
		assertThat(isOrcid("0000-0002-1825-0097")).as("ORCID's own example").isTrue();
		assertThat(isOrcid("0000-0002-1825-0098")).isFalse();
	}

	@Test
	void idsKeysAndNaturalKeysAreUniqueAndEveryTalentWorksForADemoOrganisation() {
		DemoDirectory directory = theAuthServersDirectory();

		assertThat(Stream.concat(directory.organisations().stream().map(DemoDirectory.Organisation::id),
				directory.talents().stream().map(DemoDirectory.Talent::id))).doesNotHaveDuplicates();
		assertThat(directory.organisations()).extracting(DemoDirectory.Organisation::key).doesNotHaveDuplicates();
		assertThat(directory.organisations()).extracting(DemoDirectory.Organisation::creditCode).doesNotHaveDuplicates();
		assertThat(directory.talents()).hasSize(10).extracting(DemoDirectory.Talent::key).doesNotHaveDuplicates();
		assertThat(directory.talents()).extracting(DemoDirectory.Talent::orcid)
			.filteredOn(Objects::nonNull)
			.doesNotHaveDuplicates();
		Set<String> keys = new HashSet<>(directory.organisations().stream().map(DemoDirectory.Organisation::key).toList());
		assertThat(directory.talents()).extracting(DemoDirectory.Talent::organisation).allMatch(keys::contains);
	}

	private static DemoDirectory read(String yaml) {
		return DemoDirectory.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
	}

	/** GB 32100-2015: 18 characters of the alphabet, the last a check character over the weighted first 17. */
	private static boolean isCreditCode(String code) {
		if (!code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < CREDIT_CODE_WEIGHTS.length; i++) {
			sum += CREDIT_CODE_ALPHABET.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
		}
		return code.charAt(17) == CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** ISO 7064 MOD 11-2 over the first fifteen digits of an ORCID iD in its hyphenated form. */
	private static boolean isOrcid(String orcid) {
		if (!orcid.matches("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]")) {
			return false;
		}
		String digits = orcid.replace("-", "");
		int total = 0;
		for (int i = 0; i < 15; i++) {
			total = (total + Character.digit(digits.charAt(i), 10)) * 2;
		}
		int result = (12 - total % 11) % 11;
		return digits.charAt(15) == ((result == 10) ? 'X' : Character.forDigit(result, 10));
	}

}

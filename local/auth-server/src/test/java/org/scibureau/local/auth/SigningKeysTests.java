package org.scibureau.local.auth;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

class SigningKeysTests {

	@TempDir
	private Path directory;

	@Test
	void generatesPrivateRs256KeyWithoutFile() {
		RSAKey key = SigningKeys.loadOrCreate(null);

		assertThat(key.isPrivate()).isTrue();
		assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(key.size()).isEqualTo(2048);
		assertThat(key.getKeyID()).isNotBlank();
	}

	@Test
	void reusesKeyFileAcrossRestarts() {
		Path file = this.directory.resolve("keys/signing-key.json");
		RSAKey first = SigningKeys.loadOrCreate(file);

		RSAKey second = SigningKeys.loadOrCreate(file);

		assertThat(second).isEqualTo(first);
		assertThat(second.isPrivate()).isTrue();
	}

	@Test
	void writesKeyFileReadableByOwnerOnly() throws IOException {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		Path file = this.directory.resolve("signing-key.json");

		SigningKeys.loadOrCreate(file);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void refusesKeyFileWithoutPrivateKey() throws IOException {
		Path file = this.directory.resolve("public-only.json");
		Files.writeString(file, SigningKeys.generate().toPublicJWK().toJSONString());

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
			.withMessageContaining("no private key");
	}

	@Test
	void refusesKeyFileThatIsNotJsonWebKey() throws IOException {
		Path file = this.directory.resolve("garbage.json");
		Files.writeString(file, "not a key");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.loadOrCreate(file))
			.withMessageContaining("not an RSA JSON Web Key");
	}

}

package org.scibureau.local.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs tokens (RS256): generated at startup, or kept in a JSON Web Key file so that tokens
 * issued before a restart still verify after it.
 */
final class SigningKeys {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);

	private static final int KEY_SIZE = 2048;

	private SigningKeys() {
	}

	/**
	 * The key in {@code file}, creating the file with a new key if it does not exist; a new key when no file is
	 * given.
	 */
	static RSAKey loadOrCreate(@Nullable Path file) {
		if (file == null) {
			return generate();
		}
		if (Files.exists(file)) {
			RSAKey key = read(file);
			logger.info("Signing key {} read from {}", key.getKeyID(), file);
			return key;
		}
		RSAKey key = generate();
		write(file, key);
		logger.info("Signing key {} generated and written to {}", key.getKeyID(), file);
		return key;
	}

	static RSAKey generate() {
		try {
			return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot generate an RSA signing key", ex);
		}
	}

	private static RSAKey read(Path file) {
		try {
			RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
			if (!key.isPrivate()) {
				throw new IllegalStateException("signing key file " + file + " holds no private key");
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read signing key file " + file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("signing key file " + file + " is not an RSA JSON Web Key", ex);
		}
	}

	private static void write(Path file, RSAKey key) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			// The file holds the private key: readable by its owner only, where the file system can say so.
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write signing key file " + file, ex);
		}
	}

}

package org.scibureau.platform.test.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a TCP port on the loopback interface that nothing listens on right now and that this JVM has not handed out
 * before.
 * <p>
 * The port is free only until someone binds it: servers started in parallel (PostgreSQL and Kafka start together)
 * would otherwise be offered the same port now and then, since each only binds it seconds later.
 */
final class FreePort {

	private static final int ATTEMPTS = 50;

	private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

	private FreePort() {
	}

	static int find() {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int port = unusedNow();
			if (handedOut.add(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No port that this JVM has not handed out already");
	}

	private static int unusedNow() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

}

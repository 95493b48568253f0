package org.scibureau.local.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Whether something listens on a local TCP port.
 */
public final class Ports {

	private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

	private Ports() {
	}

	/**
	 * Whether a connection to the port on the loopback interface succeeds.
	 * @param port the port
	 * @return {@code true} if something accepts connections there
	 */
	public static boolean isListening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), (int) CONNECT_TIMEOUT.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}

package org.scibureau.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * nginx as a plain reverse proxy in front of a backend: the reference for the gateway's hop. One worker process
 * (the gateway's event loops share the same cores), keep-alive connections to the backend, no access log; its
 * configuration, temporary files and error log live in a directory of the run's.
 */
public final class NginxProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private NginxProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts nginx, installing it first if need be.
	 * @param directory where its configuration and files go
	 * @param port the port it listens on
	 * @param backend where it proxies every request
	 * @param prefix a command prefix, e.g. {@link CpuPinning#systemUnderTest()}, or none
	 * @return the running proxy
	 * @throws IOException if it cannot be installed or started
	 */
	public static NginxProcess start(Path directory, int port, URI backend, List<String> prefix) throws IOException {
		Path nginx = Packages.require("nginx", "nginx");
		Files.createDirectories(directory);
		Path configuration = directory.resolve("nginx.conf");
		Files.writeString(configuration, configuration(directory, port, backend));
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(nginx.toString(), "-p", directory.toString(), "-c", configuration.toString(), "-e",
				directory.resolve("error.log").toString()));
		Process process = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.start();
		NginxProcess proxy = new NginxProcess(process, port);
		proxy.awaitListening();
		return proxy;
	}

	static String configuration(Path directory, int port, URI backend) {
		return """
				daemon off;
				master_process off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				events { worker_connections 4096; }
				http {
				  access_log off;
				  client_body_temp_path %1$s/client_body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream backend { server %2$s:%3$d; keepalive 128; }
				  server {
				    listen 127.0.0.1:%4$d;
				    location / {
				      proxy_pass http://backend;
				      proxy_http_version 1.1;
				      proxy_set_header Connection "";
				    }
				  }
				}
				""".formatted(directory, backend.getHost(), backend.getPort(), port);
	}

	private void awaitListening() throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException("nginx stopped with exit code " + this.process.exitValue());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException ex) {
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}
		close();
		throw new IOException("nginx was not listening within 15 s");
	}

	/** Its base URI. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	@Override
	public void close() {
		Processes.stop(this.process);
	}

}

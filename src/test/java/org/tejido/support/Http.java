package org.tejido.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/**
 * A plain HTTP client for tests that go through the same door as a browser or a partner's
 * tool: no redirects followed, no decompression, nothing hidden.
 */
public final class Http {

	private final HttpClient client;

	private final String base;

	public Http(int port) {
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		this.base = "http://localhost:" + port;
	}

	/**
	 * A client on another machine, as far as the server can tell: it speaks from
	 * {@code address}.
	 */
	public Http(int port, String address) {
		try {
			this.client = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.localAddress(java.net.InetAddress.getByName(address))
				.build();
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
		this.base = "http://127.0.0.1:" + port;
	}

	/** The port this client speaks to. */
	public int port() {
		return URI.create(this.base).getPort();
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> post(String path, byte[] body, String... headers) {
		return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> postForBytes(String path, byte[] body, String... headers) {
		return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	public static String gunzip(byte[] compressed) {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

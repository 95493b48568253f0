package org.scibureau.plan.project.attachment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Random access to a document's bytes, in memory or in a file, so the sniffer reads only the parts it looks at
 * (a ZIP archive's directory is at its end).
 */
interface DocumentBytes {

	/** The document's length in bytes. */
	long size();

	/** Exactly {@code length} bytes from {@code position}; a range beyond the end is malformed. */
	byte[] read(long position, int length) throws IOException, MalformedDocument;

	/** The unsigned 16-bit little-endian number at {@code offset}. */
	static int u16(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
	}

	/** The unsigned 32-bit little-endian number at {@code offset}. */
	static long u32(byte[] bytes, int offset) {
		return u16(bytes, offset) | (long) u16(bytes, offset + 2) << 16;
	}

	/** Whether {@code bytes} begin with {@code prefix}. */
	static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	static DocumentBytes of(byte[] content) {
		return new DocumentBytes() {

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public byte[] read(long position, int length) throws MalformedDocument {
				check(this, position, length);
				return Arrays.copyOfRange(content, (int) position, (int) position + length);
			}

		};
	}

	static DocumentBytes of(FileChannel file) throws IOException {
		long size = file.size();
		return new DocumentBytes() {

			@Override
			public long size() {
				return size;
			}

			@Override
			public byte[] read(long position, int length) throws IOException, MalformedDocument {
				check(this, position, length);
				ByteBuffer buffer = ByteBuffer.allocate(length);
				while (buffer.hasRemaining()) {
					if (file.read(buffer, position + buffer.position()) < 0) {
						throw new MalformedDocument("The file ended early");
					}
				}
				return buffer.array();
			}

		};
	}

	private static void check(DocumentBytes bytes, long position, int length) throws MalformedDocument {
		if (position < 0 || length < 0 || position + length > bytes.size()) {
			throw new MalformedDocument("No bytes " + position + "+" + length + " in a document of " + bytes.size());
		}
	}

}
